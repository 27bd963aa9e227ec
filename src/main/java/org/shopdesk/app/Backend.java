package org.shopdesk.app;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.shopdesk.data.ConnectionPool;
import org.shopdesk.data.DatabaseHealth;
import org.shopdesk.data.Persistence;
import org.shopdesk.data.SchemaMigration;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.backup.BackupKey;
import org.shopdesk.data.backup.BackupStore;
import org.shopdesk.data.backup.Databases;
import org.shopdesk.data.catalogue.CatalogueStore;
import org.shopdesk.data.catalogue.ProductQueries;
import org.shopdesk.data.charts.StockCoverQueries;
import org.shopdesk.data.charts.SalesQueries;
import org.shopdesk.data.party.CustomerQueries;
import org.shopdesk.data.party.CustomerStore;
import org.shopdesk.data.pricing.BulkChangeStore;
import org.shopdesk.data.pricing.PriceImportStore;
import org.shopdesk.data.pricing.PriceListProfileStore;
import org.shopdesk.data.pricing.PriceQueries;
import org.shopdesk.data.pricing.PriceWriter;
import org.shopdesk.data.purchasing.CheckQueries;
import org.shopdesk.data.purchasing.OfferQueries;
import org.shopdesk.data.purchasing.ReturnStore;
import org.shopdesk.data.purchasing.SaleStore;
import org.shopdesk.data.staff.AuditQueries;
import org.shopdesk.data.staff.StaffStore;
import org.shopdesk.data.suppliers.ProviderQueries;
import org.shopdesk.data.suppliers.ProviderStore;
import org.shopdesk.data.stock.JournalQueries;
import org.shopdesk.data.stock.StockQueries;
import org.shopdesk.data.stock.StockStore;
import org.shopdesk.domain.common.Failures;
import org.shopdesk.domain.staff.Permissions;
import org.shopdesk.service.backup.BackupSchedule;
import org.shopdesk.service.backup.BackupService;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.service.charts.SalesChartService;
import org.shopdesk.service.party.CustomerService;
import org.shopdesk.service.pricing.PriceExport;
import org.shopdesk.service.pricing.PriceImportService;
import org.shopdesk.service.pricing.PriceService;
import org.shopdesk.service.purchasing.CheckHistoryService;
import org.shopdesk.service.purchasing.ReceiptService;
import org.shopdesk.service.purchasing.ReturnService;
import org.shopdesk.service.purchasing.SaleLookupService;
import org.shopdesk.service.purchasing.SaleService;
import org.shopdesk.service.setup.SetupService;
import org.shopdesk.service.staff.AuditService;
import org.shopdesk.service.staff.StaffService;
import org.shopdesk.service.suppliers.SupplierService;
import org.shopdesk.service.stock.StockService;
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
    private final HibernateStart hibernate;
    private final CatalogueService catalogue;
    private final CustomerService customers;
    private final SaleService sales;
    private final SupplierService suppliers;
    private final StockService stock;
    private final ReturnService returns;
    private final SaleLookupService saleLookup;
    private final CheckHistoryService checkHistory;
    private final ReceiptService receipts;
    private final SalesChartService charts;
    private final PriceImportService priceImport;
    private final PriceService prices;
    private final PriceExport priceExport;
    private final SystemService system;
    private final SetupService setup;
    private final BackupService backup;
    private final StaffService staff;
    private final AuditService audit;
    private final Permissions permissions;

    private Backend(BuiltInDatabase builtIn, HikariDataSource dataSource, HibernateStart hibernate,
                    String schemaVersion, ConnectionTarget target, java.time.Duration commitTimeout, AppDirs dirs) {
        this.builtIn = builtIn;
        this.dataSource = dataSource;
        this.hibernate = hibernate;
        Transactions tx = new Transactions(dataSource, hibernate::get, commitTimeout);
        this.catalogue = new CatalogueService(tx, new CatalogueStore(), new ProductQueries());
        this.customers = new CustomerService(tx, new CustomerStore(), new CustomerQueries());
        this.sales = new SaleService(tx, new SaleStore());
        this.suppliers = new SupplierService(tx, new ProviderStore(), new ProviderQueries());
        this.stock = new StockService(tx, new StockStore(), new StockQueries(), new JournalQueries());
        this.returns = new ReturnService(tx, new ReturnStore());
        OfferQueries offers = new OfferQueries();
        this.saleLookup = new SaleLookupService(tx, offers);
        CheckQueries checks = new CheckQueries();
        this.checkHistory = new CheckHistoryService(tx, checks, offers);
        this.receipts = new ReceiptService(tx, checks, ReceiptService.configuredShopName(), dirs.data().resolve("receipts"));
        this.charts = new SalesChartService(tx, new SalesQueries(), new StockCoverQueries());
        PriceWriter priceWriter = new PriceWriter();
        PriceListProfileStore priceProfiles = new PriceListProfileStore();
        this.priceImport = new PriceImportService(tx, new PriceImportStore(), priceWriter, priceProfiles);
        this.prices = new PriceService(tx, new PriceQueries(), priceWriter, new BulkChangeStore(), priceProfiles,
                java.time.Clock.systemUTC());
        this.priceExport = new PriceExport(prices, java.time.ZoneId.systemDefault());
        this.setup = new SetupService(tx);
        this.staff = new StaffService(tx, new StaffStore());
        this.audit = new AuditService(tx, new AuditQueries());
        // What this login may do decides what the window shows; it is read once per connection (the
        // built-in database's single administrator is a superuser: everything).
        this.permissions = staff.permissions();
        DatabaseHealth health = new DatabaseHealth(dataSource);
        String[] who = health.whoAndVersion();
        String url = builtIn != null ? builtIn.jdbcUrl() : target.url();
        this.system = new SystemService(health, new ConnectionInfo(builtIn != null,
                ConnectionTarget.hostsOf(url), ConnectionTarget.databaseOf(url), who[0], who[1], schemaVersion));
        Databases databases = builtIn != null ? new Databases(dataSource, url, builtIn.user(), builtIn.password())
                : new Databases(dataSource, url, target.user(), target.password());
        this.backup = new BackupService(new BackupStore(dataSource, databases, backupKey(dirs)), dirs.backups(),
                builtIn != null,
                BackupSchedule.DEFAULT, java.time.Clock.systemUTC());
    }

    /** The secret that signs this user's backups, beside the built-in database (0600). */
    public static BackupKey backupKey(AppDirs dirs) {
        return BackupKey.at(dirs.builtInDatabase().resolve("backup-signing.key"));
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

    /**
     * Connects, starting the built-in database if that is the target, migrates the schema, and
     * returns once everything is ready (Hibernate built and the tables validated against it).
     */
    public static Backend connect(ConnectionTarget target, AppDirs dirs, boolean statistics) {
        return connect(target, dirs, statistics, commitTimeout());
    }

    /** The same, with the time a save may wait for a synchronous standby. */
    public static Backend connect(ConnectionTarget target, AppDirs dirs, boolean statistics,
                                  java.time.Duration commitTimeout) {
        Backend backend = open(target, dirs, statistics, commitTimeout, true);
        try {
            backend.awaitReady();
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
        return backend;
    }

    /**
     * Connects and returns as soon as lists and searches can run: the pool is open and the schema
     * is at this version of ShopDesk (migrated now if it was not). Hibernate is built only when
     * {@link #finishStarting()} is called or a save or an entity read first needs it, so that it
     * does not compete with the window's own start for the desktop's cores.
     */
    public static Backend open(ConnectionTarget target, AppDirs dirs) {
        return open(target, dirs, false, commitTimeout(), false);
    }

    /** Connects; with {@code buildNow} Hibernate is built while the schema is checked or migrated. */
    private static Backend open(ConnectionTarget target, AppDirs dirs, boolean statistics,
                                java.time.Duration commitTimeout, boolean buildNow) {
        BuiltInDatabase builtIn = null;
        HikariDataSource ds = null;
        HibernateStart hibernate = null;
        try {
            String url;
            String user;
            String password;
            if (target.isBuiltIn()) {
                builtIn = startBuiltIn(dirs);
                url = builtIn.jdbcUrl();
                user = builtIn.user();
                password = builtIn.password();
            } else {
                url = target.url();
                user = target.user();
                password = target.password();
                if (url == null || !url.startsWith("jdbc:postgresql:")) {
                    throw new ConnectFailedException(ConnectFailedException.Reason.BAD_URL,
                            ConnectionTarget.redact(url), null);
                }
                // The driver would quietly take the login name for a missing database name, and
                // ShopDesk would then migrate a database nobody named.
                if (ConnectionTarget.databaseOf(url).isBlank()) {
                    throw new ConnectFailedException(ConnectFailedException.Reason.NO_DATABASE_NAME,
                            ConnectionTarget.redact(url), null);
                }
            }
            ds = openPool(url, user, password);
            hibernate = new HibernateStart(ds, statistics);
            if (buildNow) {
                hibernate.begin();
            }
            HibernateStart.Schema schema = checkSchema(ds);
            hibernate.schemaChecked(schema);
            return new Backend(builtIn, ds, hibernate, schema.version(), target, commitTimeout, dirs);
        } catch (RuntimeException e) {
            if (hibernate != null) {
                hibernate.schemaFailed(e);
                hibernate.close();
            }
            if (ds != null) {
                ds.close();
            }
            if (builtIn != null) {
                builtIn.close();
            }
            throw e;
        }
    }

    private static java.time.Duration commitTimeout() {
        return java.time.Duration.ofSeconds(Integer.getInteger(COMMIT_TIMEOUT_PROPERTY,
                (int) Transactions.DEFAULT_COMMIT_TIMEOUT.toSeconds()));
    }

    /**
     * A database already at this version needs no migration, only Flyway's check of what was
     * applied (checksums): one query tells, and the check runs later in the background. Anything
     * else (a new, older, newer or damaged schema) goes through Flyway now.
     */
    private static HibernateStart.Schema checkSchema(HikariDataSource ds) {
        String current = SchemaMigration.versionIfNewest(ds);
        return current != null ? new HibernateStart.Schema(current, true) : new HibernateStart.Schema(migrate(ds), false);
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

    static String migrate(DataSource ds) {
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
        if (state.equals("28000") && loginDisabled(t)) {
            reason = ConnectFailedException.Reason.LOGIN_DISABLED;
        } else if (state.startsWith("28")) {
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

    /**
     * "role ... is not permitted to log in" (a NOLOGIN role: a disabled staff login), told from a
     * pg_hba.conf refusal by the server routine that raised it, whatever the server's language.
     */
    private static boolean loginDisabled(Throwable t) {
        if (t instanceof org.postgresql.util.PSQLException pg && pg.getServerErrorMessage() != null) {
            return "InitializeSessionUserId".equals(pg.getServerErrorMessage().getRoutine());
        }
        return t != null && String.valueOf(t.getMessage()).contains("not permitted to log in");
    }

    public CatalogueService catalogue() {
        return catalogue;
    }

    public CustomerService customers() {
        return customers;
    }

    public ReturnService returns() {
        return returns;
    }

    public SaleLookupService saleLookup() {
        return saleLookup;
    }

    public CheckHistoryService checkHistory() {
        return checkHistory;
    }

    public ReceiptService receipts() {
        return receipts;
    }

    public SaleService sales() {
        return sales;
    }

    public SupplierService suppliers() {
        return suppliers;
    }

    public StockService stock() {
        return stock;
    }

    public SalesChartService charts() {
        return charts;
    }

    public PriceImportService priceImport() {
        return priceImport;
    }

    public PriceService prices() {
        return prices;
    }

    public PriceExport priceExport() {
        return priceExport;
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

    /** Who is connected, what they may do, and the administrators' staff logins. */
    public StaffService staff() {
        return staff;
    }

    public AuditService audit() {
        return audit;
    }

    /** What the connected login may do, as the database said when it connected. */
    public Permissions permissions() {
        return permissions;
    }

    /** For the command-line tools that load data in bulk (COPY) and for tests. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Builds Hibernate in the background (if nothing has started it yet) and checks the schema
     * fully; the future completes then, or fails with why it could not (a
     * {@link ConnectFailedException} for tables that do not match).
     */
    public CompletableFuture<Void> finishStarting() {
        return hibernate.begin().thenApply(sf -> null);
    }

    /** Whether anything has asked for Hibernate yet (a test's question). */
    boolean hibernateStarted() {
        return hibernate.started();
    }

    /** Finishes starting and waits for it; throws its failure. */
    public void awaitReady() {
        hibernate.get();
    }

    /** Waits for Hibernate: for tests that look at its statistics. */
    public SessionFactory sessionFactory() {
        return hibernate.get();
    }

    public BuiltInDatabase builtIn() {
        return builtIn;
    }

    @Override
    public void close() {
        try {
            hibernate.close();
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
