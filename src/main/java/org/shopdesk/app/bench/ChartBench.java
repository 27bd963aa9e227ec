package org.shopdesk.app.bench;

import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.shopdesk.data.Db;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.data.charts.StockCoverQueries;
import org.shopdesk.data.charts.SalesQueries;
import org.shopdesk.domain.charts.ChartFilter;
import org.shopdesk.domain.charts.Granularity;
import org.shopdesk.domain.charts.ProducerSales;
import org.shopdesk.service.charts.SalesChartService;

/**
 * The Charts area over the last twelve months: each chart through ShopDesk's service against the
 * same statements over plain JDBC, the whole area (every chart in one snapshot), the same
 * filtered by the busiest category, and, once, what the charts cost summed from the raw checks
 * without the summary tables.
 */
final class ChartBench {
    private final BenchContext ctx;
    private final SalesChartService charts;
    private final SalesQueries queries = new SalesQueries();
    private final ChartFilter year;
    private final ChartFilter category;
    private final long topProducer;

    ChartBench(BenchContext ctx) throws Exception {
        this.ctx = ctx;
        this.charts = ctx.backend().charts();
        LocalDate today = queries.today(Db.over(ctx.jdbc().connection()));
        this.year = ChartFilter.period(today.plusDays(1).minusMonths(12), today.plusDays(1));
        // Brings the summaries up to yesterday (a no-op after datagen), outside the timings.
        List<ProducerSales> producers = charts.byProducer(year);
        this.topProducer = producers.isEmpty() ? 0 : producers.get(0).producerId();
        this.category = new ChartFilter(year.from(), year.to(), busiestCategory(), null, null);
    }

    private Long busiestCategory() throws Exception {
        try (var st = ctx.jdbc().connection().createStatement();
             var rs = st.executeQuery("SELECT category_id FROM products GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1")) {
            return rs.next() ? rs.getLong(1) : null;
        }
    }

    List<BenchScenario> scenarios() {
        String period = year.from() + " .. " + year.to().minusDays(1);
        List<BenchScenario> all = new ArrayList<>();
        all.add(compared("charts: KPI tiles", period + " and the 12 months before",
                () -> charts.kpi(year), () -> plain(r -> SalesQueries.kpiSql(r, year))));
        all.add(compared("charts: by provider", period, () -> charts.byProvider(year),
                () -> plain(r -> SalesQueries.byProviderSql(r, year))));
        all.add(compared("charts: by producer", period, () -> charts.byProducer(year),
                () -> plain(r -> SalesQueries.byProducerSql(r, year))));
        all.add(compared("charts: a producer's top products", "the best producer's top " + SalesQueries.TOP_PRODUCTS,
                () -> charts.topProducts(year, topProducer),
                () -> plain(r -> SalesQueries.topProductsSql(r, year, topProducer, SalesQueries.TOP_PRODUCTS))));
        all.add(compared("charts: stock cover", "every offer's stock against its units sold",
                () -> charts.stockCover(year), () -> plain(r -> StockCoverQueries.stockCoverSql(r, year))));
        all.add(compared("charts: ABC of products", period, () -> charts.abcProducts(year),
                () -> plain(r -> StockCoverQueries.abcProductsSql(r, year))));
        all.add(compared("charts: ABC of providers", period, () -> charts.abcProviders(year),
                () -> plain(r -> StockCoverQueries.abcProvidersSql(r, year))));
        all.add(compared("charts: over time, by day", "with the previous 12 months aligned",
                () -> charts.overTime(year, Granularity.DAY), () -> plain(r -> SalesQueries.overTimeSql(r, year, Granularity.DAY))));
        all.add(compared("charts: whole area", "every chart above but the top products, one snapshot",
                () -> charts.overview(year, Granularity.DAY), () -> area(year)));
        all.add(compared("charts: whole area, one category", "the category with most products",
                () -> charts.overview(category, Granularity.DAY), () -> area(category)));
        all.add(new BenchScenario("charts: without summaries", runner -> withoutSummaries()));
        return all;
    }

    private interface Chart {
        SqlQuery sql(SalesQueries.Rollup r);
    }

    /** What ShopDesk runs for a chart: one read-only snapshot, how far the summaries go, then the chart. */
    private void plain(Chart chart) throws Exception {
        snapshot(List.of(chart));
    }

    /** What the overview runs, statement by statement, in one snapshot with one read of the summaries' end. */
    private void area(ChartFilter f) throws Exception {
        snapshot(charts(f));
    }

    private void snapshot(List<Chart> charts) throws Exception {
        Connection c = ctx.jdbc().connection();
        c.setAutoCommit(false);
        c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
        c.setReadOnly(true);
        try {
            SalesQueries.Rollup r = queries.rollup(Db.over(c));
            for (Chart chart : charts) {
                ctx.jdbc().rows(chart.sql(r));
            }
            c.commit();
        } finally {
            c.rollback();
            c.setReadOnly(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setAutoCommit(true);
        }
    }

    private static List<Chart> charts(ChartFilter f) {
        return List.of(r -> SalesQueries.kpiSql(r, f), r -> SalesQueries.byProviderSql(r, f), r -> SalesQueries.byProducerSql(r, f),
                r -> StockCoverQueries.coverAndAbcSql(r, f), r -> StockCoverQueries.abcProvidersSql(r, f),
                r -> SalesQueries.overTimeSql(r, f, Granularity.DAY));
    }

    /** Once: the whole area summed from the raw checks (as if nothing were summarised). */
    private List<BenchResult> withoutSummaries() throws Exception {
        SalesQueries.Rollup r = queries.rollup(Db.over(ctx.jdbc().connection()));
        try (var st = ctx.jdbc().connection().createStatement()) {
            st.execute("SET work_mem = '64MB'");
        }
        SalesQueries.Rollup none = new SalesQueries.Rollup(null, r.timeZone());
        double total = 0;
        for (Chart chart : charts(year)) {
            total += BenchRunner.time(() -> ctx.jdbc().rows(chart.sql(none)));
        }
        try (var st = ctx.jdbc().connection().createStatement()) {
            st.execute("RESET work_mem");
        }
        return List.of(BenchResult.figure("charts: without summaries", "ms", total,
                "the whole area from raw checks and lines, one run, plain JDBC"));
    }

    private static BenchScenario compared(String name, String note, BenchScenario.Task shopDesk, BenchScenario.Task baseline) {
        return new BenchScenario(name, runner -> runner.compare(name, note, shopDesk, baseline));
    }
}
