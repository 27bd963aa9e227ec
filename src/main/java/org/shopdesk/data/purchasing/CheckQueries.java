package org.shopdesk.data.purchasing;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.shopdesk.data.Db;
import org.shopdesk.data.FreshPlans;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.purchasing.CheckDetails;
import org.shopdesk.domain.purchasing.CheckLineRow;
import org.shopdesk.domain.purchasing.CheckPage;
import org.shopdesk.domain.purchasing.CheckQuery;
import org.shopdesk.domain.purchasing.CheckRow;
import org.shopdesk.domain.purchasing.CheckTotals;
import org.shopdesk.domain.purchasing.PurchaseKind;

/**
 * The history of checks over millions of rows. Pages are walked by check number, newest first
 * (keyset: {@code id < last shown}), so every page costs the same: the primary key read backwards
 * for the whole history or a period (numbers grow with time), the customer's or provider's
 * (id, time) indexes, a product's (product, check) index. The footer sums the same filtered set
 * in SQL.
 */
public final class CheckQueries {
    private static final String ROW = """
            SELECT p.id, p.purchased_at, p.kind, p.returns_id, p.customer_id,
                   c.name || coalesce(' ' || c.last_name, ''), p.provider_id, v.name, p.clerk, p.total, p.currency
              FROM purchase p JOIN customer c ON c.id = p.customer_id JOIN provider v ON v.id = p.provider_id""";

    public CheckPage page(Db db, CheckQuery q, Cancellation cancellation) throws SQLException {
        List<CheckRow> rows = FreshPlans.list(db, pageSql(q), CheckQueries::row, cancellation);
        boolean more = rows.size() > q.limit();
        return new CheckPage(more ? rows.subList(0, q.limit()) : rows, more);
    }

    /**
     * The footer. Filtered by period, provider, product and kind only, whole days already summed
     * for the charts (sales_day_provider, or per product sales_day_product_checks of V13: days
     * before sales_rollup.rolled_until in the shop's time zone) are read from the summary and only
     * the rest from the checks: the whole history's footer then reads two days of checks instead
     * of a million (a scan took 120-400 ms here), a best seller's two days instead of its 30,000
     * checks (250 ms). A customer or clerk filter sums the checks themselves.
     */
    public CheckTotals totals(Db db, CheckQuery q, Cancellation cancellation) throws SQLException {
        String[] rollup = summable(q) ? new SqlQuery().append("SELECT rolled_until, time_zone FROM sales_rollup")
                .list(db, rs -> new String[] {rs.getString(1), rs.getString(2)}).stream().findFirst().orElse(null) : null;
        SqlQuery sql = rollup == null ? totalsSql(q) : totalsSql(q, rollup[0], rollup[1]);
        return FreshPlans.list(db, sql, rs -> new CheckTotals(rs.getLong(1), rs.getLong(2), rs.getLong(3),
                rs.getBigDecimal(4), rs.getBigDecimal(5)), cancellation).get(0);
    }

    /** Whether the footer of this filter can read the summaries: a filter of period, provider, product and kind only. */
    public static boolean summable(CheckQuery q) {
        return q.customerId() == null && q.clerk() == null;
    }

    /** The footer's statement given the roll-up's state (sales_rollup): summed days from the summary. */
    public static SqlQuery totalsSql(CheckQuery q, String rolledUntil, String timeZone) {
        SummedSpan span = summable(q) ? SummedSpan.of(q, rolledUntil, timeZone) : null;
        return span == null ? totalsSql(q) : summedTotalsSql(q, span);
    }

    /**
     * Whole summed days inside the period, as dates [{@code lo}, {@code hi}) and instants
     * [{@code start}, {@code end}); {@code lo} and {@code start} null when the period has no start.
     */
    record SummedSpan(java.time.LocalDate lo, java.time.LocalDate hi, java.time.Instant start, java.time.Instant end) {
        /** Null when no whole summed day lies in the period (or the time zone is not one Java knows). */
        static SummedSpan of(CheckQuery q, String rolledUntil, String timeZone) {
            if (rolledUntil == null || rolledUntil.contains("infinity")) {
                return null;
            }
            java.time.ZoneId zone;
            try {
                zone = java.time.ZoneId.of(timeZone);
            } catch (java.time.DateTimeException e) {
                return null;
            }
            java.time.LocalDate hi = java.time.LocalDate.parse(rolledUntil);
            if (q.to() != null) {
                java.time.LocalDate toDay = q.to().atZone(zone).toLocalDate();
                hi = toDay.isBefore(hi) ? toDay : hi;
            }
            java.time.LocalDate lo = null;
            if (q.from() != null) {
                java.time.ZonedDateTime from = q.from().atZone(zone);
                lo = from.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) ? from.toLocalDate() : from.toLocalDate().plusDays(1);
                if (!hi.isAfter(lo)) {
                    return null;
                }
            }
            return new SummedSpan(lo, hi, lo == null ? null : lo.atStartOfDay(zone).toInstant(), hi.atStartOfDay(zone).toInstant());
        }
    }

    /**
     * The footer as the summed days plus the checks outside them: those of [from, start) and
     * [end, to), each read as a range of time (the time index) rather than as "not in the summed
     * days", which would walk all of a product's checks.
     */
    static SqlQuery summedTotalsSql(CheckQuery q, SummedSpan span) {
        boolean sales = q.kind() != PurchaseKind.RETURN;
        boolean returns = q.kind() != PurchaseKind.SALE;
        String summary = q.productId() == null ? "sales_day_provider" : "sales_day_product_checks";
        SqlQuery sql = new SqlQuery().append("""
                SELECT s.sales + l.sales + s.returns + l.returns, s.sales + l.sales, s.returns + l.returns,
                       (s.revenue + l.revenue) - (s.returned + l.returned),
                       CASE WHEN s.sales + l.sales > 0 THEN round((s.revenue + l.revenue) / (s.sales + l.sales), 2) END
                  FROM (SELECT %s AS sales, %s AS revenue, %s AS returns, %s AS returned
                          FROM %s d WHERE d.day < ?""".formatted(
                sales ? "coalesce(sum(d.checks), 0)" : "0", sales ? "coalesce(sum(d.revenue), 0)" : "0",
                returns ? "coalesce(sum(d.returns), 0)" : "0", returns ? "coalesce(sum(d.returned), 0)" : "0", summary),
                java.sql.Date.valueOf(span.hi()));
        if (span.lo() != null) {
            sql.append(" AND d.day >= ?", java.sql.Date.valueOf(span.lo()));
        }
        if (q.providerId() != null) {
            sql.append(" AND d.provider_id = ?", q.providerId());
        }
        if (q.productId() != null) {
            sql.append(" AND d.product_id = ?", q.productId());
        }
        sql.append(") s, (SELECT coalesce(sum(x.sales), 0) AS sales, coalesce(sum(x.revenue), 0) AS revenue, "
                + "coalesce(sum(x.returns), 0) AS returns, coalesce(sum(x.returned), 0) AS returned FROM (");
        liveRange(sql, q.withPeriod(span.end(), q.to()));
        if (span.start() != null && q.from().isBefore(span.start())) {
            sql.append(" UNION ALL ");
            liveRange(sql, q.withPeriod(q.from(), span.start()));
        }
        return sql.append(") x) l");
    }

    /** Sales and returns, count and sum, of the checks of one range of time (and the filter's other conditions). */
    private static void liveRange(SqlQuery sql, CheckQuery q) {
        sql.append("""
                SELECT count(*) FILTER (WHERE p.kind = 'SALE') AS sales,
                       coalesce(sum(p.total) FILTER (WHERE p.kind = 'SALE'), 0) AS revenue,
                       count(*) FILTER (WHERE p.kind = 'RETURN') AS returns,
                       coalesce(sum(p.total) FILTER (WHERE p.kind = 'RETURN'), 0) AS returned
                  FROM purchase p""");
        where(sql, q);
    }

    /** The page's statement (one row more than the page, to know whether another follows). */
    public static SqlQuery pageSql(CheckQuery q) {
        SqlQuery sql = new SqlQuery().append(ROW);
        where(sql, q);
        if (q.before() != null) {
            sql.append(" AND p.id < ?", q.before());
        }
        sql.append(" ORDER BY p.id DESC LIMIT ?", q.limit() + 1);
        return q.before() == null && q.offset() > 0 ? sql.append(" OFFSET ?", q.offset()) : sql;
    }

    /** The footer's statement: count, sales, returns, net revenue, average sale check. */
    public static SqlQuery totalsSql(CheckQuery q) {
        SqlQuery sql = new SqlQuery().append("""
                SELECT count(*), count(*) FILTER (WHERE p.kind = 'SALE'), count(*) FILTER (WHERE p.kind = 'RETURN'),
                       coalesce(sum(p.total) FILTER (WHERE p.kind = 'SALE'), 0)
                           - coalesce(sum(p.total) FILTER (WHERE p.kind = 'RETURN'), 0),
                       round(avg(p.total) FILTER (WHERE p.kind = 'SALE'), 2)
                  FROM purchase p""");
        where(sql, q);
        return sql;
    }

    private static void where(SqlQuery sql, CheckQuery q) {
        sql.append(" WHERE true");
        if (q.from() != null) {
            sql.append(" AND p.purchased_at >= ?", Timestamp.from(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND p.purchased_at < ?", Timestamp.from(q.to()));
        }
        if (q.customerId() != null) {
            sql.append(" AND p.customer_id = ?", q.customerId());
        }
        if (q.providerId() != null) {
            sql.append(" AND p.provider_id = ?", q.providerId());
        }
        if (q.clerk() != null) {
            sql.append(" AND p.clerk = ?", q.clerk());
        }
        if (q.productId() != null) {
            sql.append(" AND p.id IN (SELECT l.purchase_id FROM purchase_line l WHERE l.product_id = ?)", q.productId());
        }
        if (q.kind() == PurchaseKind.RETURN) {
            // Only returns point at a sale (V1's CHECK): lets the partial index on returns_id find them.
            sql.append(" AND p.kind = 'RETURN' AND p.returns_id IS NOT NULL");
        } else if (q.kind() == PurchaseKind.SALE) {
            sql.append(" AND p.kind = 'SALE'");
        }
    }

    private static CheckRow row(java.sql.ResultSet rs) throws SQLException {
        long returns = rs.getLong(4);
        Long returnsId = rs.wasNull() ? null : returns;
        return new CheckRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), PurchaseKind.valueOf(rs.getString(3)),
                returnsId, rs.getLong(5), rs.getString(6), rs.getLong(7), rs.getString(8), rs.getString(9),
                rs.getBigDecimal(10), rs.getString(11));
    }

    /**
     * A check with its lines (for a sale, with how many of each came back so far), the returns
     * made against it, the customer's contacts and the provider's INN. The INN is read from the
     * provider row as JSON so that this works before and after providers get their INN column
     * (the Suppliers migration); until then it is null.
     */
    public Optional<CheckDetails> details(Db db, long id) throws SQLException {
        List<CheckRow> head = new SqlQuery().append(ROW + " WHERE p.id = ?", id).list(db, CheckQueries::row);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        List<String[]> extra = new SqlQuery().append("""
                SELECT to_jsonb(v) ->> 'inn', k.email, k.phone
                  FROM purchase p JOIN provider v ON v.id = p.provider_id JOIN customer c ON c.id = p.customer_id
                  LEFT JOIN contacts k ON k.id = c.contact_id
                 WHERE p.id = ?""", id).list(db, rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
        List<CheckLineRow> lines = new SqlQuery().append("""
                SELECT l.product_id, pr.sku, pr.title, l.quantity, l.unit_price, l.line_total,
                       coalesce((SELECT sum(rl.quantity) FROM purchase r JOIN purchase_line rl ON rl.purchase_id = r.id
                                  WHERE r.returns_id = l.purchase_id AND rl.product_id = l.product_id
                                    AND rl.price_id = l.price_id), 0)
                  FROM purchase_line l JOIN products pr ON pr.id = l.product_id
                 WHERE l.purchase_id = ? ORDER BY l.id""", id).list(db, rs -> new CheckLineRow(rs.getLong(1),
                rs.getString(2), rs.getString(3), rs.getInt(4), rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getInt(7)));
        List<Long> returns = new SqlQuery().append("SELECT id FROM purchase WHERE returns_id = ? ORDER BY id", id)
                .list(db, rs -> rs.getLong(1));
        String[] e = extra.get(0);
        return Optional.of(new CheckDetails(head.get(0), e[0], e[1], e[2], lines, returns));
    }
}
