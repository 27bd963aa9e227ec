package org.shopdesk.data.charts;

import java.sql.Date;
import java.time.LocalDate;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.charts.ChartFilter;

/**
 * Where a chart's rows come from, as SQL the chart statements wrap: the summary tables (V9) for
 * the summed days, the live functions for the days not summed yet, and the filters applied in
 * every branch so that the planner reads only the matching rows.
 *
 * <p>The row sources, each over the days [from, to):
 * <ul>
 * <li>{@link #providerDays}: (day, provider_id, currency, checks, revenue, returns, returned, units,
 *     returned_units). Without a category or producer filter straight from sales_day_provider;
 *     with one, money and units from the matching products' rows and the checks counted from
 *     the checks that have a matching line (a check is counted once however many lines match).
 * <li>{@link #productDays}: (day, product_id, provider_id, currency, units, revenue, returned_units,
 *     returned) from sales_day_product.
 * <li>{@link #productRows}: (product_id, provider_id, currency, units, net) net of returns, one row per
 *     offer: for a long period from the running totals ({@link OfferRunningTotals}), for a short one
 *     from sales_month_product for whole closed months and sales_day_product for the days around them.
 * <li>{@link #producerRows}: (producer_id, currency, units, net) net of returns.
 * </ul>
 */
final class SalesSources {
    private SalesSources() {
    }

    private static final String PRODUCT_COLUMNS = "d.product_id, d.provider_id, d.currency, d.units, d.revenue, "
            + "d.returned_units, d.returned";

    static void providerDays(SqlQuery q, SalesQueries.Rollup r, ChartFilter f, LocalDate from, LocalDate to) {
        LocalDate summedEnd = r.summedEnd(from, to);
        if (!f.byProducts()) {
            q.append("SELECT d.day, d.provider_id, d.currency, d.checks, d.revenue, d.returns, d.returned, d.units, "
                    + "d.returned_units FROM sales_day_provider d WHERE d.day >= ? AND d.day < ?", date(from), date(summedEnd));
            providerOnly(q, f, "d");
            q.append(" UNION ALL SELECT d.day, d.provider_id, d.currency, d.checks, d.revenue, d.returns, d.returned, d.units, "
                    + "d.returned_units FROM shopdesk_sales_by_provider(?, ?, ?) d WHERE true", date(summedEnd), date(to), r.timeZone());
            providerOnly(q, f, "d");
            return;
        }
        q.append("""
                SELECT coalesce(m.day, c.day) AS day, coalesce(m.provider_id, c.provider_id) AS provider_id,
                       coalesce(m.currency, c.currency) AS currency, coalesce(c.checks, 0) AS checks,
                       coalesce(m.revenue, 0.00) AS revenue, coalesce(c.returns, 0) AS returns, coalesce(m.returned, 0.00) AS returned,
                       coalesce(m.units, 0) AS units, coalesce(m.returned_units, 0) AS returned_units
                  FROM (SELECT d.day, d.provider_id, d.currency, sum(d.units) AS units, sum(d.revenue) AS revenue,
                               sum(d.returned_units) AS returned_units, sum(d.returned) AS returned
                          FROM (""");
        productDays(q, r, f, from, to);
        q.append(") d GROUP BY 1, 2, 3) m FULL JOIN (");
        matchingChecks(q, r, f, from, to);
        q.append(") c ON c.day = m.day AND c.provider_id = m.provider_id AND c.currency = m.currency");
    }

    /**
     * Sale and return checks with at least one line of the filter's products, per day, provider
     * and currency: read from the checks, found through the products' lines (a category's or a
     * producer's are a small part of all).
     */
    private static void matchingChecks(SqlQuery q, SalesQueries.Rollup r, ChartFilter f, LocalDate from, LocalDate to) {
        q.append("""
                SELECT (p.purchased_at AT TIME ZONE ?)::date AS day, p.provider_id, p.currency,
                       count(*) FILTER (WHERE p.kind = 'SALE') AS checks, count(*) FILTER (WHERE p.kind = 'RETURN') AS returns
                  FROM purchase p
                 WHERE p.purchased_at >= CAST(? AS date)::timestamp AT TIME ZONE ?
                   AND p.purchased_at < CAST(? AS date)::timestamp AT TIME ZONE ?
                   AND p.id IN (SELECT l.purchase_id FROM purchase_line l WHERE true""",
                r.timeZone(), date(from), r.timeZone(), date(to), r.timeZone());
        productsOnly(q, f, "l");
        q.append(")");
        providerOnly(q, f, "p");
        q.append(" GROUP BY 1, 2, 3");
    }

    static void productDays(SqlQuery q, SalesQueries.Rollup r, ChartFilter f, LocalDate from, LocalDate to) {
        LocalDate summedEnd = r.summedEnd(from, to);
        q.append("SELECT d.day, " + PRODUCT_COLUMNS + " FROM sales_day_product d WHERE d.day >= ? AND d.day < ?",
                date(from), date(summedEnd));
        filter(q, f, "d");
        q.append(" UNION ALL SELECT d.day, " + PRODUCT_COLUMNS + " FROM shopdesk_sales_by_product(?, ?, ?) d WHERE true",
                date(summedEnd), date(to), r.timeZone());
        filter(q, f, "d");
    }

    /**
     * A period this long or longer (its summed part, in days) is read from the running totals of
     * {@link OfferRunningTotals}: about 100,000 offers at scale 1, as many rows as 25 days of
     * sales_day_product.
     */
    static final int RUNNING_TOTALS_FROM_DAYS = 32;

    /**
     * Per offer: (product_id, provider_id, currency, units, net), units sold less returned and
     * revenue less returns, one row per offer with a sale or return in the days [from, to).
     */
    static void productRows(SqlQuery q, SalesQueries.Rollup r, ChartFilter f, LocalDate from, LocalDate to) {
        LocalDate summedEnd = r.summedEnd(from, to);
        if (summedEnd.toEpochDay() - from.toEpochDay() >= RUNNING_TOTALS_FROM_DAYS) {
            OfferRunningTotals.rows(q, r, f, from, summedEnd, to);
            return;
        }
        String columns = "d.product_id, d.provider_id, d.currency, d.units - d.returned_units AS units, d.revenue - d.returned AS net";
        q.append("SELECT d.product_id, d.provider_id, d.currency, sum(d.units)::bigint AS units, sum(d.net) AS net FROM (");
        byMonths(q, r, from, to, "SELECT " + columns + " FROM sales_month_product d WHERE d.month >= ? AND d.month < ?",
                "SELECT " + columns + " FROM sales_day_product d WHERE d.day >= ? AND d.day < ?",
                "SELECT " + columns + " FROM shopdesk_sales_by_product(?, ?, ?) d WHERE true", g -> filter(g, f, "d"));
        q.append(") d GROUP BY 1, 2, 3");
    }

    /** (producer_id, currency, units, net) rows of the days [from, to), several per producer. */
    static void producerRows(SqlQuery q, SalesQueries.Rollup r, ChartFilter f, LocalDate from, LocalDate to) {
        if (!f.byProducts() && f.providerId() == null) {
            String columns = "d.producer_id, d.currency, d.units - d.returned_units AS units, d.revenue - d.returned AS net";
            byMonths(q, r, from, to, "SELECT " + columns + " FROM sales_month_producer d WHERE d.month >= ? AND d.month < ?",
                    "SELECT " + columns + " FROM sales_day_producer d WHERE d.day >= ? AND d.day < ?",
                    "SELECT " + columns + " FROM shopdesk_sales_by_producer(?, ?, ?) d WHERE true", g -> { });
            return;
        }
        q.append("SELECT pr.producer_id, d.currency, d.units, d.net FROM (");
        productRows(q, r, f, from, to);
        q.append(") d JOIN products pr ON pr.id = d.product_id");
    }

    /**
     * The days [from, to) as whole closed months from {@code months}, the days around them from
     * {@code days}, and the days not summed yet from {@code live}; {@code filter} adds each
     * branch's conditions.
     */
    private static void byMonths(SqlQuery q, SalesQueries.Rollup r, LocalDate from, LocalDate to, String months, String days,
                                 String live, java.util.function.Consumer<SqlQuery> filter) {
        LocalDate summedEnd = r.summedEnd(from, to);
        LocalDate monthFrom = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        LocalDate monthTo = summedEnd.withDayOfMonth(1);
        if (monthFrom.isBefore(monthTo)) {
            q.append(months, date(monthFrom), date(monthTo));
            filter.accept(q);
            if (from.isBefore(monthFrom)) {
                q.append(" UNION ALL " + days, date(from), date(monthFrom));
                filter.accept(q);
            }
            if (monthTo.isBefore(summedEnd)) {
                q.append(" UNION ALL " + days, date(monthTo), date(summedEnd));
                filter.accept(q);
            }
        } else {
            q.append(days, date(from), date(summedEnd));
            filter.accept(q);
        }
        q.append(" UNION ALL " + live, date(summedEnd), date(to), r.timeZone());
        filter.accept(q);
    }

    /** The filter on rows with product_id and provider_id columns. */
    static void filter(SqlQuery q, ChartFilter f, String alias) {
        productsOnly(q, f, alias);
        providerOnly(q, f, alias);
    }

    private static void productsOnly(SqlQuery q, ChartFilter f, String alias) {
        if (!f.byProducts()) {
            return;
        }
        q.append(" AND " + alias + ".product_id IN (SELECT pf.id FROM products pf WHERE true");
        if (f.categoryId() != null) {
            q.append(" AND pf.category_id = ?", f.categoryId());
        }
        if (f.producerId() != null) {
            q.append(" AND pf.producer_id = ?", f.producerId());
        }
        q.append(")");
    }

    private static void providerOnly(SqlQuery q, ChartFilter f, String alias) {
        if (f.providerId() != null) {
            q.append(" AND " + alias + ".provider_id = ?", f.providerId());
        }
    }

    static Date date(LocalDate day) {
        return Date.valueOf(day);
    }
}
