package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.data.Db;
import org.shopdesk.data.charts.StockCoverQueries;
import org.shopdesk.data.charts.SalesQueries;
import org.shopdesk.domain.charts.Abc;
import org.shopdesk.domain.charts.AbcClass;
import org.shopdesk.domain.charts.AbcRow;
import org.shopdesk.domain.charts.ChartFilter;
import org.shopdesk.domain.charts.CoverBucket;
import org.shopdesk.domain.charts.Granularity;
import org.shopdesk.domain.charts.Kpi;
import org.shopdesk.domain.charts.KpiFigures;
import org.shopdesk.domain.charts.OfferCover;
import org.shopdesk.domain.charts.ProducerSales;
import org.shopdesk.domain.charts.ProductSales;
import org.shopdesk.domain.charts.ProviderSales;
import org.shopdesk.domain.charts.SalesOverview;
import org.shopdesk.domain.charts.StockCover;
import org.shopdesk.domain.charts.TimePoint;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.service.charts.SalesChartService;
import org.shopdesk.testing.TestDatabase;

/** Every figure of every chart over the hand-made shop of {@link SalesAnalyticsFixture}, worked out on paper. */
class SalesAnalyticsTest {
    private static TestDatabase db;
    private static SalesChartService charts;
    private static LocalDate today;
    private static ChartFilter period;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        SalesAnalyticsFixture.load(db);
        charts = db.backend().charts();
        today = LocalDate.now(ZoneOffset.UTC);
        period = ChartFilter.period(today.minusDays(29), today.plusDays(1));
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static ChartFilter filter(Long category, Long producer, Long provider) {
        return new ChartFilter(period.from(), period.to(), category, producer, provider);
    }

    @Test
    void kpiTilesWithTheChangeAgainstThePreviousPeriod() {
        Kpi k = single(charts.kpi(period));
        assertThat(k.currency()).isEqualTo("RUB");
        figures(k.current(), "620.00", "100.00", "520.00", 5, "104.00", 10, 2);
        figures(k.previous(), "190.00", "0.00", "190.00", 2, "95.00", 2, 0);
        assertThat(k.netRevenueChange()).isEqualByComparingTo("173.7");
        assertThat(k.checksChange()).isEqualByComparingTo("150.0");
        assertThat(k.averageCheckChange()).isEqualByComparingTo("9.5");
        assertThat(k.unitsChange()).isEqualByComparingTo("400.0");
        assertThat(k.returnsChange()).as("no returns before: no percentage").isNull();
        // The summaries were brought up to the day before yesterday on the way.
        assertThat(db.count("SELECT (now() AT TIME ZONE 'UTC')::date - rolled_until FROM sales_rollup")).isEqualTo(1);
    }

    @Test
    void kpiOfAPeriodWithOnlyReturns() {
        // [T-4, T-3): R1 only; the day before holds C3.
        Kpi k = single(charts.kpi(ChartFilter.period(today.minusDays(4), today.minusDays(3))));
        figures(k.current(), "0.00", "10.00", "-10.00", 0, null, -1, 1);
        figures(k.previous(), "180.00", "0.00", "180.00", 1, "180.00", 2, 0);
        assertThat(k.netRevenueChange()).isEqualByComparingTo("-105.6");
        assertThat(k.checksChange()).isEqualByComparingTo("-100.0");
        assertThat(k.averageCheckChange()).isNull();
        assertThat(k.unitsChange()).isEqualByComparingTo("-150.0");
        assertThat(k.returnsChange()).isNull();
    }

    @Test
    void anEmptyPeriodShowsZerosEverywhere() {
        ChartFilter empty = ChartFilter.period(today.minusDays(150), today.minusDays(120));
        SalesOverview o = charts.overview(empty, Granularity.WEEK);
        Kpi k = single(o.kpis());
        assertThat(k.currency()).isNull();
        figures(k.current(), "0", "0", "0", 0, null, 0, 0);
        figures(k.previous(), "0", "0", "0", 0, null, 0, 0);
        assertThat(o.byProvider()).isEmpty();
        assertThat(o.byProducer()).isEmpty();
        assertThat(o.abcProducts().items()).isEmpty();
        assertThat(o.abcProducts().classes()).isEmpty();
        assertThat(o.abcProviders().items()).isEmpty();
        assertThat(o.overTime()).hasSize(5).allSatisfy(p -> {
            assertThat(p.currency()).isNull();
            assertThat(p.netRevenue()).isZero();
            assertThat(p.checks()).isZero();
            assertThat(p.previousNetRevenue()).isZero();
        });
        // Stock without sales: all four offers in stock are dead stock.
        StockCover c = o.stockCover();
        assertThat(c.offers()).isEqualTo(4);
        assertThat(c.deadCount()).isEqualTo(4);
        assertThat(c.dead()).extracting(OfferCover::stock).containsExactly(100L, 20L, 3L, 3L);
        assertThat(c.atRiskCount()).isZero();
        assertThat(c.points()).isEmpty();
        assertThat(c.sellThrough()).isEqualByComparingTo("0");
        assertThat(bucket(c, CoverBucket.Kind.NO_SALES).offers()).isEqualTo(4);
    }

    @Test
    void aFilterThatMatchesNothing() {
        SalesOverview o = charts.overview(filter(3L, null, null), Granularity.DAY);
        Kpi k = single(o.kpis());
        assertThat(k.currency()).isNull();
        figures(k.current(), "0", "0", "0", 0, null, 0, 0);
        assertThat(o.byProvider()).isEmpty();
        assertThat(o.byProducer()).isEmpty();
        assertThat(o.stockCover().offers()).isZero();
        assertThat(o.stockCover().sellThrough()).isNull();
        assertThat(o.stockCover().buckets()).hasSize(5).allSatisfy(b -> assertThat(b.offers()).isZero());
        assertThat(o.abcProducts().items()).isEmpty();
        assertThat(o.overTime()).hasSize(30).allSatisfy(p -> assertThat(p.netRevenue()).isZero());
        assertThat(charts.byProvider(filter(null, 3L, null))).isEmpty();
        assertThat(charts.topProducts(period, 3L)).isEmpty();
    }

    @Test
    void kpiFilteredByCategoryProducerAndProvider() {
        // Phones: P1 and P3 lines of C1..C5, R2 returns one P1.
        figures(single(charts.kpi(filter(1L, null, null))).current(), "590.00", "90.00", "500.00", 5, "100.00", 8, 1);
        // Zeta: P2 of C1 (30), P3 of C4 and C5; R1 returns one P2. C1 counts once.
        figures(single(charts.kpi(filter(null, 2L, null))).current(), "140.00", "10.00", "130.00", 3, "43.33", 6, 1);
        figures(single(charts.kpi(filter(null, null, 2L))).current(), "240.00", "90.00", "150.00", 2, "75.00", 4, 1);
        figures(single(charts.kpi(filter(1L, null, 1L))).current(), "300.00", "0.00", "300.00", 2, "150.00", 3, 0);
        figures(single(charts.kpi(filter(1L, null, 1L))).previous(), "100.00", "0.00", "100.00", 1, "100.00", 1, 0);
    }

    @Test
    void byProviderRankedWithTies() {
        List<ProviderSales> rows = charts.byProvider(period);
        assertThat(rows).extracting(ProviderSales::provider).containsExactly("Shop one", "Shop two", "Shop three");
        provider(rows.get(0), "320.00", 1, 2, 1, "160.00", 5, "61.54", 1, "10.00");
        provider(rows.get(1), "150.00", 2, 2, 1, "75.00", 4, "28.85", 1, "90.00");
        provider(rows.get(2), "50.00", 3, 1, 3, "50.00", 1, "9.62", 0, "0.00");
        // Filtered by Zeta: one's Case (30 - 10), two's Charger 60, three's Charger 50.
        List<ProviderSales> zeta = charts.byProvider(filter(null, 2L, null));
        assertThat(zeta).extracting(ProviderSales::provider).containsExactly("Shop two", "Shop three", "Shop one");
        provider(zeta.get(2), "20.00", 3, 1, 1, "20.00", 2, "15.38", 1, "10.00");
        assertThat(zeta).extracting(ProviderSales::checksRank).containsExactly(1, 1, 1);
    }

    @Test
    void byProducerWithReturnsSubtracted() {
        List<ProducerSales> rows = charts.byProducer(period);
        assertThat(rows).extracting(ProducerSales::producer).containsExactly("Acme", "Zeta");
        assertThat(rows.get(0).netRevenue()).isEqualByComparingTo("390.00");
        assertThat(rows.get(0).units()).isEqualTo(4);
        assertThat(rows.get(0).revenueRank()).isEqualTo(1);
        assertThat(rows.get(0).unitsRank()).isEqualTo(2);
        assertThat(rows.get(0).share()).isEqualByComparingTo("75.00");
        // Zeta's returned Case (10) is out of its figure: 140 sold, 130 net.
        assertThat(rows.get(1).netRevenue()).isEqualByComparingTo("130.00");
        assertThat(rows.get(1).units()).isEqualTo(6);
        assertThat(rows.get(1).revenueRank()).isEqualTo(2);
        assertThat(rows.get(1).unitsRank()).isEqualTo(1);
        assertThat(rows.get(1).share()).isEqualByComparingTo("25.00");
        // Through one provider (the summary by producer has no provider: read per product).
        List<ProducerSales> two = charts.byProducer(filter(null, null, 2L));
        assertThat(two).extracting(ProducerSales::producer).containsExactly("Acme", "Zeta");
        assertThat(two).extracting(ProducerSales::netRevenue).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("90"), new BigDecimal("60"));
    }

    @Test
    void aProducersTopProducts() {
        List<ProductSales> zeta = charts.topProducts(period, 2L);
        assertThat(zeta).extracting(ProductSales::title).containsExactly("Charger", "Case");
        assertThat(zeta).extracting(ProductSales::netRevenue).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("110"), new BigDecimal("20"));
        assertThat(zeta).extracting(ProductSales::units).containsExactly(4L, 2L);
        assertThat(zeta).extracting(ProductSales::rank).containsExactly(1, 2);
        assertThat(zeta).extracting(ProductSales::share).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("84.62"), new BigDecimal("15.38"));
        assertThat(zeta.get(0).sku()).isEqualTo("P-3");
    }

    @Test
    void stockAgainstSalesInDaysOfCoverBuckets() {
        StockCover c = charts.stockCover(period);
        // cover = stock x 30 / units: (P3, two) 0 and (P3, three) 0; (P1, one) 3 x 30 / 3 = 30 (the edge of 8-30);
        // (P1, two) 3 x 30 / 1 = 90 (the edge of 31-90); (P2, one) 100 x 30 / 2 = 1,500; (P4, one) no sales.
        assertThat(c.buckets()).extracting(CoverBucket::kind).containsExactly(CoverBucket.Kind.values());
        bucketIs(c, CoverBucket.Kind.DAYS_0_7, 2, 0, 4);
        bucketIs(c, CoverBucket.Kind.DAYS_8_30, 1, 3, 3);
        bucketIs(c, CoverBucket.Kind.DAYS_31_90, 1, 3, 1);
        bucketIs(c, CoverBucket.Kind.DAYS_OVER_90, 1, 100, 2);
        bucketIs(c, CoverBucket.Kind.NO_SALES, 1, 20, 0);
        assertThat(c.offers()).isEqualTo(6);
        assertThat(c.stock()).isEqualTo(126);
        assertThat(c.units()).isEqualTo(10);
        assertThat(c.sellThrough()).isEqualByComparingTo("7.4");
        assertThat(c.atRiskCount()).isEqualTo(2);
        assertThat(c.atRisk()).extracting(o -> o.title() + "@" + o.provider()).containsExactly("Charger@Shop two", "Charger@Shop three");
        assertThat(c.atRisk().get(0).coverDays()).isEqualByComparingTo("0");
        assertThat(c.atRisk().get(0).sellThrough()).isEqualByComparingTo("100.0");
        assertThat(c.deadCount()).isEqualTo(1);
        assertThat(c.dead()).singleElement().satisfies(o -> {
            assertThat(o.sku()).isEqualTo("P-4");
            assertThat(o.stock()).isEqualTo(20);
            assertThat(o.coverDays()).isNull();
            assertThat(o.sellThrough()).isEqualByComparingTo("0");
        });
        assertThat(c.points()).extracting(o -> o.sku() + "@" + o.providerId() + ":" + o.units() + "/" + o.stock())
                .containsExactly("P-1@1:3/3", "P-3@2:3/0", "P-2@1:2/100", "P-1@2:1/3", "P-3@3:1/0");
        OfferCover caseAtOne = c.points().get(2);
        assertThat(caseAtOne.coverDays()).isEqualByComparingTo("1500.0");
        assertThat(caseAtOne.sellThrough()).isEqualByComparingTo("2.0");
        assertThat(c.points().get(0).coverDays()).isEqualByComparingTo("30.0");
        // The Charts area reads it together with the ABC of products, from one sum: the same figures.
        SalesOverview area = charts.overview(period, Granularity.WEEK);
        assertThat(area.stockCover()).isEqualTo(c);
        assertThat(area.abcProducts()).isEqualTo(charts.abcProducts(period));
        // One provider: its offers only.
        StockCover one = charts.stockCover(filter(null, null, 1L));
        assertThat(one.offers()).isEqualTo(3);
        assertThat(one.deadCount()).isEqualTo(1);
    }

    @Test
    void abcBoundariesAndTies() {
        // Long ago: P1 400 and P3 400 (a tie), P2 150, P4 50 of 1,000.
        ChartFilter old = ChartFilter.period(today.minusDays(200), today.minusDays(190));
        Abc products = charts.abcProducts(old);
        assertThat(products.items()).extracting(AbcRow::name).containsExactly("Charger", "Phone", "Case", "Old stock");
        assertThat(products.items()).extracting(AbcRow::rank).containsExactly(1, 1, 3, 4);
        assertThat(products.items()).extracting(AbcRow::abcClass).as("the first 80 %: A; exactly 80 % before: B; 95 %: C")
                .containsExactly("A", "A", "B", "C");
        assertThat(products.items()).extracting(AbcRow::share).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("40"), new BigDecimal("40"), new BigDecimal("15"), new BigDecimal("5"));
        assertThat(products.items()).extracting(AbcRow::cumulativeShare).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("80"), new BigDecimal("80"), new BigDecimal("95"), new BigDecimal("100"));
        assertThat(products.classes()).extracting(AbcClass::abcClass, AbcClass::count).containsExactly(
                org.assertj.core.groups.Tuple.tuple("A", 2L), org.assertj.core.groups.Tuple.tuple("B", 1L),
                org.assertj.core.groups.Tuple.tuple("C", 1L));
        assertThat(products.classes()).extracting(AbcClass::netRevenue).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("800"), new BigDecimal("150"), new BigDecimal("50"));

        // This period: products P1 390, P3 110, P2 20 (of 520); providers one 320, two 150, three 50.
        Abc now = charts.abcProducts(period);
        assertThat(now.items()).extracting(r -> r.name() + ":" + r.abcClass()).containsExactly("Phone:A", "Charger:A", "Case:C");
        assertThat(now.classes()).extracting(AbcClass::count).containsExactly(2L, 0L, 1L);
        Abc providers = charts.abcProviders(period);
        assertThat(providers.items()).extracting(r -> r.name() + ":" + r.abcClass())
                .containsExactly("Shop one:A", "Shop two:A", "Shop three:B");
        assertThat(providers.items()).extracting(AbcRow::cumulativeShare).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("61.54"), new BigDecimal("90.38"), new BigDecimal("100"));
        assertThat(providers.classes()).extracting(AbcClass::count).containsExactly(2L, 1L, 0L);
    }

    @Test
    void overTimeWithThePreviousPeriodAligned() {
        List<TimePoint> weeks = charts.overTime(period, Granularity.WEEK);
        assertThat(weeks).extracting(TimePoint::index).containsExactly(0, 1, 2, 3, 4);
        assertThat(weeks).extracting(TimePoint::start).containsExactly(today.minusDays(29), today.minusDays(22),
                today.minusDays(15), today.minusDays(8), today.minusDays(1));
        assertThat(weeks.get(0).previousStart()).isEqualTo(today.minusDays(59));
        assertThat(weeks).extracting(TimePoint::netRevenue).usingElementComparator(BigDecimal::compareTo).containsExactly(
                BigDecimal.ZERO, new BigDecimal("230"), new BigDecimal("100"), new BigDecimal("220"), new BigDecimal("-30"));
        assertThat(weeks).extracting(TimePoint::checks).containsExactly(0L, 1L, 1L, 2L, 1L);
        assertThat(weeks).extracting(TimePoint::previousNetRevenue).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("190"), BigDecimal.ZERO, BigDecimal.ZERO);
        assertThat(weeks).extracting(TimePoint::previousChecks).containsExactly(0L, 0L, 2L, 0L, 0L);

        List<TimePoint> days = charts.overTime(period, Granularity.DAY);
        assertThat(days).hasSize(30);
        assertThat(days.get(29).start()).isEqualTo(today);
        assertThat(days.get(29).netRevenue()).isEqualByComparingTo("60");
        assertThat(days.get(28).netRevenue()).isEqualByComparingTo("-90");
        assertThat(days.get(28).checks()).isZero();
        assertThat(days.get(19).previousNetRevenue()).as("T-40 is day 19 of the previous period").isEqualByComparingTo("100");

        List<TimePoint> months = charts.overTime(period, Granularity.MONTH);
        assertThat(months).hasSize(Granularity.MONTH.steps(period.from(), period.to()));
        assertThat(months.get(0).start()).isEqualTo(period.from());
        if (months.size() > 1) {
            assertThat(months.get(1).start()).isEqualTo(period.from().withDayOfMonth(1).plusMonths(1));
        }
        assertThat(months.stream().map(TimePoint::netRevenue).reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("520");
        assertThat(months.stream().map(TimePoint::previousNetRevenue).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("190");
    }

    @Test
    void summedAndLiveDaysGiveTheSameCharts() throws Exception {
        charts.kpi(period);
        List<ChartFilter> filters = List.of(period, ChartFilter.period(today.minusDays(220), today.plusDays(1)),
                filter(1L, null, null), filter(null, 2L, 2L), ChartFilter.period(today.minusDays(200), today.minusDays(2)));
        assertThat(db.count("SELECT count(*) FROM sales_month_product")).as("closed months are summed per month").isPositive();
        SalesQueries q = new SalesQueries();
        StockCoverQueries o = new StockCoverQueries();
        Cancellation none = Cancellation.none();
        try (Connection c = db.connect()) {
            Db handle = Db.over(c);
            SalesQueries.Rollup summed = q.rollup(handle);
            SalesQueries.Rollup live = new SalesQueries.Rollup(null, summed.timeZone());
            for (ChartFilter f : filters) {
                for (Function<SalesQueries.Rollup, Object> chart : List.<Function<SalesQueries.Rollup, Object>>of(
                        r -> unchecked(() -> q.kpi(handle, r, f, none)), r -> unchecked(() -> q.byProvider(handle, r, f, none)),
                        r -> unchecked(() -> q.byProducer(handle, r, f, none)), r -> unchecked(() -> o.stockCover(handle, r, f, none)),
                        r -> unchecked(() -> o.abcProducts(handle, r, f, none)), r -> unchecked(() -> o.abcProviders(handle, r, f, none)),
                        r -> unchecked(() -> q.topProducts(handle, r, f, 1, none)), r -> unchecked(() -> o.coverAndAbc(handle, r, f, none)),
                        r -> unchecked(() -> q.overTime(handle, r, f, Granularity.WEEK, none)))) {
                    assertThat(chart.apply(summed)).as(f.toString()).isEqualTo(chart.apply(live));
                }
            }
        }
    }

    @Test
    void thePeriodIsForwardAndAtMostThreeYears() {
        assertThatThrownBy(() -> charts.kpi(ChartFilter.period(today, today))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> charts.byProvider(ChartFilter.period(today, today.minusDays(1))))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> charts.overview(ChartFilter.period(today.minusYears(4), today), Granularity.DAY))
                .isInstanceOf(ValidationException.class);
        assertThat(charts.lastMonths(12).to()).isEqualTo(today.plusDays(1));
    }

    private interface SqlCall {
        Object call() throws Exception;
    }

    private static Object unchecked(SqlCall call) {
        try {
            return call.call();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Kpi single(List<Kpi> kpis) {
        assertThat(kpis).hasSize(1);
        return kpis.get(0);
    }

    private static void figures(KpiFigures f, String sales, String returned, String net, long checks, String average,
                                long units, long returns) {
        assertThat(f.sales()).as("sales").isEqualByComparingTo(sales);
        assertThat(f.returned()).as("returned").isEqualByComparingTo(returned);
        assertThat(f.netRevenue()).as("net revenue").isEqualByComparingTo(net);
        assertThat(f.checks()).as("checks").isEqualTo(checks);
        if (average == null) {
            assertThat(f.averageCheck()).as("average check").isNull();
        } else {
            assertThat(f.averageCheck()).as("average check").isEqualByComparingTo(average);
        }
        assertThat(f.units()).as("units").isEqualTo(units);
        assertThat(f.returns()).as("returns").isEqualTo(returns);
    }

    private static void provider(ProviderSales p, String net, int revenueRank, long checks, int checksRank, String average,
                                 long units, String share, long returns, String returned) {
        assertThat(p.netRevenue()).as(p.provider() + " net").isEqualByComparingTo(net);
        assertThat(p.revenueRank()).as(p.provider() + " revenue rank").isEqualTo(revenueRank);
        assertThat(p.checks()).as(p.provider() + " checks").isEqualTo(checks);
        assertThat(p.checksRank()).as(p.provider() + " checks rank").isEqualTo(checksRank);
        assertThat(p.averageCheck()).as(p.provider() + " average").isEqualByComparingTo(average);
        assertThat(p.units()).as(p.provider() + " units").isEqualTo(units);
        assertThat(p.share()).as(p.provider() + " share").isEqualByComparingTo(share);
        assertThat(p.returns()).as(p.provider() + " returns").isEqualTo(returns);
        assertThat(p.returned()).as(p.provider() + " returned").isEqualByComparingTo(returned);
        assertThat(p.currency()).isEqualTo("RUB");
    }

    private static CoverBucket bucket(StockCover c, CoverBucket.Kind kind) {
        return c.buckets().stream().filter(b -> b.kind() == kind).findFirst().orElseThrow();
    }

    private static void bucketIs(StockCover c, CoverBucket.Kind kind, long offers, long stock, long units) {
        CoverBucket b = bucket(c, kind);
        assertThat(b.offers()).as(kind + " offers").isEqualTo(offers);
        assertThat(b.stock()).as(kind + " stock").isEqualTo(stock);
        assertThat(b.units()).as(kind + " units").isEqualTo(units);
    }
}
