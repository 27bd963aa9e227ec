package org.shopdesk.data.suppliers;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.shopdesk.data.Db;
import org.shopdesk.data.FreshPlans;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.party.ProviderCheck;
import org.shopdesk.domain.party.ProviderOffer;
import org.shopdesk.domain.party.ProviderQuery;
import org.shopdesk.domain.party.ProviderRow;
import org.shopdesk.domain.party.ProviderStock;
import org.shopdesk.domain.party.ProviderTabQuery;
import org.shopdesk.domain.purchasing.PurchaseKind;

/**
 * The providers list and the provider's read-only tabs, in SQL. The list's stock figures are
 * kept summed per provider with the changes since added by the reader (V12), its sales of the
 * last 30 days from the charts' daily summaries plus the days not summed yet, live from the
 * checks.
 */
public final class ProviderQueries {
    /** Sales figures cover today and the days before it: 30 shop days in all. */
    public static final int SALES_DAYS = 30;

    /**
     * Where the summaries end and what day it is, in the shop's time zone: read first so that the
     * list's statement gets them as constants (the time index then finds the live checks).
     */
    public record SalesWindow(LocalDate from, LocalDate summedEnd, String timeZone) {
    }

    /** The last sum of the stock figures (V12's provider_figures_mark): its last journal row and its moment, as text. */
    public record FiguresMark(long journalId, String summedAt) {
    }

    public FiguresMark figuresMark(Db db) throws SQLException {
        return new SqlQuery().append("SELECT journal_id, summed_at::text FROM provider_figures_mark")
                .list(db, rs -> new FiguresMark(rs.getLong(1), rs.getString(2))).stream().findFirst()
                .orElse(new FiguresMark(0, "-infinity"));
    }

    public SalesWindow salesWindow(Db db) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT (now() AT TIME ZONE time_zone)::date,
                       CASE WHEN rolled_until = '-infinity' THEN NULL ELSE rolled_until END, time_zone
                  FROM sales_rollup""");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            LocalDate from = rs.getDate(1).toLocalDate().minusDays(SALES_DAYS - 1L);
            Date rolled = rs.getDate(2);
            LocalDate summedEnd = rolled == null || rolled.toLocalDate().isBefore(from) ? from : rolled.toLocalDate();
            return new SalesWindow(from, summedEnd, rs.getString(3));
        }
    }

    public Page<ProviderRow> page(Db db, ProviderQuery query) throws SQLException {
        return page(db, query, Cancellation.none());
    }

    /** A page; cancelling (a newer search replaced it) stops whichever of its statements is running. */
    public Page<ProviderRow> page(Db db, ProviderQuery query, Cancellation cancellation) throws SQLException {
        Connection c = db.connection();
        SalesWindow window = salesWindow(db);
        // The mark is read before the page, in its own statement. A fold committed in between only
        // makes the changed offers a superset: each is counted against the sum the page's own
        // snapshot sees (now less what that sum has), so an offer folded meanwhile adds nothing.
        List<ProviderRow> rows = FreshPlans.list(db, pageSql(query, window, figuresMark(db)), rs -> new ProviderRow(
                rs.getLong("id"), rs.getString("name"), rs.getString("legal_name"), rs.getString("inn"),
                rs.getBoolean("archived"), rs.getLong("offers"), rs.getLong("units"), rs.getBigDecimal("stock_value"),
                rs.getLong("checks"), rs.getBigDecimal("revenue"), rs.getBigDecimal("average_check"),
                instant(rs.getTimestamp("last_price_change"))), cancellation);
        return new Page<>(rows, total(c, rows.size(), query.offset(), query.limit(), countSql(query), cancellation),
                query.offset(), query.limit());
    }

    /**
     * The list's statement, public so the benchmark runs the very same SQL over plain JDBC. Stock
     * figures are the provider's last sum (V12's provider_figures) plus the offers changed since
     * (provider_figures_changed: a few hundred at most, see {@link #figuresDue}), sales the 30
     * days' summaries plus the days not summed yet. Planned for the mark's values every time
     * (FreshPlans): a generic plan would guess a third of the journal changed.
     */
    public static SqlQuery pageSql(ProviderQuery query, SalesWindow w, FiguresMark mark) {
        SqlQuery sql = new SqlQuery().append("WITH pv AS (SELECT v.id, v.name, v.legal_name, v.inn, v.archived FROM provider v");
        where(sql, query);
        sql.append("""
                ),
                changed AS MATERIALIZED (SELECT c.provider_id, sum(c.offered::int - c.was_offered::int) AS offers,
                                                sum(c.units - c.was_units) AS units, sum(c.stock_value - c.was_stock_value) AS stock_value
                                           FROM provider_figures_changed(?, CAST(? AS timestamptz)) c GROUP BY c.provider_id),
                summed AS MATERIALIZED (SELECT provider_id, sum(checks) AS checks, sum(revenue) AS revenue FROM sales_day_provider
                            WHERE day >= ? AND day < ? GROUP BY provider_id)
                SELECT pv.id, pv.name, pv.legal_name, pv.inn, pv.archived,
                       coalesce(f.offers, 0) + coalesce(ch.offers, 0) AS offers,
                       coalesce(f.units, 0) + coalesce(ch.units, 0) AS units,
                       coalesce(f.stock_value, 0) + coalesce(ch.stock_value, 0) AS stock_value, s.checks, s.revenue,
                       round(s.revenue / nullif(s.checks, 0), 2) AS average_check,
                       (SELECT max(valid_from) FROM price WHERE provider_id = pv.id) AS last_price_change
                  FROM pv
                  LEFT JOIN provider_figures f ON f.provider_id = pv.id
                  LEFT JOIN changed ch ON ch.provider_id = pv.id
                  LEFT JOIN summed d ON d.provider_id = pv.id
                  -- The days not summed yet, down the provider's own time index: a few hundred checks
                  -- each, where the time index alone would read every check of those days.
                  CROSS JOIN LATERAL (SELECT coalesce(d.checks, 0) + count(*) AS checks,
                                             coalesce(d.revenue, 0) + coalesce(sum(p.total), 0) AS revenue
                                        FROM purchase p
                                       WHERE p.provider_id = pv.id AND p.kind = 'SALE'
                                         AND p.purchased_at >= (?::date)::timestamp AT TIME ZONE ?) s
                """, mark.journalId(), mark.summedAt(), Date.valueOf(w.from()), Date.valueOf(w.summedEnd()),
                Date.valueOf(w.summedEnd()), w.timeZone());
        sql.append(" ORDER BY " + orderBy(query) + " LIMIT ? OFFSET ?", query.limit(), query.offset());
        return sql;
    }

    /** Offers changed since the last sum beyond which the list folds them in first (tens of ms to read). */
    public static final int FOLD_AFTER = 500;

    /**
     * Whether the stock figures' changes have grown enough to fold them into the sum: journal rows
     * or written prices beyond {@link #FOLD_AFTER}, or a sum older than a day (prices begin and
     * end by the passing of time too). A plain read; most looks find nothing to do.
     */
    public boolean figuresDue(Db db) throws SQLException {
        return new SqlQuery().append("""
                SELECT coalesce((SELECT max(id) FROM stock_movement), 0) - m.journal_id > ?
                       OR (SELECT count(*) FROM (SELECT 1 FROM provider_figures_touched LIMIT ?) x) > ?
                       OR m.summed_at < now() - interval '1 day'
                  FROM provider_figures_mark m""", FOLD_AFTER, FOLD_AFTER + 1, FOLD_AFTER)
                .list(db, rs -> rs.getBoolean(1)).stream().findFirst().orElse(true);
    }

    /** Folds the changes into the sum (V12's shopdesk_sum_provider_figures); returns the offers folded. */
    public int foldFigures(Db db) throws SQLException {
        return new SqlQuery().append("SELECT shopdesk_sum_provider_figures()").list(db, rs -> rs.getInt(1)).get(0);
    }

    public static SqlQuery countSql(ProviderQuery query) {
        SqlQuery sql = new SqlQuery().append("SELECT count(*) FROM provider v");
        where(sql, query);
        return sql;
    }

    private static void where(SqlQuery sql, ProviderQuery query) {
        sql.append(" WHERE true");
        switch (query.status()) {
            case ACTIVE -> sql.append(" AND NOT v.archived");
            case ARCHIVED -> sql.append(" AND v.archived");
            case ALL -> { }
        }
        if (!query.text().isEmpty()) {
            String like = "%" + SqlQuery.likeEscape(query.text()) + "%";
            // Any part of the name or the legal name; INN digits as typed, blanks between groups ignored.
            String digits = SqlQuery.likeEscape(query.text().replaceAll("\\s+", ""));
            sql.append(" AND (v.name ILIKE ? OR v.legal_name ILIKE ? OR v.inn LIKE ?)", like, like, "%" + digits + "%");
        }
    }

    /**
     * Every order ends on the name (A to Z among equal figures) and the id, so pages never
     * overlap; empty figures sort last either way.
     */
    private static String orderBy(ProviderQuery query) {
        String dir = query.descending() ? " DESC" : "";
        if (query.sort() == org.shopdesk.domain.party.ProviderSort.NAME) {
            return "lower(pv.name)" + dir + ", pv.id" + dir;
        }
        String column = switch (query.sort()) {
            case NAME -> "lower(pv.name)";
            case INN -> "pv.inn";
            case OFFERS -> "offers";
            case UNITS -> "units";
            case STOCK_VALUE -> "stock_value";
            case CHECKS -> "checks";
            case REVENUE -> "revenue";
            case AVERAGE_CHECK -> "average_check";
            case LAST_PRICE_CHANGE -> "last_price_change";
        };
        return column + dir + " NULLS LAST, lower(pv.name), pv.id";
    }

    /**
     * The provider's current offers by product title: price, since when, and its stock. Current
     * is valid now, as in the list: a change scheduled for later shows from its moment.
     */
    public Page<ProviderOffer> offers(Db db, ProviderTabQuery q, Cancellation cancellation) throws SQLException {
        Connection c = db.connection();
        List<ProviderOffer> rows = new SqlQuery().append("""
                SELECT p.product_id, pr.sku, pr.title, p.value, p.currency, p.valid_from,
                       coalesce(g.goods_balance, 0) AS stock
                  FROM price p
                  JOIN products pr ON pr.id = p.product_id
                  LEFT JOIN stock_goods g ON g.product_id = p.product_id AND g.provider_id = p.provider_id
                 WHERE p.provider_id = ? AND p.valid_from <= now() AND (p.valid_to IS NULL OR p.valid_to > now())
                 ORDER BY pr.title, pr.id LIMIT ? OFFSET ?""", q.providerId(), q.limit(), q.offset())
                .list(c, rs -> new ProviderOffer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
                        rs.getString(5), instant(rs.getTimestamp(6)), rs.getLong(7)), cancellation);
        return new Page<>(rows, total(c, rows.size(), q.offset(), q.limit(), new SqlQuery().append(
                "SELECT count(*) FROM price WHERE provider_id = ? AND valid_from <= now() AND (valid_to IS NULL OR valid_to > now())",
                q.providerId()), cancellation), q.offset(), q.limit());
    }

    /** The provider's stock by product title: balance, current price and value, last change. */
    public Page<ProviderStock> stock(Db db, ProviderTabQuery q, Cancellation cancellation) throws SQLException {
        Connection c = db.connection();
        List<ProviderStock> rows = new SqlQuery().append("""
                SELECT g.product_id, pr.sku, pr.title, g.goods_balance, p.value, g.goods_balance * p.value, g.updated_at
                  FROM stock_goods g
                  JOIN products pr ON pr.id = g.product_id
                  LEFT JOIN price p ON p.product_id = g.product_id AND p.provider_id = g.provider_id
                                   AND p.valid_from <= now() AND (p.valid_to IS NULL OR p.valid_to > now())
                 WHERE g.provider_id = ?
                 ORDER BY pr.title, pr.id LIMIT ? OFFSET ?""", q.providerId(), q.limit(), q.offset())
                .list(c, rs -> new ProviderStock(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getBigDecimal(5), rs.getBigDecimal(6), instant(rs.getTimestamp(7))), cancellation);
        return new Page<>(rows, total(c, rows.size(), q.offset(), q.limit(), new SqlQuery().append(
                "SELECT count(*) FROM stock_goods WHERE provider_id = ?", q.providerId()), cancellation), q.offset(), q.limit());
    }

    /**
     * The provider's checks, newest first: only the page's checks are read (down the provider's
     * time index), then their customers and lines.
     */
    public Page<ProviderCheck> sales(Db db, ProviderTabQuery q, Cancellation cancellation) throws SQLException {
        Connection c = db.connection();
        List<ProviderCheck> rows = new SqlQuery().append("""
                SELECT c.id, c.purchased_at, c.kind, btrim(cu.name || ' ' || coalesce(cu.last_name, '')) AS customer,
                       l.lines, l.units, c.total, c.currency, c.clerk
                  FROM (SELECT id, purchased_at, kind, customer_id, total, currency, clerk FROM purchase
                         WHERE provider_id = ? ORDER BY purchased_at DESC, id DESC LIMIT ? OFFSET ?) c
                  JOIN customer cu ON cu.id = c.customer_id
                  LEFT JOIN LATERAL (SELECT count(*) AS lines, coalesce(sum(quantity), 0) AS units
                                       FROM purchase_line WHERE purchase_id = c.id) l ON true
                 ORDER BY c.purchased_at DESC, c.id DESC""", q.providerId(), q.limit(), q.offset())
                .list(c, rs -> new ProviderCheck(rs.getLong(1), instant(rs.getTimestamp(2)),
                        PurchaseKind.valueOf(rs.getString(3)), rs.getString(4), rs.getInt(5), rs.getLong(6),
                        rs.getBigDecimal(7), rs.getString(8), rs.getString(9)), cancellation);
        return new Page<>(rows, total(c, rows.size(), q.offset(), q.limit(), new SqlQuery().append(
                "SELECT count(*) FROM purchase WHERE provider_id = ?", q.providerId()), cancellation), q.offset(), q.limit());
    }

    /** A short page tells the total by itself; only a full (or overshot) page needs the count. */
    private static long total(Connection c, int rows, int offset, int limit, SqlQuery count, Cancellation cancellation)
            throws SQLException {
        if (rows > 0 && rows < limit) {
            return offset + (long) rows;
        }
        if (rows == 0 && offset == 0) {
            return 0;
        }
        return count.count(c, cancellation);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
