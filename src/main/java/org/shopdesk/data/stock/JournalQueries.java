package org.shopdesk.data.stock;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import org.shopdesk.data.Db;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.stock.JournalPage;
import org.shopdesk.domain.stock.JournalQuery;
import org.shopdesk.domain.stock.JournalRow;
import org.shopdesk.domain.stock.StockReason;
import org.shopdesk.domain.stock.WriteOffReason;

/**
 * The stock journal, newest first, each row with the balance of its product and provider right
 * after it. That balance is the current one less every later movement of the pair: for one
 * pair a running sum (a window) over its journal read backwards from the newest row, so a page
 * costs the rows up to it; for a journal across pairs the same sum per row of the page.
 */
public final class JournalQueries {
    private static final String COLUMNS = "m.id, m.moved_at, m.product_id, m.provider_id, m.reason, m.write_off_reason,"
            + " m.delta, m.purchase_id, m.note, m.moved_by";

    public JournalPage page(Db db, JournalQuery query, Cancellation cancellation) throws SQLException {
        Connection connection = db.connection();
        List<JournalRow> rows = pageSql(query).list(connection, rs -> new JournalRow(rs.getLong("id"),
                rs.getTimestamp("moved_at").toInstant(), rs.getLong("product_id"), rs.getString("sku"),
                rs.getString("title"), rs.getLong("provider_id"), rs.getString("provider"),
                StockReason.valueOf(rs.getString("reason")), writeOffReason(rs.getString("write_off_reason")),
                rs.getInt("delta"), rs.getLong("balance_after"), (Long) rs.getObject("purchase_id"),
                rs.getString("note"), rs.getString("moved_by")), cancellation);
        long[] totals = totalsSql(query).list(connection, rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                cancellation).get(0);
        return new JournalPage(new Page<>(rows, totals[0], query.offset(), query.limit()), totals[1], totals[2]);
    }

    /** The SQL of a page, public so that the benchmark runs the very same statement by hand. */
    public static SqlQuery pageSql(JournalQuery query) {
        SqlQuery sql = new SqlQuery();
        if (query.onePair()) {
            // The window runs over the pair's journal newest first: the balance after a row is the
            // balance now less the movements that came after it (the rows before it in this order).
            sql.append("WITH j AS (SELECT " + COLUMNS + ", g.goods_balance - coalesce(sum(m.delta) OVER ("
                    + "ORDER BY m.moved_at DESC, m.id DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)"
                    + " AS balance_after FROM stock_movement m JOIN stock_goods g ON g.product_id = m.product_id"
                    + " AND g.provider_id = m.provider_id WHERE m.product_id = ? AND m.provider_id = ?)",
                    query.productId(), query.providerId());
            sql.append(" SELECT m.*, p.sku, p.title, v.name AS provider FROM j m"
                    + " JOIN products p ON p.id = m.product_id JOIN provider v ON v.id = m.provider_id");
            filters(sql, query, " WHERE true", false);
            sql.append(" ORDER BY m.moved_at DESC, m.id DESC LIMIT ? OFFSET ?", query.limit(), query.offset());
            return sql;
        }
        sql.append("WITH page AS (SELECT m.id FROM stock_movement m");
        filters(sql, query, " WHERE true", true);
        sql.append(" ORDER BY m.moved_at DESC, m.id DESC LIMIT ? OFFSET ?)", query.limit(), query.offset());
        sql.append(" SELECT " + COLUMNS + ", p.sku, p.title, v.name AS provider,"
                + " g.goods_balance - coalesce(later.delta, 0) AS balance_after"
                + " FROM page JOIN stock_movement m ON m.id = page.id"
                + " JOIN products p ON p.id = m.product_id JOIN provider v ON v.id = m.provider_id"
                + " JOIN stock_goods g ON g.product_id = m.product_id AND g.provider_id = m.provider_id"
                + " LEFT JOIN LATERAL (SELECT sum(l.delta) AS delta FROM stock_movement l"
                + " WHERE l.product_id = m.product_id AND l.provider_id = m.provider_id AND l.moved_at >= m.moved_at"
                + " AND (l.moved_at, l.id) > (m.moved_at, m.id)) later ON true"
                + " ORDER BY m.moved_at DESC, m.id DESC");
        return sql;
    }

    /** How many rows the filter selects, and the units in and out over all of them. */
    public static SqlQuery totalsSql(JournalQuery query) {
        SqlQuery sql = new SqlQuery().append("SELECT count(*), coalesce(sum(m.delta) FILTER (WHERE m.delta > 0), 0),"
                + " coalesce(-sum(m.delta) FILTER (WHERE m.delta < 0), 0) FROM stock_movement m");
        filters(sql, query, " WHERE true", true);
        return sql;
    }

    private static void filters(SqlQuery sql, JournalQuery query, String start, boolean withPair) {
        sql.append(start);
        if (withPair && query.productId() != null) {
            sql.append(" AND m.product_id = ?", query.productId());
        }
        if (withPair && query.providerId() != null) {
            sql.append(" AND m.provider_id = ?", query.providerId());
        }
        if (query.reason() != null) {
            sql.append(" AND m.reason = ?", query.reason().name());
        }
        if (query.person() != null) {
            sql.append(" AND m.moved_by ILIKE ?", "%" + SqlQuery.likeEscape(query.person()) + "%");
        }
        if (query.from() != null) {
            sql.append(" AND m.moved_at >= ?", Timestamp.from(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND m.moved_at < ?", Timestamp.from(query.to()));
        }
    }

    private static WriteOffReason writeOffReason(String value) {
        return value == null ? null : WriteOffReason.valueOf(value);
    }
}
