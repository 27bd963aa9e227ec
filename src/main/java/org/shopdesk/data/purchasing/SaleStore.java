package org.shopdesk.data.purchasing;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.shopdesk.data.Db;
import org.shopdesk.domain.purchasing.BasketLine;
import org.shopdesk.domain.purchasing.SaleReceipt;

/**
 * A sale in SQL: one statement in the caller's transaction, whatever the number of lines and
 * providers (one check per provider). The stock rows are locked first, in (product, provider)
 * order, so two clerks selling overlapping goods wait for each other instead of deadlocking. The
 * schema does the rest: the checks' totals (trigger on the lines), the balances (trigger on the
 * journal) and, whatever happens, no balance below zero (CHECK). Refusals are explained by
 * {@link #describe}, run only when something is wrong.
 *
 * <p>Measured at scale 1 against the four separate statements this replaced (lock, checks, lines,
 * journal): see {@code SaleBench} and the report of issue 13.
 */
public final class SaleStore {
    /** A provider's stock of a product. */
    public record Goods(long productId, long providerId) {
        public static Goods of(BasketLine line) {
            return new Goods(line.productId(), line.providerId());
        }
    }

    /** A check to open: its provider, its client key, and a price row whose currency it takes. */
    public record CheckHead(long providerId, UUID clientKey, long firstPriceId) {
    }

    /** A check just written: its number, provider and currency. */
    public record Check(long id, long providerId, String currency) {
    }

    /** What {@link #record} wrote into one check. */
    public record LinesWritten(int lines, BigDecimal total) {
    }

    /** What {@link #record} wrote: the checks, and per check number the lines written. */
    public record Recorded(List<Check> checks, Map<Long, LinesWritten> lines) {
        public int linesWritten() {
            return lines.values().stream().mapToInt(LinesWritten::lines).sum();
        }
    }

    /**
     * The whole sale in one statement (data-modifying CTEs): the stock rows locked in (product,
     * provider) order, the checks, the lines, the journal. One round trip instead of four. Nothing
     * is checked in Java between the parts, so what the separate statements found out first is
     * found here from the answer or the refusal:
     * <ul>
     * <li>a balance that does not cover its line: the journal's trigger, at the end of the
     *     statement, meets the CHECK stock_goods_not_oversold and the statement fails whole;</li>
     * <li>a customer or provider archived or gone: fewer checks than heads;</li>
     * <li>a price changed or a product archived: fewer lines than asked.</li>
     * </ul>
     * The triggers of the lines and the journal run after all parts, on everything they wrote.
     */
    public Recorded record(Db db, long customerId, List<CheckHead> heads, List<BasketLine> lines) throws SQLException {
        String sql = recordSql(lines.size(), heads.size());
        List<Check> checks = new ArrayList<>();
        Map<Long, LinesWritten> written = new HashMap<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            int p = 1;
            for (BasketLine line : lines) {
                ps.setLong(p++, line.productId());
                ps.setLong(p++, line.providerId());
                ps.setLong(p++, line.priceId());
                ps.setInt(p++, line.quantity());
            }
            for (CheckHead h : heads) {
                ps.setLong(p++, h.providerId());
                ps.setObject(p++, h.clientKey());
                ps.setLong(p++, h.firstPriceId());
            }
            ps.setLong(p, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Check check = new Check(rs.getLong(1), rs.getLong(2), rs.getString(3));
                    checks.add(check);
                    written.put(check.id(), new LinesWritten(rs.getInt(4), rs.getBigDecimal(5)));
                }
            }
        }
        return new Recorded(checks, written);
    }

    /**
     * The statement of {@link #record} for this many lines and checks. Parameters: per line
     * (product, provider, price row, quantity), per check (provider, client key, price row for its
     * currency), then the customer.
     */
    public static String recordSql(int lines, int checks) {
        return """
                WITH l (product_id, provider_id, price_id, quantity) AS (VALUES %s),
                locked AS (SELECT g.product_id FROM stock_goods g JOIN l
                             ON g.product_id = l.product_id AND g.provider_id = l.provider_id
                           ORDER BY g.product_id, g.provider_id FOR UPDATE OF g),
                checks AS (INSERT INTO purchase (customer_id, provider_id, client_key, currency)
                           SELECT c.id, v.id, h.client_key, pr.currency
                             FROM (VALUES %s) AS h (provider_id, client_key, price_id)
                             JOIN provider v ON v.id = h.provider_id AND NOT v.archived
                             JOIN price pr ON pr.id = h.price_id
                             JOIN customer c ON c.id = ? AND NOT c.archived
                            ORDER BY h.provider_id
                           RETURNING id, provider_id, currency),
                written AS (INSERT INTO purchase_line (purchase_id, provider_id, product_id, price_id, quantity, unit_price)
                            SELECT k.id, pr.provider_id, pr.product_id, pr.id, l.quantity, pr.value
                              FROM l JOIN checks k ON k.provider_id = l.provider_id
                              JOIN price pr ON pr.id = l.price_id
                              JOIN products p ON p.id = pr.product_id AND NOT p.archived
                             WHERE pr.product_id = l.product_id AND pr.provider_id = l.provider_id
                               AND pr.valid_from <= now() AND (pr.valid_to IS NULL OR pr.valid_to > now())
                               AND pr.currency = k.currency
                            RETURNING purchase_id, provider_id, product_id, quantity, line_total),
                moved AS (INSERT INTO stock_movement (product_id, provider_id, delta, reason, purchase_id)
                          SELECT product_id, provider_id, -quantity, 'SALE', purchase_id FROM written)
                SELECT k.id, k.provider_id, k.currency, count(w.purchase_id), coalesce(sum(w.line_total), 0),
                       (SELECT count(*) FROM locked)
                  FROM checks k LEFT JOIN written w ON w.purchase_id = k.id
                 GROUP BY k.id, k.provider_id, k.currency ORDER BY k.provider_id"""
                .formatted(placeholders(lines, "(?::bigint, ?::bigint, ?::bigint, ?::int)"),
                        placeholders(checks, "(?::bigint, ?::uuid, ?::bigint)"));
    }

    /** The checks recorded under these client keys, in provider order: how a repeated save finds the first one. */
    public List<SaleReceipt> byClientKeys(Db db, List<UUID> clientKeys) throws SQLException {
        List<SaleReceipt> found = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("""
                SELECT p.id, p.provider_id, p.total, p.currency, count(l.id), coalesce(sum(l.quantity), 0)
                  FROM purchase p LEFT JOIN purchase_line l ON l.purchase_id = p.id
                 WHERE p.client_key = ANY (?) GROUP BY p.id ORDER BY p.provider_id""")) {
            ps.setArray(1, db.connection().createArrayOf("uuid", clientKeys.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new SaleReceipt(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4),
                            rs.getInt(5), rs.getInt(6)));
                }
            }
        }
        return found;
    }

    /** Where a customer stands for a sale. */
    public enum CustomerState { ACTIVE, ARCHIVED, GONE }

    public CustomerState customer(Db db, long customerId) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT archived FROM customer WHERE id = ?")) {
            ps.setLong(1, customerId);
            try (ResultSet rs = ps.executeQuery()) {
                return !rs.next() ? CustomerState.GONE : rs.getBoolean(1) ? CustomerState.ARCHIVED : CustomerState.ACTIVE;
            }
        }
    }

    /**
     * Everything about a line that can make a sale fail, as it stands now: names, archived flags,
     * the price shown and the current one, and the balance. Null fields: the product, provider or
     * price row does not exist (any more).
     */
    public record LineState(String title, String provider, boolean productArchived, boolean providerArchived,
                            BigDecimal shownPrice, Long currentPriceId, BigDecimal currentPrice, String currentCurrency,
                            int balance) {
    }

    /** The state of every line, in the lines' order. */
    public List<LineState> describe(Db db, List<BasketLine> lines) throws SQLException {
        LineState[] states = new LineState[lines.size()];
        try (PreparedStatement ps = db.connection().prepareStatement("""
                SELECT l.n, p.title, v.name, coalesce(p.archived, false), coalesce(v.archived, false), shown.value,
                       cur.id, cur.value, cur.currency, coalesce(g.goods_balance, 0)
                  FROM (VALUES %s) AS l (n, product_id, provider_id, price_id)
                  LEFT JOIN products p ON p.id = l.product_id
                  LEFT JOIN provider v ON v.id = l.provider_id
                  LEFT JOIN price shown ON shown.id = l.price_id
                  LEFT JOIN price cur ON cur.product_id = l.product_id AND cur.provider_id = l.provider_id
                                     AND cur.valid_from <= now() AND (cur.valid_to IS NULL OR cur.valid_to > now())
                  LEFT JOIN stock_goods g ON g.product_id = l.product_id AND g.provider_id = l.provider_id"""
                .formatted(placeholders(lines.size(), "(?::int, ?::bigint, ?::bigint, ?::bigint)")))) {
            int p = 1;
            for (int i = 0; i < lines.size(); i++) {
                BasketLine line = lines.get(i);
                ps.setInt(p++, i);
                ps.setLong(p++, line.productId());
                ps.setLong(p++, line.providerId());
                ps.setLong(p++, line.priceId());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    states[rs.getInt(1)] = new LineState(rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getBoolean(5),
                            rs.getBigDecimal(6), rs.getObject(7, Long.class), rs.getBigDecimal(8), rs.getString(9),
                            rs.getInt(10));
                }
            }
        }
        return List.of(states);
    }

    /** {@code n} copies of {@code tuple}, comma-separated: one statement text per number of lines. */
    static String placeholders(int n, String tuple) {
        return String.join(", ", Collections.nCopies(n, tuple));
    }
}
