package org.shopdesk.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.shopdesk.data.Persistence;

/**
 * Hibernate's start, off the window's critical path. Building it is seconds of class loading and
 * model building on a desktop; lists and searches do not need it (plain SQL), so the window asks
 * for it only once the first page is on screen, and any entity read or save that comes sooner
 * starts it on demand. After the build it validates the tables, and, when the schema was found
 * current by the quick check, lets Flyway check the applied migrations too.
 */
final class HibernateStart {
    /** The schema version in force, and whether Flyway has yet to check the applied migrations. */
    record Schema(String version, boolean flywayCheckPending) {
    }

    private final DataSource dataSource;
    private final boolean statistics;
    private final CompletableFuture<Schema> schema = new CompletableFuture<>();
    private final CompletableFuture<SessionFactory> result = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();

    HibernateStart(DataSource dataSource, boolean statistics) {
        this.dataSource = dataSource;
        this.statistics = statistics;
    }

    /** The schema is checked (or could not be): the build may validate against it. */
    void schemaChecked(Schema checked) {
        schema.complete(checked);
    }

    void schemaFailed(Throwable failure) {
        schema.completeExceptionally(failure);
    }

    /** Starts the build on its own thread unless it has started already; completes when validated. */
    CompletableFuture<SessionFactory> begin() {
        if (started.compareAndSet(false, true)) {
            Thread builder = new Thread(this::build, "shopdesk-hibernate-start");
            builder.setDaemon(true);
            builder.start();
        }
        return result;
    }

    boolean started() {
        return started.get();
    }

    /** Begins if need be and waits: what a save or an entity read calls. */
    SessionFactory get() {
        try {
            return begin().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** Closes the session factory now, or when a build under way ends. */
    void close() {
        if (started.get()) {
            result.thenAccept(SessionFactory::close);
        } else {
            result.completeExceptionally(new IllegalStateException("ShopDesk's connection is closed"));
        }
    }

    private void build() {
        SessionFactory sf = null;
        try {
            sf = Persistence.sessionFactory(dataSource, statistics);
            Schema checked = schema.join();
            try {
                Persistence.validate(sf);
            } catch (RuntimeException e) {
                throw new ConnectFailedException(ConnectFailedException.Reason.MIGRATION,
                        "the tables do not match this version of ShopDesk: " + e.getMessage(), e);
            }
            if (checked.flywayCheckPending()) {
                Backend.migrate(dataSource);
            }
            if (!result.complete(sf)) {
                // Closed before it was asked for: nobody will use it.
                sf.close();
            }
        } catch (RuntimeException | Error e) {
            if (sf != null) {
                sf.close();
            }
            result.completeExceptionally(e instanceof CompletionException ce && ce.getCause() != null ? ce.getCause() : e);
        }
    }
}
