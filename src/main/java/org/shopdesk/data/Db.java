package org.shopdesk.data;

import java.sql.Connection;
import java.util.Objects;
import org.hibernate.Session;

/**
 * One unit of work's access to the database, as {@link Transactions} hands it to a service's
 * lambda. To a service it is opaque: it only passes it on to the data layer's queries and
 * stores, which take what they need from it — the JDBC connection for SQL, the Hibernate session
 * for entities. ArchitectureTest forbids services to call {@link #connection()} or
 * {@link #session()}, so a service composes data-layer calls and never writes SQL itself.
 */
public final class Db {
    private final Connection connection;
    private final Session session;

    private Db(Connection connection, Session session) {
        this.connection = connection;
        this.session = session;
    }

    /** Over a plain connection (the command line and the benchmark, outside any service). */
    public static Db over(Connection connection) {
        return new Db(Objects.requireNonNull(connection), null);
    }

    static Db over(Session session) {
        return new Db(null, Objects.requireNonNull(session));
    }

    /**
     * The connection of this unit of work: its own for SQL work, the session's for entity work
     * (statements then run inside the session's transaction, after it flushes what it must).
     */
    public Connection connection() {
        return connection != null ? connection : session.doReturningWork(c -> c);
    }

    /** The Hibernate session; entity work only ({@link Transactions#read}, {@link Transactions#write}). */
    public Session session() {
        if (session == null) {
            throw new IllegalStateException("This unit of work is plain SQL; entities need Transactions.read or write");
        }
        return session;
    }
}
