package org.shopdesk.data;

import jakarta.persistence.OptimisticLockException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.hibernate.JDBCException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.DatabaseUnavailableException;
import org.shopdesk.domain.common.NotPermittedException;
import org.shopdesk.domain.common.SavedButNotReplicatedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The only place a connection, a session or a transaction is opened. A service method hands it
 * one unit of work; it commits, or rolls back and translates the failure into what the caller
 * can act on.
 *
 * <p>Lists and searches are plain SQL ({@link #query}) on a pooled connection and need nothing of
 * Hibernate: they work from the moment the schema is checked, while Hibernate is still being
 * built in the background at start-up. Entity reads and writes ({@link #read}, {@link #write})
 * wait for it.
 */
public final class Transactions {
    /** How long a commit may wait for a synchronous standby before ShopDesk stops waiting. */
    public static final Duration DEFAULT_COMMIT_TIMEOUT = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);
    /** insufficient_privilege: the login's role may not do this (V11). */
    private static final String NOT_PERMITTED = "42501";

    private final DataSource dataSource;
    private final Supplier<SessionFactory> sessionFactory;
    private final int commitTimeoutSeconds;

    public Transactions(DataSource dataSource, SessionFactory sessionFactory) {
        this(dataSource, () -> sessionFactory, DEFAULT_COMMIT_TIMEOUT);
    }

    /**
     * {@code sessionFactory} may block while Hibernate is still being built: entity work waits for
     * it, SQL queries do not.
     */
    public Transactions(DataSource dataSource, Supplier<SessionFactory> sessionFactory, Duration commitTimeout) {
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        // JDBC query timeouts are whole seconds; zero would mean "wait for ever".
        this.commitTimeoutSeconds = (int) Math.max(1, commitTimeout.toSeconds());
    }

    /**
     * A service's unit of work: it hands the {@link Db} handle to the data layer's queries and
     * stores, and never sees a connection or a session itself.
     */
    @FunctionalInterface
    public interface Work<T> {
        T run(Db db) throws SQLException;
    }

    /**
     * A list or a search in plain SQL: each statement sees what was committed when it ran, no
     * COMMIT round trip is paid, and Hibernate need not be ready.
     */
    public <T> T query(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(Db.over(connection));
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Several queries that must agree (a report of several charts): one read-only transaction at
     * repeatable read, so every statement sees the same snapshot.
     */
    public <T> T snapshot(Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                T result = work.run(Db.over(connection));
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection);
                throw e;
            } finally {
                connection.setReadOnly(false);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * A write in plain SQL, for the hot paths where entities would cost round trips (a sale):
     * one transaction, committed like {@link #write} (with the standby's time limit), rolled back
     * on any failure, and independent of Hibernate.
     */
    public <T> T writeSql(Work<T> work) {
        T result;
        boolean unconfirmed;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                result = work.run(Db.over(connection));
                unconfirmed = commit(connection);
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(connection);
                throw e;
            }
        } catch (SQLException e) {
            throw translate(e);
        }
        if (unconfirmed) {
            throw new SavedButNotReplicatedException(result, "committed locally, the synchronous standby did not confirm it within "
                    + commitTimeoutSeconds + " s");
        }
        return result;
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.debug("Rollback failed (the connection is likely gone): {}", e.getMessage());
        }
    }

    /** A lost connection, a refused constraint, or anything else the server said. */
    private static RuntimeException translate(SQLException e) {
        if (isConnectionLost(e.getSQLState()) || isClosedByPool(e) || e instanceof java.sql.SQLTransientConnectionException) {
            return new DatabaseUnavailableException(e.getMessage(), e);
        }
        if (NOT_PERMITTED.equals(e.getSQLState())) {
            return new NotPermittedException(e.getMessage(), e);
        }
        if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
            String constraint = e instanceof org.postgresql.util.PSQLException pg && pg.getServerErrorMessage() != null
                    ? pg.getServerErrorMessage().getConstraint() : null;
            return new ConstraintViolation(constraint, e.getMessage(), e);
        }
        return new QueryFailedException(e);
    }

    /** A query the server refused for another reason than a lost connection: a bug, not the user's doing. */
    public static final class QueryFailedException extends RuntimeException {
        QueryFailedException(SQLException cause) {
            super(cause.getMessage() + " [SQLSTATE " + cause.getSQLState() + "]", cause);
        }
    }

    private SessionFactory sessionFactory() {
        return sessionFactory.get();
    }

    /**
     * A read of entities (a product's details): no transaction, no dirty checking, nothing
     * written, and like {@link #query} no COMMIT round trip. (A report that needs one snapshot
     * across many statements wants a read-only repeatable-read transaction instead.)
     */
    public <T> T read(Work<T> work) {
        return translate(() -> sessionFactory().fromSession(session -> {
            session.setDefaultReadOnly(true);
            return runInSession(work, session);
        }));
    }

    /**
     * A write: everything the work does lands together, or nothing does. Throws
     * {@link SavedButNotReplicatedException} (carrying the work's result) when the commit is
     * done on the server but a synchronous standby did not confirm it in time.
     */
    public <T> T write(Work<T> work) {
        boolean[] unconfirmed = {false};
        T saved = translate(() -> sessionFactory().fromTransaction(session -> {
            T result = runInSession(work, session);
            session.flush();
            unconfirmed[0] = session.doReturningWork(this::commit);
            return result;
        }));
        if (unconfirmed[0]) {
            throw new SavedButNotReplicatedException(saved, "committed locally, the synchronous standby did not confirm it within "
                    + commitTimeoutSeconds + " s");
        }
        return saved;
    }

    /**
     * Commits with a time limit. Under synchronous replication a COMMIT waits for the standby,
     * for ever if it is gone, and statement_timeout does not apply to that wait; a query timeout
     * (a cancel request) ends it, and the server then answers the COMMIT normally with only a
     * warning: committed locally, not confirmed by the standby. connection.commit() cannot take a
     * timeout, so the COMMIT is sent as a statement; pgjdbc sees the transaction end (ReadyForQuery
     * "idle"), and the commit Hibernate does next sends nothing. Returns true if the standby did
     * not confirm. Costs the same one round trip as connection.commit().
     */
    private boolean commit(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.setQueryTimeout(commitTimeoutSeconds);
            long started = System.nanoTime();
            st.execute("COMMIT");
            SQLWarning warning = st.getWarnings();
            if (warning == null) {
                return false;
            }
            long tookMs = (System.nanoTime() - started) / 1_000_000;
            // The warning text is in the server's language, so it is not matched: a COMMIT that
            // returned normally, with a warning, only after our cancel fired, is the cancelled wait.
            boolean cancelled = tookMs >= commitTimeoutSeconds * 1000L - 50;
            if (cancelled) {
                LOG.warn("Commit not confirmed by the synchronous standby after {} ms: {}", tookMs, warning.getMessage());
            } else {
                LOG.info("Commit warning: {}", warning.getMessage());
            }
            return cancelled;
        }
    }

    /** Entity work may run SQL too; its SQLException is what Hibernate would have thrown. */
    private static <T> T runInSession(Work<T> work, Session session) {
        try {
            return work.run(Db.over(session));
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private static <T> T translate(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (ConstraintViolationException e) {
            throw new ConstraintViolation(e.getConstraintName(), serverMessage(e), e);
        } catch (StaleStateException | OptimisticLockException e) {
            throw new ConcurrentChangeException("changed by someone else", e);
        } catch (JDBCConnectionException e) {
            throw new DatabaseUnavailableException(serverMessage(e), e);
        } catch (JDBCException e) {
            if (isConnectionLost(e.getSQLState()) || isClosedByPool(e.getSQLException())) {
                throw new DatabaseUnavailableException(serverMessage(e), e);
            }
            if (NOT_PERMITTED.equals(e.getSQLState())) {
                throw new NotPermittedException(serverMessage(e), e);
            }
            throw e;
        }
    }

    /**
     * Class 08 is a broken connection; 57P01-57P03 is a server shutting down, crashing or still
     * starting, e.g. the backend of a killed primary answering "terminating connection due to
     * unexpected postmaster exit". Either way the write can be tried again elsewhere.
     */
    static boolean isConnectionLost(String sqlState) {
        return sqlState != null && (sqlState.startsWith("08") || sqlState.equals("57P01")
                || sqlState.equals("57P02") || sqlState.equals("57P03"));
    }

    /** HikariCP's answer when a connection it had already given up on is used: no SQLSTATE at all. */
    private static boolean isClosedByPool(SQLException sql) {
        return sql != null && sql.getSQLState() == null && "Connection is closed".equals(sql.getMessage());
    }

    private static String serverMessage(JDBCException e) {
        return e.getSQLException() != null ? e.getSQLException().getMessage() : e.getMessage();
    }
}
