package org.shopdesk.app.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shopdesk.data.Db;
import org.shopdesk.data.charts.SalesQueries;
import org.shopdesk.service.charts.SalesChartService;

/**
 * The sales charts over the last twelve months: each chart through ShopDesk's service against
 * the same statements over plain JDBC, the whole chart area (one snapshot), and, once, what the
 * same charts cost summed from the raw checks without the summary tables.
 */
final class ChartBench {
    private final BenchContext ctx;
    private final SalesChartService charts;
    private final SalesQueries queries = new SalesQueries();
    private final LocalDate from;
    private final LocalDate to;

    ChartBench(BenchContext ctx) throws Exception {
        this.ctx = ctx;
        this.charts = ctx.backend().charts();
        // Brings the summaries up to yesterday (a no-op after datagen), outside the timings.
        LocalDate today = queries.today(Db.over(ctx.jdbc().connection()));
        this.to = today.plusDays(1);
        this.from = to.minusMonths(12);
        charts.overview(from, to);
    }

    List<BenchScenario> scenarios() {
        String period = from + " .. " + to.minusDays(1);
        List<BenchScenario> all = new ArrayList<>();
        all.add(compared("charts: by provider", period + ", revenue, checks, avg check, stock",
                () -> charts.byProvider(from, to), () -> plain(SalesQueries::byProviderSql)));
        all.add(compared("charts: by producer", period, () -> charts.byProducer(from, to),
                () -> plain(SalesQueries::byProducerSql)));
        all.add(compared("charts: by day", period, () -> charts.byDay(from, to), () -> plain(SalesQueries::byDaySql)));
        all.add(compared("charts: whole area", "the three in one snapshot, summaries refreshed first",
                () -> charts.overview(from, to), () -> {
                    plain(SalesQueries::byProviderSql);
                    plain(SalesQueries::byProducerSql);
                    plain(SalesQueries::byDaySql);
                }));
        all.add(new BenchScenario("charts: without summaries", runner -> withoutSummaries()));
        return all;
    }

    private interface Chart {
        org.shopdesk.data.SqlQuery sql(SalesQueries.Rollup r, LocalDate from, LocalDate to);
    }

    /** The same two statements ShopDesk runs for a chart: how far the summaries go, then the chart. */
    private void plain(Chart chart) throws Exception {
        SalesQueries.Rollup r = queries.rollup(Db.over(ctx.jdbc().connection()));
        ctx.jdbc().rows(chart.sql(r, from, to));
    }

    /** Once: the three charts summed from the raw checks (as if nothing were summarised). */
    private List<BenchResult> withoutSummaries() throws Exception {
        SalesQueries.Rollup r = queries.rollup(Db.over(ctx.jdbc().connection()));
        SalesQueries.Rollup none = new SalesQueries.Rollup(null, r.timeZone());
        double total = 0;
        for (Chart chart : new Chart[] {SalesQueries::byProviderSql, SalesQueries::byProducerSql, SalesQueries::byDaySql}) {
            total += BenchRunner.time(() -> ctx.jdbc().rows(chart.sql(none, from, to)));
        }
        return List.of(BenchResult.figure("charts: without summaries", "ms", total,
                "the three charts from raw checks and lines, one run, plain JDBC"));
    }

    private static BenchScenario compared(String name, String note, BenchScenario.Task shopDesk, BenchScenario.Task baseline) {
        return new BenchScenario(name, runner -> runner.compare(name, note, shopDesk, baseline));
    }
}
