package org.shopdesk.data.generate;

import org.shopdesk.data.Db;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;
import org.shopdesk.data.stock.StockQueries;
import org.shopdesk.domain.common.DatabaseNotEmptyException;

/**
 * Fills an empty ShopDesk database with a generated shop: the demo profile for a first look,
 * the scale profile for the benchmark. Deterministic: the same profile, seed and end day give
 * the same rows. Loads with COPY inside the caller's transaction and keeps every constraint and
 * trigger of the schema in force (totals and balances are computed by the database itself).
 */
public final class DataGenerator {
    public static final long DEFAULT_SEED = 20_240_601L;

    /** Tables whose rows would clash with generated ids; all must be empty. */
    private static final List<String> MUST_BE_EMPTY = List.of("category", "producer", "provider", "contacts",
            "customer", "products", "price", "purchase", "stock_goods", "stock_movement");
    /** Tables written with explicit ids: their identity sequences continue after the largest. */
    private static final List<String> EXPLICIT_IDS = List.of("category", "producer", "provider", "contacts",
            "customer", "products", "price", "purchase");

    /** Written in rounds of millions of rows: their foreign keys and plain indexes wait till the end. */
    private static final List<String> ROUND_TABLES = List.of("purchase", "purchase_line", "stock_movement");

    private final GenerationProfile profile;
    private final long seed;
    private final LocalDate endDay;

    /**
     * @param endDay sales run up to the midnight that starts this day (UTC); the app passes
     *               today, so the history ends yesterday and nothing lies in the future
     */
    /** What was generated, for the database's mark: profile, seed and last day. */
    public String describe() {
        return profile.name() + ", seed " + seed + ", until " + endDay;
    }

    public DataGenerator(GenerationProfile profile, long seed, LocalDate endDay) {
        this.profile = profile;
        this.seed = seed;
        this.endDay = endDay;
    }

    /** History up to this midnight, UTC. */
    public static LocalDate untilToday() {
        return LocalDate.ofInstant(Instant.now(), ZoneOffset.UTC);
    }

    /** True when no table a shop fills has a row. */
    public static boolean isEmpty(Db db) throws SQLException {
        Connection connection = db.connection();
        return firstNonEmpty(connection) == null;
    }

    /** Generates in the unit of work's transaction, which the caller commits or rolls back. */
    public void generate(Db db, GenerationListener listener) throws SQLException {
        Connection connection = db.connection();
        if (connection.getAutoCommit()) {
            throw new IllegalStateException("generate inside a transaction, so that a failed load leaves nothing behind");
        }
        try (Statement s = connection.createStatement()) {
            // Nobody else may start filling the same database while we look and load.
            s.execute("LOCK TABLE " + String.join(", ", MUST_BE_EMPTY) + " IN SHARE ROW EXCLUSIVE MODE");
            // The statement triggers group a round's lines and movements: hashing them beats sorting on disk.
            s.execute("SET LOCAL work_mem = '128MB'");
        }
        String occupied = firstNonEmpty(connection);
        if (occupied != null) {
            throw new DatabaseNotEmptyException(occupied);
        }
        Timeline timeline = new Timeline(endDay, profile.months(), profile.checks());
        Assortment assortment = new CatalogueWriter(connection, profile, listener, seed, timeline.start()).write();
        new CustomerWriter(connection, listener, seed, timeline.start()).write(profile.customers());
        PriceBook book = PriceBook.write(connection, profile, assortment, timeline, seed, listener);
        DeferredChecks deferred = DeferredChecks.setAside(connection, ROUND_TABLES);
        try (Statement s = connection.createStatement()) {
            // The rules of new movements (V7) keep people from moving the stock of archived goods;
            // generated history includes the goods' life before they were archived. Paused for
            // the load, in its transaction, like the foreign keys.
            s.execute("ALTER TABLE stock_movement DISABLE TRIGGER stock_movement_rules");
        }
        new SalesWriter(connection, profile, book, assortment, timeline, profile.customers(), seed, listener).write();
        try (Statement s = connection.createStatement()) {
            s.execute("ALTER TABLE stock_movement ENABLE TRIGGER stock_movement_rules");
            // A shop that watches its stock: every offer that sold lately gets the suggested level.
            s.execute(StockQueries.SUGGESTED_LEVELS_EVERYWHERE);
        }
        long started = System.nanoTime();
        deferred.restore();
        listener.loaded("indexes and foreign keys", deferred.count(), Duration.ofNanos(System.nanoTime() - started));
        started = System.nanoTime();
        try (Statement s = connection.createStatement()) {
            for (String table : EXPLICIT_IDS) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + table + "', 'id'), max(id)) FROM " + table);
            }
            s.execute("ANALYZE");
        }
        listener.loaded("analyze", 0, Duration.ofNanos(System.nanoTime() - started));
    }

    private static String firstNonEmpty(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            for (String table : MUST_BE_EMPTY) {
                try (ResultSet rs = s.executeQuery("SELECT EXISTS (SELECT 1 FROM " + table + ")")) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return table;
                    }
                }
            }
        }
        return null;
    }
}
