package org.shopdesk.data.charts;

import org.shopdesk.data.Db;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.charts.DaySales;
import org.shopdesk.domain.charts.ProducerSales;
import org.shopdesk.domain.charts.ProviderSales;

/**
 * The sales charts in SQL: summed days from the summary tables (V3), the days not summed yet
 * live from the checks, in one statement per chart (after one read of how far the summary goes). Public SQL so the benchmark runs the very
 * same statements over plain JDBC.
 */
public final class SalesQueries {
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

    public Rollup rollup(Db db) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement("SELECT CASE WHEN rolled_until = '-infinity' THEN NULL "
                + "ELSE rolled_until END, time_zone FROM sales_rollup");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            Date until = rs.getDate(1);
            return new Rollup(until == null ? null : until.toLocalDate(), rs.getString(2));
        }
    }

    /** Summed days in [from, end of summary) plus the live days [end of summary, to). */
    private static SqlQuery withDays(String sql, String table, String live, String columns, Rollup r,
                                     LocalDate from, LocalDate to) {
        Date summedEnd = Date.valueOf(r.summedEnd(from, to));
        return new SqlQuery().append("WITH days AS (SELECT " + columns + " FROM " + table
                        + " d WHERE d.day >= ? AND d.day < ? UNION ALL SELECT " + columns + " FROM " + live + "(?, ?, ?) d) " + sql,
                Date.valueOf(from), summedEnd, summedEnd, Date.valueOf(to), r.timeZone());
    }

    public static SqlQuery byProviderSql(Rollup r, LocalDate from, LocalDate to) {
        return withDays("""
                SELECT pv.id, pv.name, coalesce(sum(d.checks), 0) AS checks, coalesce(sum(d.revenue), 0) AS revenue,
                       coalesce(sum(d.returns), 0) AS returns, coalesce(sum(d.returned), 0) AS returned,
                       coalesce(sum(d.units), 0) AS units, coalesce(min(s.stock), 0) AS stock
                  FROM provider pv
                  LEFT JOIN days d ON d.provider_id = pv.id
                  LEFT JOIN (SELECT provider_id, sum(goods_balance) AS stock FROM stock_goods GROUP BY provider_id) s
                         ON s.provider_id = pv.id
                 GROUP BY pv.id, pv.name
                 ORDER BY revenue DESC, pv.name""", "sales_day_provider", "shopdesk_sales_by_provider",
                "d.day, d.provider_id, d.checks, d.revenue, d.returns, d.returned, d.units", r, from, to);
    }

    public static SqlQuery byProducerSql(Rollup r, LocalDate from, LocalDate to) {
        return withDays("""
                SELECT pr.id, pr.name, sum(d.units) AS units, sum(d.revenue) AS revenue
                  FROM days d JOIN producer pr ON pr.id = d.producer_id
                 GROUP BY pr.id, pr.name
                 ORDER BY revenue DESC, pr.name""", "sales_day_producer", "shopdesk_sales_by_producer",
                "d.day, d.producer_id, d.units, d.revenue", r, from, to);
    }

    public static SqlQuery byDaySql(Rollup r, LocalDate from, LocalDate to) {
        return withDays("""
                SELECT d.day, sum(d.checks) AS checks, sum(d.revenue) AS revenue, sum(d.returned) AS returned
                  FROM days d GROUP BY d.day ORDER BY d.day""", "sales_day_provider", "shopdesk_sales_by_provider",
                "d.day, d.provider_id, d.checks, d.revenue, d.returns, d.returned, d.units", r, from, to);
    }

    public List<ProviderSales> byProvider(Db db, Rollup r, LocalDate from, LocalDate to) throws SQLException {
        Connection c = db.connection();
        return byProviderSql(r, from, to).list(c, rs -> new ProviderSales(rs.getLong(1), rs.getString(2), rs.getLong(3),
                rs.getBigDecimal(4), rs.getLong(5), rs.getBigDecimal(6), rs.getLong(7), rs.getLong(8)));
    }

    public List<ProducerSales> byProducer(Db db, Rollup r, LocalDate from, LocalDate to) throws SQLException {
        Connection c = db.connection();
        return byProducerSql(r, from, to).list(c, rs -> new ProducerSales(rs.getLong(1), rs.getString(2), rs.getLong(3),
                rs.getBigDecimal(4)));
    }

    public List<DaySales> byDay(Db db, Rollup r, LocalDate from, LocalDate to) throws SQLException {
        Connection c = db.connection();
        return byDaySql(r, from, to).list(c, rs -> new DaySales(rs.getDate(1).toLocalDate(), rs.getLong(2),
                rs.getBigDecimal(3), rs.getBigDecimal(4)));
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
