package org.shopdesk.data.charts;

import static org.shopdesk.data.charts.SalesSources.date;

import java.time.LocalDate;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.charts.ChartFilter;

/**
 * A long period's sales per offer from the running totals of sales_offer_months (V14): what was
 * summed up to the period's end less what was summed up to its start, two array subscripts per
 * offer, with the days of a month cut by either edge from sales_day_product and the days not
 * summed yet from the checks.
 *
 * <p>The total up to a summed day d (the days before it) is taken from whichever month boundary
 * is nearer: the total at the end of the month before d plus the days of d's month before d, or
 * the total at the end of d's month (or at the end of the summed days, if they end in it) less
 * the days from d on. At a month's first day, or at the end of the summed days, no day rows are
 * read at all.
 */
final class OfferRunningTotals {
    private OfferRunningTotals() {
    }

    /** The month's number as sales_offer_months counts them. */
    static int monthOf(LocalDate day) {
        return day.getYear() * 12 + day.getMonthValue() - 1;
    }

    /** The total up to day d: the month element to read, and day rows to add (+1) or take away (-1). */
    private record Upto(int month, LocalDate daysFrom, LocalDate daysTo, int sign) {
        static Upto of(LocalDate d, LocalDate rolledUntil) {
            LocalDate monthStart = d.withDayOfMonth(1);
            LocalDate monthEnd = monthStart.plusMonths(1);
            LocalDate summedEnd = monthEnd.isAfter(rolledUntil) ? rolledUntil : monthEnd;
            long before = d.toEpochDay() - monthStart.toEpochDay();
            long after = summedEnd.toEpochDay() - d.toEpochDay();
            return after < before ? new Upto(monthOf(d), d, summedEnd, -1) : new Upto(monthOf(d) - 1, monthStart, d, 1);
        }
    }

    /**
     * Rows (product_id, provider_id, currency, units, net) of the days [from, to), one per offer
     * with a sale or return in them; [from, summedEnd) are summed days, the rest is read live.
     */
    static void rows(SqlQuery q, SalesQueries.Rollup r, ChartFilter f, LocalDate from, LocalDate summedEnd, LocalDate to) {
        Upto end = Upto.of(summedEnd, r.rolledUntil());
        Upto start = Upto.of(from, r.rolledUntil());
        q.append("""
                SELECT coalesce(o.product_id, e.product_id) AS product_id, coalesce(o.provider_id, e.provider_id) AS provider_id,
                       coalesce(o.currency, e.currency) AS currency, coalesce(o.units, 0) + coalesce(e.units, 0) AS units,
                       (coalesce(o.cents, 0) + coalesce(e.cents, 0)) * 0.01 AS net
                  FROM (SELECT m.product_id, m.provider_id, m.currency,
                """);
        q.append(at("units", end.month()) + " - " + at("units", start.month()) + " AS units, "
                + at("cents", end.month()) + " - " + at("cents", start.month()) + " AS cents, "
                + at("days", end.month()) + " - " + at("days", start.month()) + " AS days FROM sales_offer_months m WHERE true");
        SalesSources.filter(q, f, "m");
        q.append(") o FULL JOIN (SELECT x.product_id, x.provider_id, x.currency, sum(x.units)::bigint AS units, "
                + "sum(x.cents)::bigint AS cents, sum(x.days)::bigint AS days FROM (");
        days(q, f, end, 1);
        days(q, f, start, -1);
        q.append("SELECT d.product_id, d.provider_id, d.currency, d.units - d.returned_units AS units, "
                + "((d.revenue - d.returned) * 100)::bigint AS cents, 1 AS days FROM shopdesk_sales_by_product(?, ?, ?) d WHERE true",
                date(summedEnd), date(to), r.timeZone());
        SalesSources.filter(q, f, "d");
        q.append(") x GROUP BY 1, 2, 3) e ON e.product_id = o.product_id AND e.provider_id = o.provider_id "
                + "AND e.currency = o.currency WHERE coalesce(o.days, 0) + coalesce(e.days, 0) > 0");
    }

    /** An offer's running total {@code column} at the end of month {@code k} (0 before its first, its last after). */
    private static String at(String column, int k) {
        return "CASE WHEN " + k + " < m.first_month THEN 0 ELSE m." + column + "[least(" + k + " - m.first_month + 1, cardinality(m."
                + column + "))] END";
    }

    /** The day rows of {@code u}, if any, counted with {@code sign} (and again with the sign of u's own), then UNION ALL. */
    private static void days(SqlQuery q, ChartFilter f, Upto u, int sign) {
        if (!u.daysFrom().isBefore(u.daysTo())) {
            return;
        }
        int s = sign * u.sign();
        q.append("SELECT d.product_id, d.provider_id, d.currency, " + s + " * (d.units - d.returned_units) AS units, "
                + s + " * ((d.revenue - d.returned) * 100)::bigint AS cents, " + s + " AS days FROM sales_day_product d "
                + "WHERE d.day >= ? AND d.day < ?",
                date(u.daysFrom()), date(u.daysTo()));
        SalesSources.filter(q, f, "d");
        q.append(" UNION ALL ");
    }
}
