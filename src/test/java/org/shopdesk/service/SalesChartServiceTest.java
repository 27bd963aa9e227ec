package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.charts.DaySales;
import org.shopdesk.domain.charts.ProducerSales;
import org.shopdesk.domain.charts.ProviderSales;
import org.shopdesk.domain.charts.SalesOverview;
import org.shopdesk.domain.common.ValidationException;
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
        SalesOverview month = charts.overview(today.minusDays(30), today.plusDays(1));
        // Everything before yesterday is summed now; the sales of 2 days ago are in the summary.
        assertThat(db.count("SELECT count(*) FROM sales_day_provider")).isEqualTo(3);
        assertThat(db.count("SELECT (now() AT TIME ZONE 'UTC')::date - rolled_until FROM sales_rollup")).isEqualTo(1);

        ProviderSales one = provider(month, "Shop one");
        assertThat(one.checks()).isEqualTo(3);
        assertThat(one.revenue()).isEqualByComparingTo("690.00");
        assertThat(one.averageCheck()).isEqualByComparingTo("230.00");
        assertThat(one.units()).isEqualTo(15);
        assertThat(one.stock()).isEqualTo(100 - 15);
        ProviderSales two = provider(month, "Shop two");
        assertThat(two.checks()).isEqualTo(1);
        assertThat(two.revenue()).isEqualByComparingTo("90.00");
        assertThat(provider(month, "Idle shop").checks()).isZero();
        assertThat(month.byProvider().get(0).provider()).as("best first").isEqualTo("Shop one");

        assertThat(month.byProducer()).extracting(ProducerSales::producer).containsExactly("Acme", "Zeta");
        assertThat(month.byProducer().get(0).revenue()).isEqualByComparingTo(new BigDecimal("690.00"));
        assertThat(month.byProducer().get(1).units()).isEqualTo(9);

        assertThat(month.byDay()).extracting(DaySales::day)
                .containsExactly(today.minusDays(10), today.minusDays(5), today.minusDays(2), today);
        assertThat(month.byDay().get(3).revenue()).isEqualByComparingTo("90.00");

        // A period inside the summary, and the same again: summing twice adds nothing.
        SalesOverview week = charts.overview(today.minusDays(6), today.minusDays(1));
        assertThat(provider(week, "Shop one").checks()).isEqualTo(2);
        assertThat(charts.overview(today.minusDays(30), today.plusDays(1))).isEqualTo(month);
        assertThat(db.count("SELECT count(*) FROM sales_day_provider")).isEqualTo(3);
    }

    @Test
    void aPeriodMustBeForwardAndAtMostThreeYears() {
        assertThatThrownBy(() -> charts.overview(today, today)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> charts.overview(today, today.minusDays(1))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> charts.overview(today.minusYears(4), today)).isInstanceOf(ValidationException.class);
        assertThat(charts.lastMonths(12).to()).isEqualTo(today.plusDays(1));
    }

    private static ProviderSales provider(SalesOverview overview, String name) {
        return overview.byProvider().stream().filter(p -> p.provider().equals(name)).findFirst().orElseThrow();
    }
}
