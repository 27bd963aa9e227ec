package org.shopdesk.data.purchasing;

import org.shopdesk.data.Db;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.domain.purchasing.SaleReceipt;

/**
 * A sale in SQL: four statements (and a fifth only to name short products) in the caller's transaction, whatever the number of lines. The
 * clerk's stock rows are locked first, in product order, so two clerks selling overlapping goods
 * wait for each other instead of deadlocking, and the balances read are the ones the sale will
 * change. The schema does the rest: the check's total (trigger on the lines), the balances (trigger
 * on the journal) and, whatever happens, no balance below zero (CHECK).
 */
public final class SaleStore {
    /** A line whose balance does not cover it: the product, what is there, what was asked. */
    public record Shortage(long productId, String title, int available, int asked) {
    }

    /** Locks the provider's stock of these products and returns the lines it does not cover. */
    public List<Shortage> lockStock(Db db, long providerId, List<SaleLine> lines) throws SQLException {
        Connection c = db.connection();
        Map<Long, Integer> balance = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id, goods_balance FROM stock_goods "
                + "WHERE provider_id = ? AND product_id IN (" + placeholders(lines.size(), "?") + ") "
                + "ORDER BY product_id FOR UPDATE")) {
            ps.setLong(1, providerId);
            for (int i = 0; i < lines.size(); i++) {
                ps.setLong(2 + i, lines.get(i).productId());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    balance.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        List<SaleLine> short_ = lines.stream().filter(l -> balance.getOrDefault(l.productId(), 0) < l.quantity()).toList();
        if (short_.isEmpty()) {
            return List.of();
        }
        Map<Long, String> titles = titles(c, short_.stream().map(SaleLine::productId).toList());
        return short_.stream().map(l -> new Shortage(l.productId(), titles.getOrDefault(l.productId(), "#" + l.productId()),
                balance.getOrDefault(l.productId(), 0), l.quantity())).toList();
    }

    /** A check just written: its number and currency. */
    public record Check(long id, String currency) {
    }

    /**
     * The check itself, at total 0 (the lines add themselves to it), in the currency of the first
     * line's price. Empty if that price row does not exist (any more).
     */
    public Optional<Check> insertPurchase(Db db, SaleDraft sale) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO purchase (customer_id, provider_id, client_key, currency)
                SELECT ?, ?, ?, currency FROM price WHERE id = ?
                RETURNING id, currency""")) {
            ps.setLong(1, sale.customerId());
            ps.setLong(2, sale.providerId());
            ps.setObject(3, sale.clientKey());
            ps.setLong(4, sale.lines().get(0).priceId());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Check(rs.getLong(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    /**
     * The lines at the prices the clerk saw, if those are still the provider's prices valid now
     * (not a change scheduled for later) in the check's currency. Fewer lines written than given means a price changed meanwhile (the
     * caller then rolls the sale back).
     */
    public LinesWritten insertLines(Db db, Check check, SaleDraft sale) throws SQLException {
        Connection c = db.connection();
        List<SaleLine> lines = sale.lines();
        // A VALUES list, as one writes it by hand; unnest over array parameters measured no faster.
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO purchase_line (purchase_id, provider_id, product_id, price_id, quantity, unit_price)
                SELECT ?, pr.provider_id, pr.product_id, pr.id, l.quantity, pr.value
                  FROM (VALUES %s) AS l (product_id, price_id, quantity)
                  JOIN price pr ON pr.id = l.price_id
                 WHERE pr.product_id = l.product_id AND pr.provider_id = ?
                   AND pr.valid_from <= now() AND (pr.valid_to IS NULL OR pr.valid_to > now())
                   AND pr.currency = ?
                RETURNING line_total""".formatted(placeholders(lines.size(), "(?::bigint, ?::bigint, ?::int)")))) {
            int p = 1;
            ps.setLong(p++, check.id());
            for (SaleLine line : lines) {
                ps.setLong(p++, line.productId());
                ps.setLong(p++, line.priceId());
                ps.setInt(p++, line.quantity());
            }
            ps.setLong(p++, sale.providerId());
            ps.setString(p, check.currency());
            BigDecimal total = BigDecimal.ZERO;
            int written = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = total.add(rs.getBigDecimal(1));
                    written++;
                }
            }
            return new LinesWritten(written, total);
        }
    }

    /** What {@link #insertLines} wrote. */
    public record LinesWritten(int lines, BigDecimal total) {
    }

    /** The stock journal's rows for the sale; the journal's trigger takes them off the balances. */
    public void insertMovements(Db db, Check check, SaleDraft sale) throws SQLException {
        Connection c = db.connection();
        List<SaleLine> lines = sale.lines();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO stock_movement (product_id, provider_id, delta, "
                + "reason, purchase_id) VALUES " + placeholders(lines.size(), "(?, ?, ?, 'SALE', ?)"))) {
            int p = 1;
            for (SaleLine line : lines) {
                ps.setLong(p++, line.productId());
                ps.setLong(p++, sale.providerId());
                ps.setInt(p++, -line.quantity());
                ps.setLong(p++, check.id());
            }
            ps.executeUpdate();
        }
    }

    /** The sale recorded under this client key, if any: how a repeated save finds the first one. */
    public Optional<SaleReceipt> byClientKey(Db db, UUID clientKey) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT p.id, p.total, p.currency, count(l.id), coalesce(sum(l.quantity), 0)
                  FROM purchase p LEFT JOIN purchase_line l ON l.purchase_id = p.id
                 WHERE p.client_key = ? GROUP BY p.id""")) {
            ps.setObject(1, clientKey);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SaleReceipt(rs.getLong(1), rs.getBigDecimal(2), rs.getString(3),
                        rs.getInt(4), rs.getInt(5))) : Optional.empty();
            }
        }
    }

    private static Map<Long, String> titles(Connection c, List<Long> ids) throws SQLException {
        Map<Long, String> titles = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, title FROM products WHERE id = ANY (?)")) {
            ps.setArray(1, longs(c, ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    titles.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        return titles;
    }

    /** {@code n} copies of {@code tuple}, comma-separated: one statement text per number of lines. */
    private static String placeholders(int n, String tuple) {
        return String.join(", ", java.util.Collections.nCopies(n, tuple));
    }

    private static Array longs(Connection c, List<Long> values) throws SQLException {
        return c.createArrayOf("int8", values.toArray());
    }
}
