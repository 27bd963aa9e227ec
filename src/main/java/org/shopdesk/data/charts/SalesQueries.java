package org.shopdesk.data.charts;

import static org.shopdesk.data.charts.SalesSources.date;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shopdesk.data.Db;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.charts.ChartFilter;
import org.shopdesk.domain.charts.FilterChoices;
import org.shopdesk.domain.charts.Granularity;
import org.shopdesk.domain.charts.Kpi;
import org.shopdesk.domain.charts.KpiFigures;
import org.shopdesk.domain.charts.ProducerSales;
import org.shopdesk.domain.charts.ProductSales;
import org.shopdesk.domain.charts.ProviderSales;
import org.shopdesk.domain.charts.TimePoint;

/**
 * The sales charts in SQL: one statement per chart over the sources of {@link SalesSources}
 * (summaries for summed days, live sums for the rest), every sum, rank, share and class computed
 * by PostgreSQL; Java only maps the rows. Public SQL so that the benchmark runs the very same
 * statements over plain JDBC. Money is numeric throughout and every figure is per currency.
 */
public final class SalesQueries {
    /** The best products of a producer shown when a producer's bar is opened. */
    public static final int TOP_PRODUCTS = 20;

    /**
     * How far the summary tables go (null: not at all yet) and the shop's time zone. Read first,
     * in the same snapshot, so that each chart statement gets its day ranges as constants the
     * planner can use (the time index for the live days).
     */
    public record Rollup(LocalDate rolledUntil, String timeZone) {
        LocalDate summedEnd(LocalDate from, LocalDate to) {
            return rolledUntil == null || rolledUntil.isBefore(from) ? from : rolledUntil.isAfter(to) ? to : rolledUntil;
        }
    }

    /**
     * Memory for the sums and sorts of one chart transaction. A year's sales per product and
     * provider are ~100,000 groups; at the default 4 MB the aggregate spills to disk. SET LOCAL:
     * it ends with the transaction and never reaches the pool's other users.
     */
    public static final String WORK_MEM = "SET LOCAL work_mem = '64MB'";

    /**
     * How far the summaries go, read at the start of a chart transaction, which it also gives the
     * memory of {@link #WORK_MEM} (in autocommit, as in the tests, that setting is a no-op).
     */
    public Rollup rollup(Db db) throws SQLException {
        Connection c = db.connection();
        try (java.sql.Statement st = c.createStatement()) {
            if (!c.getAutoCommit()) {
                st.execute(WORK_MEM);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT CASE WHEN rolled_until = '-infinity' THEN NULL "
                + "ELSE rolled_until END, time_zone FROM sales_rollup");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Date until = rs.getDate(1);
            return new Rollup(until == null ? null : until.toLocalDate(), rs.getString(2));
        }
    }

    /** Runs a chart statement; cancelling stops it on the server (a newer filter replaced it). */
    static <T> List<T> list(Db db, Cancellation cancel, SqlQuery q, SqlQuery.RowMapper<T> mapper) throws SQLException {
        return q.list(db.connection(), mapper, cancel);
    }

    /** {@code CASE WHEN b <> 0 THEN change of a against b in percent, 1 decimal END}. */
    private static String change(String a, String b) {
        return "CASE WHEN " + b + " <> 0 THEN round((" + a + " - " + b + ") * 100.0 / abs(" + b + "), 1) END";
    }

    public static SqlQuery kpiSql(Rollup r, ChartFilter f) {
        ChartFilter prev = f.previous();
        SqlQuery q = new SqlQuery().append("WITH f AS (");
        SalesSources.providerDays(q, r, f, prev.from(), f.to());
        Date from = date(f.from());
        q.append("""
                ), k AS (
                SELECT f.currency,
                       coalesce(sum(f.revenue) FILTER (WHERE f.day >= ?), 0.00) AS sales,
                       coalesce(sum(f.returned) FILTER (WHERE f.day >= ?), 0.00) AS returned,
                       coalesce(sum(f.checks) FILTER (WHERE f.day >= ?), 0)::bigint AS checks,
                       coalesce(sum(f.units - f.returned_units) FILTER (WHERE f.day >= ?), 0)::bigint AS units,
                       coalesce(sum(f.returns) FILTER (WHERE f.day >= ?), 0)::bigint AS returns,
                       coalesce(sum(f.revenue) FILTER (WHERE f.day < ?), 0.00) AS p_sales,
                       coalesce(sum(f.returned) FILTER (WHERE f.day < ?), 0.00) AS p_returned,
                       coalesce(sum(f.checks) FILTER (WHERE f.day < ?), 0)::bigint AS p_checks,
                       coalesce(sum(f.units - f.returned_units) FILTER (WHERE f.day < ?), 0)::bigint AS p_units,
                       coalesce(sum(f.returns) FILTER (WHERE f.day < ?), 0)::bigint AS p_returns
                  FROM f GROUP BY f.currency
                ), v AS (
                SELECT k.*, k.sales - k.returned AS net, k.p_sales - k.p_returned AS p_net,
                       CASE WHEN k.checks > 0 THEN round((k.sales - k.returned) / k.checks, 2) END AS avg_check,
                       CASE WHEN k.p_checks > 0 THEN round((k.p_sales - k.p_returned) / k.p_checks, 2) END AS p_avg_check
                  FROM k
                 UNION ALL
                SELECT NULL, 0.00, 0.00, 0, 0, 0, 0.00, 0.00, 0, 0, 0, 0.00, 0.00, NULL, NULL WHERE NOT EXISTS (SELECT 1 FROM k))
                SELECT currency, sales, returned, net, checks, avg_check, units, returns,
                       p_sales, p_returned, p_net, p_checks, p_avg_check, p_units, p_returns,
                """, from, from, from, from, from, from, from, from, from, from);
        q.append(change("net", "p_net") + ", " + change("checks", "p_checks") + ", " + change("avg_check", "p_avg_check")
                + ", " + change("units", "p_units") + ", " + change("returns", "p_returns") + " FROM v ORDER BY currency");
        return q;
    }

    public List<Kpi> kpi(Db db, Rollup r, ChartFilter f, Cancellation cancel) throws SQLException {
        return list(db, cancel, kpiSql(r, f), rs -> new Kpi(rs.getString(1),
                new KpiFigures(rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4), rs.getLong(5), rs.getBigDecimal(6),
                        rs.getLong(7), rs.getLong(8)),
                new KpiFigures(rs.getBigDecimal(9), rs.getBigDecimal(10), rs.getBigDecimal(11), rs.getLong(12),
                        rs.getBigDecimal(13), rs.getLong(14), rs.getLong(15)),
                rs.getBigDecimal(16), rs.getBigDecimal(17), rs.getBigDecimal(18), rs.getBigDecimal(19), rs.getBigDecimal(20)));
    }

    public static SqlQuery byProviderSql(Rollup r, ChartFilter f) {
        SqlQuery q = new SqlQuery().append("WITH f AS (");
        SalesSources.providerDays(q, r, f, f.from(), f.to());
        return q.append("""
                ), s AS (
                SELECT f.provider_id, f.currency, sum(f.revenue) - sum(f.returned) AS net, sum(f.checks)::bigint AS checks,
                       sum(f.units - f.returned_units)::bigint AS units, sum(f.returns)::bigint AS returns,
                       sum(f.returned) AS returned
                  FROM f GROUP BY 1, 2)
                SELECT s.provider_id, pv.name, s.currency, s.net,
                       rank() OVER (PARTITION BY s.currency ORDER BY s.net DESC)::int, s.checks,
                       rank() OVER (PARTITION BY s.currency ORDER BY s.checks DESC)::int,
                       CASE WHEN s.checks > 0 THEN round(s.net / s.checks, 2) END, s.units,
                       round(100 * s.net / nullif(sum(s.net) OVER (PARTITION BY s.currency), 0), 2), s.returns, s.returned
                  FROM s JOIN provider pv ON pv.id = s.provider_id
                 ORDER BY s.currency, s.net DESC, pv.name, s.provider_id""");
    }

    public List<ProviderSales> byProvider(Db db, Rollup r, ChartFilter f, Cancellation cancel) throws SQLException {
        return list(db, cancel, byProviderSql(r, f), rs -> new ProviderSales(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getBigDecimal(4), rs.getInt(5), rs.getLong(6), rs.getInt(7), rs.getBigDecimal(8), rs.getLong(9),
                rs.getBigDecimal(10), rs.getLong(11), rs.getBigDecimal(12)));
    }

    public static SqlQuery byProducerSql(Rollup r, ChartFilter f) {
        SqlQuery q = new SqlQuery().append("WITH f AS (");
        SalesSources.producerRows(q, r, f, f.from(), f.to());
        return q.append("""
                ), s AS (
                SELECT f.producer_id, f.currency, sum(f.net) AS net, sum(f.units)::bigint AS units
                  FROM f GROUP BY 1, 2)
                SELECT s.producer_id, pr.name, s.currency, s.net,
                       rank() OVER (PARTITION BY s.currency ORDER BY s.net DESC)::int, s.units,
                       rank() OVER (PARTITION BY s.currency ORDER BY s.units DESC)::int,
                       round(100 * s.net / nullif(sum(s.net) OVER (PARTITION BY s.currency), 0), 2)
                  FROM s JOIN producer pr ON pr.id = s.producer_id
                 ORDER BY s.currency, s.net DESC, pr.name, s.producer_id""");
    }

    public List<ProducerSales> byProducer(Db db, Rollup r, ChartFilter f, Cancellation cancel) throws SQLException {
        return list(db, cancel, byProducerSql(r, f), rs -> new ProducerSales(rs.getLong(1), rs.getString(2), rs.getString(3),
                rs.getBigDecimal(4), rs.getInt(5), rs.getLong(6), rs.getInt(7), rs.getBigDecimal(8)));
    }

    /** A producer's best products (drill-down from its bar): the filter's other conditions stay. */
    public static SqlQuery topProductsSql(Rollup r, ChartFilter f, long producerId, int limit) {
        SqlQuery q = new SqlQuery().append("WITH f AS (");
        SalesSources.productRows(q, r, f.withProducer(producerId), f.from(), f.to());
        return q.append("""
                ), s AS (
                SELECT f.product_id, f.currency, sum(f.net) AS net, sum(f.units)::bigint AS units
                  FROM f GROUP BY 1, 2
                ), t AS (
                SELECT s.*, rank() OVER (PARTITION BY s.currency ORDER BY s.net DESC) AS rank,
                       round(100 * s.net / nullif(sum(s.net) OVER (PARTITION BY s.currency), 0), 2) AS share
                  FROM s)
                SELECT t.product_id, p.sku, p.title, t.currency, t.net, t.rank::int, t.units, t.share
                  FROM t JOIN products p ON p.id = t.product_id
                 WHERE t.rank <= ?
                 ORDER BY t.currency, t.net DESC, p.title, t.product_id""", limit);
    }

    public List<ProductSales> topProducts(Db db, Rollup r, ChartFilter f, long producerId, Cancellation cancel) throws SQLException {
        return list(db, cancel, topProductsSql(r, f, producerId, TOP_PRODUCTS), rs -> new ProductSales(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getBigDecimal(5), rs.getInt(6), rs.getLong(7), rs.getBigDecimal(8)));
    }

    /** Step index of a day counted from {@code start} (an SQL date expression). */
    private static String step(Granularity g, String day, String start) {
        return switch (g) {
            case DAY -> "(" + day + " - " + start + ")";
            case WEEK -> "((" + day + " - " + start + ") / 7)";
            case MONTH -> "((extract(year FROM " + day + ") * 12 + extract(month FROM " + day + "))::int - (extract(year FROM "
                    + start + ") * 12 + extract(month FROM " + start + "))::int)";
        };
    }

    /** First day of step {@code idx} counted from {@code start}. */
    private static String stepStart(Granularity g, String start, String idx) {
        return switch (g) {
            case DAY -> "(" + start + " + " + idx + ")";
            case WEEK -> "(" + start + " + 7 * " + idx + ")";
            case MONTH -> "greatest(" + start + ", (date_trunc('month', " + start + "::timestamp) + make_interval(months => "
                    + idx + "))::date)";
        };
    }

    public static SqlQuery overTimeSql(Rollup r, ChartFilter f, Granularity g) {
        ChartFilter prev = f.previous();
        SqlQuery q = new SqlQuery().append("WITH z AS (SELECT CAST(? AS date) AS cur_from, CAST(? AS date) AS prev_from), f AS (",
                date(f.from()), date(prev.from()));
        SalesSources.providerDays(q, r, f, prev.from(), f.to());
        String start = "CASE WHEN f.day >= z.cur_from THEN z.cur_from ELSE z.prev_from END";
        q.append("), p AS (SELECT f.currency, f.day >= z.cur_from AS cur, " + step(g, "f.day", start) + " AS idx, "
                + "sum(f.revenue) - sum(f.returned) AS net, sum(f.checks)::bigint AS checks FROM f CROSS JOIN z GROUP BY 1, 2, 3"
                + "), c AS (SELECT DISTINCT p.currency FROM p UNION ALL SELECT NULL WHERE NOT EXISTS (SELECT 1 FROM p)"
                + "), s AS (SELECT generate_series(0, ? - 1) AS idx)", g.steps(f.from(), f.to()));
        q.append(" SELECT s.idx, " + stepStart(g, "z.cur_from", "s.idx") + ", " + stepStart(g, "z.prev_from", "s.idx") + """
                , c.currency, coalesce(x.net, 0.00), coalesce(x.checks, 0), coalesce(y.net, 0.00), coalesce(y.checks, 0)
                  FROM s CROSS JOIN c CROSS JOIN z
                  LEFT JOIN p x ON x.cur AND x.idx = s.idx AND x.currency IS NOT DISTINCT FROM c.currency
                  LEFT JOIN p y ON NOT y.cur AND y.idx = s.idx AND y.currency IS NOT DISTINCT FROM c.currency
                 ORDER BY c.currency, s.idx""");
        return q;
    }

    public List<TimePoint> overTime(Db db, Rollup r, ChartFilter f, Granularity g, Cancellation cancel) throws SQLException {
        return list(db, cancel, overTimeSql(r, f, g), rs -> new TimePoint(rs.getInt(1), rs.getDate(2).toLocalDate(),
                rs.getDate(3).toLocalDate(), rs.getString(4), rs.getBigDecimal(5), rs.getLong(6), rs.getBigDecimal(7),
                rs.getLong(8)));
    }

    /** Categories, producers and providers to filter by, each by name. */
    public FilterChoices choices(Db db) throws SQLException {
        List<FilterChoices.Choice> categories = new ArrayList<>();
        List<FilterChoices.Choice> producers = new ArrayList<>();
        List<FilterChoices.Choice> providers = new ArrayList<>();
        new SqlQuery().append("""
                SELECT 1, id, name FROM category UNION ALL SELECT 2, id, name FROM producer
                 UNION ALL SELECT 3, id, name FROM provider ORDER BY 1, 3, 2""").list(db, rs -> {
            FilterChoices.Choice c = new FilterChoices.Choice(rs.getLong(2), rs.getString(3));
            (rs.getInt(1) == 1 ? categories : rs.getInt(1) == 2 ? producers : providers).add(c);
            return c;
        });
        return new FilterChoices(categories, producers, providers);
    }

    /**
     * Sums the days before yesterday (in the shop's time zone) that are not summed yet; yesterday
     * and today stay live, open to checks still arriving. Returns the rows added.
     */
    public int rollUp(Db db) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT shopdesk_roll_up_sales(((now() AT TIME ZONE time_zone)::date - 1)) FROM sales_rollup");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Whether a day before yesterday is not summed yet: a plain read, so a look that finds none writes nothing. */
    public boolean rollUpDue(Db db) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT rolled_until < (now() AT TIME ZONE time_zone)::date - 1 FROM sales_rollup");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Today in the shop's time zone. */
    public LocalDate today(Db db) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement("SELECT (now() AT TIME ZONE time_zone)::date FROM sales_rollup");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getDate(1).toLocalDate();
        }
    }
}
