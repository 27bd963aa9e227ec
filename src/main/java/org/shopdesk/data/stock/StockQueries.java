package org.shopdesk.data.stock;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.shopdesk.data.Db;
import org.shopdesk.data.PageTotal;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.stock.BalanceQuery;
import org.shopdesk.domain.stock.BalanceRow;
import org.shopdesk.domain.stock.CountSheetLine;

/**
 * The balances list and the count sheet in SQL. Like the Catalogue list, a page's ids are chosen
 * first and only those rows get their names and their figures from the journal (units sold in
 * the last 30 days, last count), each an index range of one balance's journal. Only a sort by
 * one of those figures sums them for every balance the filter keeps.
 */
public final class StockQueries {
    /** The sales rate is taken over this many days. */
    public static final int SALES_DAYS = 30;
    /**
     * A suggested level covers the sales of the provider's lead time and half as much again as
     * safety stock: a late delivery or a busy week does not empty the shelf.
     */
    public static final String SAFETY_FACTOR = "1.5";

    private static final String SINCE = "now() - interval '" + SALES_DAYS + " days'";
    private static final String SOLD = "coalesce(s.units, 0)";
    private static final String DAYS_OF_COVER = "CASE WHEN s.units > 0 THEN round(g.goods_balance * "
            + SALES_DAYS + ".0 / s.units, 1) END";
    /** The suggested level in SQL, over the aliases g (stock_goods), v (provider) and s (units sold). */
    public static final String SUGGESTED = "CASE WHEN s.units > 0 THEN ceil(s.units / " + SALES_DAYS
            + ".0 * v.lead_time_days * " + SAFETY_FACTOR + ")::int END";

    /**
     * The suggested level set on every balance that sold in the last 30 days, in one statement:
     * what a generated shop starts with (datagen) and what the benchmark gives a copy made before
     * levels existed.
     */
    public static final String SUGGESTED_LEVELS_EVERYWHERE = """
            UPDATE stock_goods t SET reorder_level = x.suggested
              FROM (SELECT g.id, %s AS suggested
                      FROM stock_goods g JOIN provider v ON v.id = g.provider_id
                      JOIN (SELECT product_id, provider_id, -sum(delta) AS units FROM stock_movement
                             WHERE reason = 'SALE' AND moved_at >= %s
                             GROUP BY product_id, provider_id) s
                        ON s.product_id = g.product_id AND s.provider_id = g.provider_id) x
             WHERE t.id = x.id""".formatted(SUGGESTED, SINCE);

    public Page<BalanceRow> balances(Db db, BalanceQuery query, Cancellation cancellation) throws SQLException {
        Connection connection = db.connection();
        List<BalanceRow> rows = balancesSql(query).list(connection, rs -> new BalanceRow(
                rs.getLong("id"), rs.getInt("version"), rs.getLong("product_id"), rs.getString("sku"),
                rs.getString("title"), rs.getString("category"), rs.getString("producer"), rs.getLong("provider_id"),
                rs.getString("provider"), rs.getInt("lead_time_days"), rs.getInt("goods_balance"),
                (Integer) rs.getObject("reorder_level"), (Integer) rs.getObject("suggested"), rs.getLong("sold"),
                rs.getBigDecimal("days_of_cover"), instant(rs.getTimestamp("last_counted"))), cancellation);
        long total = PageTotal.of(rows.size(), query.offset(), query.limit(),
                () -> balancesCountSql(query).count(connection, cancellation));
        return new Page<>(rows, total, query.offset(), query.limit());
    }

    /** The SQL of a balances page, public so that the benchmark runs the very same statement by hand. */
    public static SqlQuery balancesSql(BalanceQuery query) {
        SqlQuery sql = new SqlQuery().append("WITH ");
        if (query.sort().needsJournal()) {
            sql.append("sold AS (SELECT product_id, provider_id, -sum(delta) AS units FROM stock_movement"
                    + " WHERE reason = 'SALE' AND moved_at >= " + SINCE);
            if (query.providerId() != null) {
                sql.append(" AND provider_id = ?", query.providerId());
            }
            sql.append(" GROUP BY product_id, provider_id), counted AS (SELECT product_id, provider_id,"
                    + " max(moved_at) AS last_counted FROM stock_movement WHERE reason = 'COUNT_CORRECTION'");
            if (query.providerId() != null) {
                sql.append(" AND provider_id = ?", query.providerId());
            }
            sql.append(" GROUP BY product_id, provider_id), ");
        }
        sql.append("page AS (SELECT g.id FROM stock_goods g JOIN products p ON p.id = g.product_id"
                + " JOIN provider v ON v.id = g.provider_id");
        switch (query.sort()) {
            case CATEGORY -> sql.append(" JOIN category c ON c.id = p.category_id");
            case PRODUCER -> sql.append(" JOIN producer pr ON pr.id = p.producer_id");
            default -> { }
        }
        if (query.sort().needsJournal()) {
            sql.append(" LEFT JOIN sold s ON s.product_id = g.product_id AND s.provider_id = g.provider_id"
                    + " LEFT JOIN counted lc ON lc.product_id = g.product_id AND lc.provider_id = g.provider_id");
        }
        where(sql, query);
        String order = orderBy(query);
        sql.append(" ORDER BY " + order + " LIMIT ? OFFSET ?)", query.limit(), query.offset());
        sql.append("""
                 SELECT g.id, g.version, g.product_id, p.sku, p.title, c.name AS category, pr.name AS producer,
                        g.provider_id, v.name AS provider, v.lead_time_days, g.goods_balance, g.reorder_level,
                        %s AS sold, %s AS days_of_cover, %s AS suggested, lc.last_counted
                   FROM page JOIN stock_goods g ON g.id = page.id
                   JOIN products p ON p.id = g.product_id
                   JOIN provider v ON v.id = g.provider_id
                   JOIN category c ON c.id = p.category_id
                   JOIN producer pr ON pr.id = p.producer_id
                   LEFT JOIN LATERAL (SELECT -sum(m.delta) AS units FROM stock_movement m
                                       WHERE m.product_id = g.product_id AND m.provider_id = g.provider_id
                                         AND m.reason = 'SALE' AND m.moved_at >= %s) s ON true
                   LEFT JOIN LATERAL (SELECT max(m.moved_at) AS last_counted FROM stock_movement m
                                       WHERE m.product_id = g.product_id AND m.provider_id = g.provider_id
                                         AND m.reason = 'COUNT_CORRECTION') lc ON true
                """.formatted(SOLD, DAYS_OF_COVER, SUGGESTED, SINCE));
        sql.append(" ORDER BY " + order);
        return sql;
    }

    public static SqlQuery balancesCountSql(BalanceQuery query) {
        SqlQuery sql = new SqlQuery().append("SELECT count(*) FROM stock_goods g JOIN products p ON p.id = g.product_id"
                + " JOIN provider v ON v.id = g.provider_id");
        where(sql, query);
        return sql;
    }

    private static void where(SqlQuery sql, BalanceQuery query) {
        sql.append(" WHERE NOT p.archived AND NOT v.archived");
        if (query.providerId() != null) {
            sql.append(" AND g.provider_id = ?", query.providerId());
        }
        if (query.categoryId() != null) {
            sql.append(" AND p.category_id = ?", query.categoryId());
        }
        if (query.producerId() != null) {
            sql.append(" AND p.producer_id = ?", query.producerId());
        }
        if (query.needsReorder()) {
            sql.append(" AND g.goods_balance <= g.reorder_level");
        }
        if (!query.text().isEmpty()) {
            String text = SqlQuery.likeEscape(query.text());
            sql.append(" AND (p.title ILIKE ? OR p.sku LIKE ?)", "%" + text + "%",
                    "%" + text.toUpperCase(Locale.ROOT) + "%");
        }
    }

    private static String orderBy(BalanceQuery query) {
        String dir = query.descending() ? " DESC" : "";
        String last = dir + " NULLS LAST";
        String then = ", p.title" + dir + ", g.id" + dir;
        return switch (query.sort()) {
            case PRODUCT -> "p.title" + dir + ", v.name" + dir + ", g.id" + dir;
            case SKU -> "p.sku" + dir + ", g.id" + dir;
            case CATEGORY -> "c.name" + dir + then;
            case PRODUCER -> "pr.name" + dir + then;
            case PROVIDER -> "v.name" + dir + then;
            case BALANCE -> "g.goods_balance" + dir + then;
            case REORDER_LEVEL -> "g.reorder_level" + last + then;
            case SUGGESTED_LEVEL -> SUGGESTED + last + then;
            case SOLD_30_DAYS -> SOLD + dir + then;
            case DAYS_OF_COVER -> DAYS_OF_COVER + last + then;
            case LAST_COUNTED -> "lc.last_counted" + last + then;
        };
    }

    /**
     * A count sheet: every balance of the provider (in one category, if given) of goods still
     * sold, by category and title, with what the books say and when it was last counted.
     */
    public List<CountSheetLine> countSheet(Db db, long providerId, Long categoryId) throws SQLException {
        SqlQuery sql = new SqlQuery().append("""
                SELECT g.product_id, p.sku, p.title, c.name AS category, g.goods_balance,
                       (SELECT max(m.moved_at) FROM stock_movement m WHERE m.product_id = g.product_id
                           AND m.provider_id = g.provider_id AND m.reason = 'COUNT_CORRECTION') AS last_counted
                  FROM stock_goods g JOIN products p ON p.id = g.product_id
                  JOIN category c ON c.id = p.category_id
                 WHERE g.provider_id = ? AND NOT p.archived""", providerId);
        if (categoryId != null) {
            sql.append(" AND p.category_id = ?", categoryId);
        }
        sql.append(" ORDER BY c.name, p.title, p.id");
        return sql.list(db, rs -> new CountSheetLine(rs.getLong("product_id"), rs.getString("sku"), rs.getString("title"),
                rs.getString("category"), rs.getInt("goods_balance"), instant(rs.getTimestamp("last_counted"))));
    }

    /** Providers still in business, by name, each with how many balances it holds. */
    public List<NamedItem> providers(Db db) throws SQLException {
        return new SqlQuery().append("SELECT v.id, v.name, v.version, (SELECT count(*) FROM stock_goods g"
                        + " WHERE g.provider_id = v.id) AS usage FROM provider v WHERE NOT v.archived"
                        + " ORDER BY lower(v.name), v.id")
                .list(db, rs -> new NamedItem(rs.getLong("id"), rs.getString("name"), rs.getInt("version"),
                        rs.getLong("usage")));
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
