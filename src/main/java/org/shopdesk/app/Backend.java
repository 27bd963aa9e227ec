package org.shopdesk.app;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.shopdesk.data.ConnectionPool;
import org.shopdesk.data.DatabaseHealth;
import org.shopdesk.data.Persistence;
import org.shopdesk.data.SchemaMigration;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.backup.BackupStore;
import org.shopdesk.data.backup.Databases;
import org.shopdesk.data.catalogue.CatalogueStore;
import org.shopdesk.data.catalogue.ProductQueries;
import org.shopdesk.domain.common.Failures;
import org.shopdesk.service.backup.BackupSchedule;
import org.shopdesk.service.backup.BackupService;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.service.setup.SetupService;
import org.shopdesk.service.system.ConnectionInfo;
import org.shopdesk.service.system.SystemService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connected ShopDesk without a window: database (built-in or server) -> pool -> Flyway ->
 * Hibernate -> services, wired by hand. The window, the command line, the benchmark and the
 * tests all stand on it. Closing it closes everything in reverse order.
 */
public final class Backend implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Backend.class);
    /**
     * How long a save waits for a synchronous standby before it is reported as saved but not yet
     * replicated: {@code -Dshopdesk.commitTimeoutSeconds=N}, default 5.
     */
    public static final String COMMIT_TIMEOUT_PROPERTY = "shopdesk.commitTimeoutSeconds";

    private final BuiltInDatabase builtIn;
    private final HikariDataSource dataSource;
    private final SessionFactory sessionFactory;
    private final CatalogueService catalogue;
    private final SystemService system;
    private final SetupService setup;
    private final BackupService backup;

    private Backend(BuiltInDatabase builtIn, HikariDataSource dataSource, SessionFactory sessionFactory,
                    String schemaVersion, ConnectionTarget target, java.time.Duration commitTimeout, AppDirs dirs) {
        this.builtIn = builtIn;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        Transactions tx = new Transactions(sessionFactory, commitTimeout);
        this.catalogue = new CatalogueService(tx, new CatalogueStore(), new ProductQueries());
        this.setup = new SetupService(tx);
        DatabaseHealth health = new DatabaseHealth(dataSource);
        String[] who = health.whoAndVersion();
        String url = builtIn != null ? builtIn.jdbcUrl() : target.url();
        this.system = new SystemService(health, new ConnectionInfo(builtIn != null,
                ConnectionTarget.hostsOf(url), ConnectionTarget.databaseOf(url), who[0], who[1], schemaVersion));
        Databases databases = builtIn != null ? new Databases(dataSource, url, builtIn.user(), null)
                : new Databases(dataSource, url, target.user(), target.password());
        this.backup = new BackupService(new BackupStore(dataSource, databases), dirs.backups(), builtIn != null,
                BackupSchedule.DEFAULT, java.time.Clock.systemUTC());
    }

    /**
     * Where ShopDesk connects to work in {@code database} (a restored copy) on the same server:
     * for the built-in database it is remembered beside its data; for a server the caller saves
     * the new address in the settings.
     */
    public static ConnectionTarget restoredTarget(ConnectionTarget current, String database, AppDirs dirs) {
        if (current.isBuiltIn()) {
            try {
                BuiltInDatabase.useDatabase(dirs.builtInDatabase(), database);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return ConnectionTarget.builtIn();
        }
        return ConnectionTarget.server(Databases.replaceDatabase(current.url(), database), current.user(),
                current.password(), "dialog");
    }

    /** Connects, starting the built-in database if that is the target, and migrates the schema. */
    public static Backend connect(ConnectionTarget target, AppDirs dirs, boolean statistics) {
        return connect(target, dirs, statistics, java.time.Duration.ofSeconds(Integer.getInteger(
                COMMIT_TIMEOUT_PROPERTY, (int) Transactions.DEFAULT_COMMIT_TIMEOUT.toSeconds())));
    }

    /** The same, with the time a save may wait for a synchronous standby. */
    public static Backend connect(ConnectionTarget target, AppDirs dirs, boolean statistics,
                                  java.time.Duration commitTimeout) {
        BuiltInDatabase builtIn = null;
        HikariDataSource ds = null;
        try {
            String url;
            String user;
            String password;
            if (target.isBuiltIn()) {
                builtIn = startBuiltIn(dirs);
                url = builtIn.jdbcUrl();
                user = builtIn.user();
                password = null;
            } else {
                url = target.url();
                user = target.user();
                password = target.password();
                if (url == null || !url.startsWith("jdbc:postgresql:")) {
                    throw new ConnectFailedException(ConnectFailedException.Reason.BAD_URL, url, null);
                }
            }
            ds = openPool(url, user, password);
            Started started = migrateAndBuild(ds, statistics);
            return new Backend(builtIn, ds, started.sessionFactory(), started.schemaVersion(), target, commitTimeout, dirs);
        } catch (RuntimeException e) {
            if (ds != null) {
                ds.close();
            }
            if (builtIn != null) {
                builtIn.close();
            }
            throw e;
        }
    }

    /**
     * Flyway and Hibernate's start are both mostly class loading and model building: on a
     * desktop's second core Hibernate builds its model while Flyway checks the schema, and
     * validates the tables only once the migration is done.
     */
    private record Started(SessionFactory sessionFactory, String schemaVersion) {
    }

    private static Started migrateAndBuild(HikariDataSource ds, boolean statistics) {
        java.util.concurrent.CompletableFuture<SessionFactory> hibernate = new java.util.concurrent.CompletableFuture<>();
        Thread builder = new Thread(() -> {
            try {
                hibernate.complete(Persistence.sessionFactory(ds, statistics));
            } catch (RuntimeException | Error e) {
                hibernate.completeExceptionally(e);
            }
        }, "shopdesk-hibernate-start");
        builder.setDaemon(true);
        builder.start();
        String version;
        try {
            version = migrate(ds);
        } catch (RuntimeException e) {
            hibernate.thenAccept(SessionFactory::close);
            throw e;
        }
        SessionFactory sf;
        try {
            sf = hibernate.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        try {
            Persistence.validate(sf);
        } catch (RuntimeException e) {
            sf.close();
            throw new ConnectFailedException(ConnectFailedException.Reason.MIGRATION,
                    "the tables do not match this version of ShopDesk: " + e.getMessage(), e);
        }
        return new Started(sf, version);
    }

    private static BuiltInDatabase startBuiltIn(AppDirs dirs) {
        try {
            return BuiltInDatabase.start(dirs.builtInDatabase());
        } catch (BuiltInDatabase.StartFailedException e) {
            ConnectFailedException.Reason reason = e.reason() == BuiltInDatabase.Reason.ALREADY_RUNNING
                    ? ConnectFailedException.Reason.BUILT_IN_IN_USE : ConnectFailedException.Reason.BUILT_IN_FAILED;
            throw new ConnectFailedException(reason, e.getMessage(), e);
        }
    }

    private static HikariDataSource openPool(String url, String user, String password) {
        try {
            return ConnectionPool.open(url, user, password, ConnectionPool.DESKTOP_POOL_SIZE);
        } catch (HikariPool.PoolInitializationException | IllegalArgumentException e) {
            throw classify(e);
        }
    }

    private static String migrate(DataSource ds) {
        try {
            return SchemaMigration.migrate(ds);
        } catch (SchemaMigration.MigrationFailedException e) {
            throw new ConnectFailedException(ConnectFailedException.Reason.MIGRATION, e.getMessage(), e);
        }
    }

    /** Tells a wrong password from a missing server from a missing database (PostgreSQL's SQLSTATE). */
    static ConnectFailedException classify(Throwable e) {
        Throwable t = e;
        while (t != null && !(t instanceof SQLException)) {
            t = t.getCause();
        }
        String state = t instanceof SQLException sql && sql.getSQLState() != null ? sql.getSQLState() : "";
        String detail = Failures.rootMessage(e);
        ConnectFailedException.Reason reason;
        if (state.startsWith("28")) {
            reason = ConnectFailedException.Reason.AUTHENTICATION;
        } else if (state.equals("3D000")) {
            reason = ConnectFailedException.Reason.NO_DATABASE;
        } else if (state.startsWith("08")) {
            reason = ConnectFailedException.Reason.UNREACHABLE;
        } else if (e instanceof IllegalArgumentException || detail.contains("Driver claims not to accept")) {
            reason = ConnectFailedException.Reason.BAD_URL;
        } else {
            reason = ConnectFailedException.Reason.OTHER;
        }
        LOG.warn("Connection failed ({}): {}", reason, detail);
        return new ConnectFailedException(reason, detail, e);
    }

    public CatalogueService catalogue() {
        return catalogue;
    }

    public SystemService system() {
        return system;
    }

    public SetupService setup() {
        return setup;
    }

    public BackupService backup() {
        return backup;
    }

    /** For the command-line tools that load data in bulk (COPY) and for tests. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** For tests that count statements. */
    public SessionFactory sessionFactory() {
        return sessionFactory;
    }

    public BuiltInDatabase builtIn() {
        return builtIn;
    }

    @Override
    public void close() {
        try {
            sessionFactory.close();
        } finally {
            try {
                dataSource.close();
            } finally {
                if (builtIn != null) {
                    builtIn.close();
                }
            }
        }
    }
}
