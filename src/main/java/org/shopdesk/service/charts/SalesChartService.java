package org.shopdesk.service.charts;

import java.time.LocalDate;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.charts.SalesQueries;
import org.shopdesk.domain.charts.SalesOverview;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;

/**
 * The managers' sales charts: by provider (revenue, checks, average check, against stock), by
 * producer, and over time. Past days come from the summary tables, which are brought up to
 * yesterday first; the rest is summed live.
 */
public final class SalesChartService {
    public static final String PERIOD = "period";
    /** Longer periods are a report, not a chart: they would also be slower to draw than to read. */
    public static final int MAX_DAYS = 3 * 366;

    private final Transactions tx;
    private final SalesQueries queries;

    public SalesChartService(Transactions tx, SalesQueries queries) {
        this.tx = tx;
        this.queries = queries;
    }

    /** The days [from, to) in the shop's time zone; refused if empty, reversed or longer than three years. */
    public SalesOverview overview(LocalDate from, LocalDate to) {
        if (from == null || to == null || !from.isBefore(to) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new ValidationException(Problem.of(PERIOD, "validation.period", MAX_DAYS));
        }
        bringSummariesUpToDate();
        return tx.snapshot(db -> {
            SalesQueries.Rollup r = queries.rollup(db);
            return new SalesOverview(from, to, queries.byProvider(db, r, from, to), queries.byProducer(db, r, from, to),
                    queries.byDay(db, r, from, to));
        });
    }

    /** One chart alone (a tab opened by itself): sales by provider in [from, to). */
    public java.util.List<org.shopdesk.domain.charts.ProviderSales> byProvider(LocalDate from, LocalDate to) {
        bringSummariesUpToDate();
        return tx.query(db -> queries.byProvider(db, queries.rollup(db), from, to));
    }

    public java.util.List<org.shopdesk.domain.charts.ProducerSales> byProducer(LocalDate from, LocalDate to) {
        bringSummariesUpToDate();
        return tx.query(db -> queries.byProducer(db, queries.rollup(db), from, to));
    }

    public java.util.List<org.shopdesk.domain.charts.DaySales> byDay(LocalDate from, LocalDate to) {
        bringSummariesUpToDate();
        return tx.query(db -> queries.byDay(db, queries.rollup(db), from, to));
    }

    /**
     * Sums the days that closed since the last look (once a day, typically one). Most looks find
     * nothing to do and only read; the summing is a short write that others wait for, not repeat.
     */
    private void bringSummariesUpToDate() {
        if (tx.query(queries::rollUpDue)) {
            tx.writeSql(queries::rollUp);
        }
    }

    /** The last {@code months} months up to and including today, in the shop's time zone. */
    public SalesOverview lastMonths(int months) {
        LocalDate today = tx.query(queries::today);
        return overview(today.plusDays(1).minusMonths(months), today.plusDays(1));
    }
}
