package org.shopdesk.data.pricing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import org.shopdesk.data.Db;

/**
 * Every price change goes through here, one price or ten thousand: the changes are put in the
 * temporary table {@code price_change} (product, new value and currency, or no value to end the
 * offer), then three set-wise statements rewrite the timelines from the moment T on: rows that
 * would only start at or after T are cancelled (they never were in effect), the row valid at T
 * ends at T, and the new rows open at T.
 *
 * <p>Writers of one provider's prices are serialised by advisory locks: a bulk change or an
 * import takes the provider's lock, a single edit shares it and takes the lock of its product.
 * The moment "now" of a change is read after the lock is held ({@link #lockedNow}), so that it is
 * later than any change committed before, and a change never slips in behind another one.
 */
public final class PriceWriter {
    /** Waits until no one else writes this provider's prices; then reads the moment of the change. */
    public Instant lockProvider(Db db, long providerId) throws SQLException {
        return lockedNow(db, "SELECT pg_advisory_xact_lock(hashtextextended('shopdesk.price:' || ?, 0))", providerId, null);
    }

    /** Waits until no one else writes this product's price at this provider; then reads the moment. */
    public Instant lockOffer(Db db, long providerId, long productId) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT pg_advisory_xact_lock_shared(hashtextextended('shopdesk.price:' || ?, 0))")) {
            ps.setLong(1, providerId);
            ps.execute();
        }
        return lockedNow(db, "SELECT pg_advisory_xact_lock(hashtextextended('shopdesk.price:' || ? || ':' || ?, 0))",
                providerId, productId);
    }

    private static Instant lockedNow(Db db, String lockSql, long a, Long b) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement(lockSql)) {
            ps.setLong(1, a);
            if (b != null) {
                ps.setLong(2, b);
            }
            ps.execute();
        }
        // Microseconds, as PostgreSQL keeps them.
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT clock_timestamp()")) {
            rs.next();
            return rs.getTimestamp(1).toInstant();
        }
    }

    /** An empty {@code price_change} table for this transaction. */
    public void begin(Db db) throws SQLException {
        try (Statement st = db.connection().createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS price_change (product_id bigint PRIMARY KEY, "
                    + "value numeric(12,2), currency char(3)) ON COMMIT DROP");
            st.execute("TRUNCATE price_change");
        }
    }

    /** Adds one change: a new price, or (value null) the end of the offer. */
    public void add(Db db, long productId, java.math.BigDecimal value, String currency) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "INSERT INTO price_change (product_id, value, currency) VALUES (?, ?, ?)")) {
            ps.setLong(1, productId);
            ps.setBigDecimal(2, value);
            ps.setString(3, currency);
            ps.executeUpdate();
        }
    }

    /** What the changes did: rows cancelled (scheduled, never in effect), rows ended, rows opened. */
    public record Applied(int cancelled, int ended, int opened) {
    }

    /** Rewrites the provider's timelines of the products in {@code price_change} from {@code from} on. */
    public Applied apply(Db db, long providerId, Instant from) throws SQLException {
        Connection c = db.connection();
        Timestamp t = Timestamp.from(from);
        int cancelled;
        int ended;
        int opened;
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE price p SET valid_to = p.valid_from FROM price_change c
                 WHERE p.product_id = c.product_id AND p.provider_id = ? AND p.valid_from >= ?
                   AND (p.valid_to IS NULL OR p.valid_to > p.valid_from)""")) {
            ps.setLong(1, providerId);
            ps.setTimestamp(2, t);
            cancelled = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE price p SET valid_to = ? FROM price_change c
                 WHERE p.product_id = c.product_id AND p.provider_id = ? AND p.valid_from < ?
                   AND (p.valid_to IS NULL OR p.valid_to > ?)""")) {
            ps.setTimestamp(1, t);
            ps.setLong(2, providerId);
            ps.setTimestamp(3, t);
            ps.setTimestamp(4, t);
            ended = ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO price (product_id, provider_id, value, currency, valid_from)
                SELECT c.product_id, ?, c.value, c.currency, ? FROM price_change c WHERE c.value IS NOT NULL""")) {
            ps.setLong(1, providerId);
            ps.setTimestamp(2, t);
            opened = ps.executeUpdate();
        }
        return new Applied(cancelled, ended, opened);
    }

    /** The id of the product's price at the provider valid at {@code at}, if any. */
    public Long priceAt(Db db, long providerId, long productId, Instant at) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT id FROM price p WHERE p.product_id = ? "
                + "AND p.provider_id = ? AND " + ValidNow.at("p"))) {
            ps.setLong(1, productId);
            ps.setLong(2, providerId);
            ps.setTimestamp(3, Timestamp.from(at));
            ps.setTimestamp(4, Timestamp.from(at));
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * Whether the price {@code priceId} already is this value and currency with no change
     * scheduled after {@code at}: then setting it again changes nothing.
     */
    public boolean alreadySo(Db db, long providerId, long productId, long priceId, java.math.BigDecimal value,
                             String currency, Instant at) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("""
                SELECT EXISTS (SELECT 1 FROM price WHERE id = ? AND value = ? AND currency = ?)
                   AND NOT EXISTS (SELECT 1 FROM price WHERE product_id = ? AND provider_id = ? AND valid_from > ?
                                      AND (valid_to IS NULL OR valid_to > valid_from))""")) {
            ps.setLong(1, priceId);
            ps.setBigDecimal(2, value);
            ps.setString(3, currency);
            ps.setLong(4, productId);
            ps.setLong(5, providerId);
            ps.setTimestamp(6, Timestamp.from(at));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** The id of the price most recently opened for the product at the provider. */
    public Long openPrice(Db db, long providerId, long productId) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement(
                "SELECT id FROM price WHERE product_id = ? AND provider_id = ? AND valid_to IS NULL")) {
            ps.setLong(1, productId);
            ps.setLong(2, providerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }

    /**
     * Takes the lock of the product's price at the provider and checks that the price valid now
     * is still the one the user saw ({@code expected}, null: none); returns the moment of the change.
     */
    public Instant lockAndCheck(Db db, long providerId, long productId, Long expected) throws SQLException {
        Instant now = lockOffer(db, providerId, productId);
        if (!exists(db, providerId, productId)) {
            throw new org.shopdesk.domain.common.NotFoundException("product or provider", productId);
        }
        Long current = priceAt(db, providerId, productId, now);
        if (!java.util.Objects.equals(current, expected)) {
            throw new org.shopdesk.domain.common.ConcurrentChangeException("the price was changed by someone else (now "
                    + current + ", seen " + expected + ")", null);
        }
        return now;
    }

    /** Whether the product and the provider exist (a change of a vanished one is refused plainly). */
    public boolean exists(Db db, long providerId, long productId) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT EXISTS (SELECT 1 FROM products WHERE id = ?) "
                + "AND EXISTS (SELECT 1 FROM provider WHERE id = ?)")) {
            ps.setLong(1, productId);
            ps.setLong(2, providerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
