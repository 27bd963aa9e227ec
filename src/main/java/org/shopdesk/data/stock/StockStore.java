package org.shopdesk.data.stock;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shopdesk.data.Db;
import org.shopdesk.domain.stock.MovementResult;
import org.shopdesk.domain.stock.StockReason;
import org.shopdesk.domain.stock.WriteOffReason;

/**
 * The stock's writes in SQL, in the caller's transaction. Balances are never written here: a
 * movement goes into the journal and the journal's trigger moves the balance (and refuses one
 * below zero). Balances a movement depends on are locked first, in product order like a sale's,
 * so a write-off or a count and a sale of the same goods wait for each other.
 */
public final class StockStore {

    /** A product and a provider as a movement needs them: names for messages, and whether archived. */
    public record Parties(String title, boolean productArchived, String provider, boolean providerArchived) {
    }

    public Optional<Parties> parties(Db db, long productId, long providerId) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT p.title, p.archived, v.name, v.archived"
                + " FROM products p, provider v WHERE p.id = ? AND v.id = ?")) {
            ps.setLong(1, productId);
            ps.setLong(2, providerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Parties(rs.getString(1), rs.getBoolean(2), rs.getString(3),
                        rs.getBoolean(4))) : Optional.empty();
            }
        }
    }

    /** A provider's name and whether it is archived; empty if there is no such provider. */
    public Optional<Parties> provider(Db db, long providerId) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT name, archived FROM provider WHERE id = ?")) {
            ps.setLong(1, providerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Parties(null, false, rs.getString(1), rs.getBoolean(2))) : Optional.empty();
            }
        }
    }

    /** A product of a count: its title and whether it is archived. */
    public record CountedProduct(long id, String title, boolean archived) {
    }

    public Map<Long, CountedProduct> products(Db db, List<Long> ids) throws SQLException {
        Connection c = db.connection();
        Map<Long, CountedProduct> found = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title, archived FROM products WHERE id = ANY (?)")) {
            ps.setArray(1, c.createArrayOf("int8", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.put(rs.getLong(1), new CountedProduct(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
        }
        return found;
    }

    /**
     * Locks the provider's balances of these products, in product order, and returns them
     * (goods never stocked have no balance row yet: they count as zero).
     */
    public Map<Long, Integer> lockBalances(Db db, long providerId, List<Long> productIds) throws SQLException {
        Connection c = db.connection();
        Map<Long, Integer> balances = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id, goods_balance FROM stock_goods"
                + " WHERE provider_id = ? AND product_id = ANY (?) ORDER BY product_id FOR UPDATE")) {
            ps.setLong(1, providerId);
            ps.setArray(2, c.createArrayOf("int8", productIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    balances.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return balances;
    }

    /** One journal row; returns it with the balance after it. */
    public MovementResult move(Db db, long productId, long providerId, int delta, StockReason reason,
                       WriteOffReason writeOffReason, String note) throws SQLException {
        Connection c = db.connection();
        long id;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stock_movement (product_id, provider_id, delta,"
                + " reason, write_off_reason, note) VALUES (?, ?, ?, ?, ?, ?) RETURNING id")) {
            ps.setLong(1, productId);
            ps.setLong(2, providerId);
            ps.setInt(3, delta);
            ps.setString(4, reason.name());
            if (writeOffReason == null) {
                ps.setNull(5, Types.VARCHAR);
            } else {
                ps.setString(5, writeOffReason.name());
            }
            ps.setString(6, note);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT goods_balance FROM stock_goods"
                + " WHERE product_id = ? AND provider_id = ?")) {
            ps.setLong(1, productId);
            ps.setLong(2, providerId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new MovementResult(id, rs.getInt(1));
            }
        }
    }

    /**
     * A count's corrections in one statement: one journal row per counted line, delta 0 where the
     * count confirmed the books (so that the count itself is on record).
     */
    public void countCorrections(Db db, long providerId, long[] productIds, int[] deltas, String note)
            throws SQLException {
        Connection c = db.connection();
        Long[] ids = new Long[productIds.length];
        Integer[] ds = new Integer[deltas.length];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = productIds[i];
            ds[i] = deltas[i];
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stock_movement (product_id, provider_id, delta,"
                + " reason, note) SELECT l.product_id, ?, l.delta, 'COUNT_CORRECTION', ?"
                + " FROM unnest(?::bigint[], ?::int[]) AS l (product_id, delta) ORDER BY l.product_id")) {
            ps.setLong(1, providerId);
            ps.setString(2, note);
            ps.setArray(3, c.createArrayOf("int8", ids));
            ps.setArray(4, c.createArrayOf("int4", ds));
            ps.executeUpdate();
        }
    }

    /** Sets a balance's reorder level if nobody changed it since {@code version}; false otherwise. */
    public boolean setReorderLevel(Db db, long stockId, int version, Integer level) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("UPDATE stock_goods SET reorder_level = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?")) {
            if (level == null) {
                ps.setNull(1, Types.INTEGER);
            } else {
                ps.setInt(1, level);
            }
            ps.setLong(2, stockId);
            ps.setInt(3, version);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * Sets the suggested level (from the last 30 days' sales and the provider's lead time) on
     * these balances, in one statement; balances with no sales keep theirs. Returns how many
     * changed.
     */
    public int applySuggested(Db db, List<Long> stockIds) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE stock_goods t SET reorder_level = x.suggested, version = t.version + 1
                  FROM (SELECT g.id, %s AS suggested
                          FROM stock_goods g JOIN provider v ON v.id = g.provider_id
                          JOIN LATERAL (SELECT -sum(m.delta) AS units FROM stock_movement m
                                         WHERE m.product_id = g.product_id AND m.provider_id = g.provider_id
                                           AND m.reason = 'SALE' AND m.moved_at >= now() - interval '%d days') s ON true
                         WHERE g.id = ANY (?)) x
                 WHERE t.id = x.id AND x.suggested IS NOT NULL
                   AND t.reorder_level IS DISTINCT FROM x.suggested""".formatted(StockQueries.SUGGESTED,
                StockQueries.SALES_DAYS))) {
            ps.setArray(1, c.createArrayOf("int8", stockIds.toArray()));
            return ps.executeUpdate();
        }
    }

    /** Sets a provider's lead time if nobody changed the provider since {@code version}. */
    public boolean setLeadTime(Db db, long providerId, int version, int days) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("UPDATE provider SET lead_time_days = ?,"
                + " version = version + 1 WHERE id = ? AND version = ?")) {
            ps.setInt(1, days);
            ps.setLong(2, providerId);
            ps.setInt(3, version);
            return ps.executeUpdate() == 1;
        }
    }
}
