package org.shopdesk.service.charts;

import java.time.LocalDate;
import java.util.List;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.charts.StockCoverQueries;
import org.shopdesk.data.charts.SalesQueries;
import org.shopdesk.domain.charts.Abc;
import org.shopdesk.domain.charts.ChartFilter;
import org.shopdesk.domain.charts.FilterChoices;
import org.shopdesk.domain.charts.Granularity;
import org.shopdesk.domain.charts.Kpi;
import org.shopdesk.domain.charts.ProducerSales;
import org.shopdesk.domain.charts.ProductSales;
import org.shopdesk.domain.charts.ProviderSales;
import org.shopdesk.domain.charts.SalesOverview;
import org.shopdesk.domain.charts.StockCover;
import org.shopdesk.domain.charts.TimePoint;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;

/**
 * The managers' sales analytics: KPI tiles, by provider, by producer (and a producer's best
 * products), sales against stock, ABC of products and providers, and over time, for a period and
 * filters. Past days come from the summary tables, which are brought up to yesterday first; the
 * rest is summed live. The measures are defined in README.md, "Measures".
 */
public final class SalesChartService {
    public static final String PERIOD = "period";
    /** Longer periods are a report, not a chart: they would also be slower to draw than to read. */
    public static final int MAX_DAYS = 3 * 366;

    private final Transactions tx;
    private final SalesQueries queries;
    private final StockCoverQueries offers;

    public SalesChartService(Transactions tx, SalesQueries queries, StockCoverQueries offers) {
        this.tx = tx;
        this.queries = queries;
        this.offers = offers;
    }

    /** Every chart of the Charts area for one filter, in one snapshot so that they agree. */
    public SalesOverview overview(ChartFilter f, Granularity g) {
        return overview(f, g, Cancellation.none());
    }

    /** The same; cancelling stops the statement running on the server (a changed filter replaced it). */
    public SalesOverview overview(ChartFilter f, Granularity g, Cancellation c) {
        check(f);
        bringSummariesUpToDate();
        return tx.snapshot(db -> {
            SalesQueries.Rollup r = queries.rollup(db);
            StockCoverQueries.CoverAndAbc coverAndAbc = offers.coverAndAbc(db, r, f, c);
            return new SalesOverview(f, g, queries.kpi(db, r, f, c), queries.byProvider(db, r, f, c),
                    queries.byProducer(db, r, f, c), coverAndAbc.cover(), coverAndAbc.abcProducts(),
                    offers.abcProviders(db, r, f, c), queries.overTime(db, r, f, g, c));
        });
    }

    public List<Kpi> kpi(ChartFilter f) {
        return chart(f, r -> db -> queries.kpi(db, r, f, Cancellation.none()));
    }

    public List<ProviderSales> byProvider(ChartFilter f) {
        return chart(f, r -> db -> queries.byProvider(db, r, f, Cancellation.none()));
    }

    public List<ProducerSales> byProducer(ChartFilter f) {
        return chart(f, r -> db -> queries.byProducer(db, r, f, Cancellation.none()));
    }

    /** A producer's best products in the filter's period (the drill-down from its bar). */
    public List<ProductSales> topProducts(ChartFilter f, long producerId) {
        return topProducts(f, producerId, Cancellation.none());
    }

    public List<ProductSales> topProducts(ChartFilter f, long producerId, Cancellation c) {
        return chart(f, r -> db -> queries.topProducts(db, r, f, producerId, c));
    }

    public StockCover stockCover(ChartFilter f) {
        return chart(f, r -> db -> offers.stockCover(db, r, f, Cancellation.none()));
    }

    public Abc abcProducts(ChartFilter f) {
        return chart(f, r -> db -> offers.abcProducts(db, r, f, Cancellation.none()));
    }

    public Abc abcProviders(ChartFilter f) {
        return chart(f, r -> db -> offers.abcProviders(db, r, f, Cancellation.none()));
    }

    public List<TimePoint> overTime(ChartFilter f, Granularity g) {
        return chart(f, r -> db -> queries.overTime(db, r, f, g, Cancellation.none()));
    }

    /** Categories, producers and providers the charts can be filtered by. */
    public FilterChoices choices() {
        return tx.query(queries::choices);
    }

    /** Today in the shop's time zone (where the period presets end). */
    public LocalDate today() {
        return tx.query(queries::today);
    }

    /** The last {@code months} months up to and including today, in the shop's time zone. */
    public ChartFilter lastMonths(int months) {
        LocalDate tomorrow = today().plusDays(1);
        return ChartFilter.period(tomorrow.minusMonths(months), tomorrow);
    }

    /** One chart alone (a tab opened by itself, the command line): how far the summaries go, then the chart, in one snapshot. */
    private <T> T chart(ChartFilter f, java.util.function.Function<SalesQueries.Rollup, Transactions.Work<T>> chart) {
        check(f);
        bringSummariesUpToDate();
        return tx.snapshot(db -> chart.apply(queries.rollup(db)).run(db));
    }

    /** A period is forward and at most three years (days [from, to)). */
    public static void check(ChartFilter f) {
        if (f == null || f.from() == null || f.to() == null || !f.from().isBefore(f.to())
                || f.from().plusDays(MAX_DAYS).isBefore(f.to())) {
            throw new ValidationException(Problem.of(PERIOD, "validation.period", MAX_DAYS));
        }
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
}
