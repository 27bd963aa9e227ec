package org.shopdesk.data;

import jakarta.persistence.OptimisticLockException;
import java.util.function.Function;
import org.hibernate.JDBCException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.JDBCConnectionException;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.DatabaseUnavailableException;

/**
 * The only place a session and a transaction are opened. A service method hands it one unit of
 * work; it commits, or rolls back and translates the failure into what the caller can act on.
 */
public final class Transactions {
    private final SessionFactory sessionFactory;

    public Transactions(SessionFactory sessionFactory) {
        this.sessionFactory = sessionFactory;
    }

    /**
     * A read: no transaction, no dirty checking, nothing written. Each statement sees what was
     * committed when it ran, and no COMMIT round trip is paid: a list or a search is one or two
     * statements. (A report that needs one snapshot across many statements wants a read-only
     * repeatable-read transaction instead.)
     */
    public <T> T read(Function<Session, T> work) {
        return translate(() -> sessionFactory.fromSession(session -> {
            session.setDefaultReadOnly(true);
            return work.apply(session);
        }));
    }

    /** A write: everything the work does lands together, or nothing does. */
    public <T> T write(Function<Session, T> work) {
        return translate(() -> sessionFactory.fromTransaction(session -> {
            T result = work.apply(session);
            session.flush();
            return result;
        }));
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
            if (e.getSQLState() != null && e.getSQLState().startsWith("08")) {
                throw new DatabaseUnavailableException(serverMessage(e), e);
            }
            throw e;
        }
    }

    private static String serverMessage(JDBCException e) {
        return e.getSQLException() != null ? e.getSQLException().getMessage() : e.getMessage();
    }
}
