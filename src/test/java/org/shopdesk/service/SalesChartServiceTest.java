package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.charts.ChartFilter;
import org.shopdesk.domain.charts.Granularity;
import org.shopdesk.domain.charts.ProducerSales;
import org.shopdesk.domain.charts.ProviderSales;
import org.shopdesk.domain.charts.SalesOverview;
import org.shopdesk.domain.charts.TimePoint;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.service.charts.SalesChartService;
import org.shopdesk.testing.TestDatabase;

/**
 * The charts read summed days from the summary tables and the last days live; whichever way a
 * day is read, the figures are those of the raw checks.
 */
class SalesChartServiceTest {
    private static TestDatabase db;
    private static SalesChartService charts;
    private static LocalDate today;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        db.sql("UPDATE sales_rollup SET time_zone = 'UTC'",
                "INSERT INTO category(name) VALUES ('Phones')",
                "INSERT INTO producer(name) VALUES ('Acme'), ('Zeta')",
                "INSERT INTO provider(name) VALUES ('Shop one'), ('Shop two'), ('Idle shop')",
                "INSERT INTO contacts(email) VALUES ('ivan@example.ru')",
                "INSERT INTO customer(name, last_name, contact_id) VALUES ('Ivan', 'Petrov', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('P-1', 'Phone', 1, 1), ('P-2', 'Case', 1, 2)",
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES "
                        + "(1, 1, 100, now() - interval '30 days'), (2, 1, 10, now() - interval '30 days'), "
                        + "(1, 2, 90, now() - interval '30 days')",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES "
                        + "(1, 1, 50, 'RECEIPT'), (2, 1, 50, 'RECEIPT'), (1, 2, 50, 'RECEIPT')");
        // Sales 10, 5 and 2 days ago, written as a bulk load would (purchased_at in the past).
        for (int daysAgo : new int[] {10, 5, 2}) {
            db.sql("BEGIN",
                    "INSERT INTO purchase(id, customer_id, provider_id, purchased_at) OVERRIDING SYSTEM VALUE VALUES ("
                            + (1000 + daysAgo) + ", 1, 1, now() - interval '" + daysAgo + " days')",
                    "INSERT INTO purchase_line(purchase_id, provider_id, product_id, price_id, quantity, unit_price) VALUES ("
                            + (1000 + daysAgo) + ", 1, 1, 1, 2, 100), (" + (1000 + daysAgo) + ", 1, 2, 2, 3, 10)",
                    "INSERT INTO stock_movement(product_id, provider_id, delta, reason, purchase_id) VALUES (1, 1, -2, 'SALE', "
                            + (1000 + daysAgo) + "), (2, 1, -3, 'SALE', " + (1000 + daysAgo) + ")",
                    "COMMIT");
        }
        charts = db.backend().charts();
        today = LocalDate.now(ZoneOffset.UTC);
        // And one today, through the clerk's service: provider two, 1 x 90.
        db.backend().sales().recordSale(new SaleDraft(UUID.randomUUID(), 1L, 2L, List.of(new SaleLine(1, 3, 1))));
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void summedAndLiveDaysGiveTheFiguresOfTheChecks() {
        ChartFilter month = ChartFilter.period(today.minusDays(30), today.plusDays(1));
        SalesOverview overview = charts.overview(month, Granularity.DAY);
        // Everything before yesterday is summed now; the sales of 2 days ago are in the summary.
        assertThat(db.count("SELECT count(*) FROM sales_day_provider")).isEqualTo(3);
        assertThat(db.count("SELECT count(*) FROM sales_day_product")).isEqualTo(6);
        assertThat(db.count("SELECT (now() AT TIME ZONE 'UTC')::date - rolled_until FROM sales_rollup")).isEqualTo(1);

        ProviderSales one = provider(overview, "Shop one");
        assertThat(one.checks()).isEqualTo(3);
        assertThat(one.netRevenue()).isEqualByComparingTo("690.00");
        assertThat(one.averageCheck()).isEqualByComparingTo("230.00");
        assertThat(one.units()).isEqualTo(15);
        ProviderSales two = provider(overview, "Shop two");
        assertThat(two.checks()).isEqualTo(1);
        assertThat(two.netRevenue()).isEqualByComparingTo("90.00");
        assertThat(overview.byProvider()).extracting(ProviderSales::provider).as("best first, only who sold")
                .containsExactly("Shop one", "Shop two");
        // The sale through the clerk's service took its unit from the stock the charts read.
        assertThat(overview.stockCover().stock()).isEqualTo(150 - 15 - 1);

        assertThat(overview.byProducer()).extracting(ProducerSales::producer).containsExactly("Acme", "Zeta");
        assertThat(overview.byProducer().get(0).netRevenue()).isEqualByComparingTo(new BigDecimal("690.00"));
        assertThat(overview.byProducer().get(1).units()).isEqualTo(9);

        assertThat(overview.overTime()).filteredOn(p -> p.checks() > 0).extracting(TimePoint::start)
                .containsExactly(today.minusDays(10), today.minusDays(5), today.minusDays(2), today);
        assertThat(overview.overTime().get(30).netRevenue()).isEqualByComparingTo("90.00");

        // A period inside the summary, and the same again: summing twice adds nothing.
        assertThat(provider(charts.overview(ChartFilter.period(today.minusDays(6), today.minusDays(1)), Granularity.DAY),
                "Shop one").checks()).isEqualTo(2);
        assertThat(charts.overview(month, Granularity.DAY)).isEqualTo(overview);
        assertThat(db.count("SELECT count(*) FROM sales_day_provider")).isEqualTo(3);
    }

    private static ProviderSales provider(SalesOverview overview, String name) {
        return overview.byProvider().stream().filter(p -> p.provider().equals(name)).findFirst().orElseThrow();
    }
}
