package org.shopdesk.data;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.charts.ChartFilter;
import org.shopdesk.domain.charts.ProducerSales;
import org.shopdesk.service.SalesAnalyticsFixture;
import org.shopdesk.testing.TestDatabase;

/**
 * V3's summaries left returns half out: the producer summary summed sale checks only and the
 * provider summary's units ignored returned units. V9 sums them again from the checks, with
 * returns, up to the same day.
 */
class SalesSummariesMigrationTest {
    private static final String ZETA_IN_PERIOD = "FROM sales_day_producer WHERE producer_id = 2 "
            + "AND day >= (now() AT TIME ZONE 'UTC')::date - 29";

    @Test
    void v9RebuildsTheSummariesWithTheReturns() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        try (TestDatabase db = TestDatabase.createBlank()) {
            try (HikariDataSource ds = ConnectionPool.open(db.url(), db.user(), null, 2)) {
                assertThat(SchemaMigration.migrate(ds, "3")).isEqualTo("3");
            }
            SalesAnalyticsFixture.load(db);
            db.sql("SELECT shopdesk_roll_up_sales((now() AT TIME ZONE 'UTC')::date - 1)");
            // V3: Zeta's Case returned on T-4 (10.00) is still in its figure, and units ignore returns.
            assertThat(db.count("SELECT sum(revenue) * 100 " + ZETA_IN_PERIOD)).isEqualTo(8000);
            assertThat(db.count("SELECT sum(units) FROM sales_day_provider WHERE provider_id = 1 "
                    + "AND day >= (now() AT TIME ZONE 'UTC')::date - 29")).isEqualTo(6);
            long rolledUntil = db.count("SELECT (now() AT TIME ZONE 'UTC')::date - rolled_until FROM sales_rollup");

            try (HikariDataSource ds = ConnectionPool.open(db.url(), db.user(), null, 2)) {
                assertThat(SchemaMigration.migrate(ds)).isEqualTo(SchemaMigration.NEWEST_VERSION);
            }
            assertThat(db.count("SELECT (now() AT TIME ZONE 'UTC')::date - rolled_until FROM sales_rollup"))
                    .as("summed again up to the same day").isEqualTo(rolledUntil);
            assertThat(db.count("SELECT sum(revenue) * 100 " + ZETA_IN_PERIOD)).isEqualTo(8000);
            assertThat(db.count("SELECT sum(returned) * 100 " + ZETA_IN_PERIOD)).isEqualTo(1000);
            assertThat(db.count("SELECT sum(returned_units) " + ZETA_IN_PERIOD)).isEqualTo(1);
            assertThat(db.count("SELECT sum(units) - sum(returned_units) FROM sales_day_provider WHERE provider_id = 1 "
                    + "AND day >= (now() AT TIME ZONE 'UTC')::date - 29")).isEqualTo(5);
            assertThat(db.count("SELECT count(DISTINCT currency) FROM sales_day_product")).isEqualTo(1);
            // Every summary agrees with the checks of the summed days, returns included.
            String closed = "p.purchased_at < (SELECT rolled_until::timestamp AT TIME ZONE time_zone FROM sales_rollup)";
            String lines = " FROM purchase_line l JOIN purchase p ON p.id = l.purchase_id WHERE " + closed + " AND p.kind = ";
            assertThat(db.count("SELECT sum(returned) * 100 FROM sales_day_producer"))
                    .isEqualTo(db.count("SELECT sum(l.line_total) * 100" + lines + "'RETURN'"));
            assertThat(db.count("SELECT sum(returned_units) FROM sales_day_provider"))
                    .isEqualTo(db.count("SELECT sum(l.quantity)" + lines + "'RETURN'"));
            assertThat(db.count("SELECT sum(returned) * 100 FROM sales_day_product"))
                    .isEqualTo(db.count("SELECT sum(returned) * 100 FROM sales_day_provider"));
            assertThat(db.count("SELECT sum(revenue) * 100 FROM sales_month_product"))
                    .isEqualTo(db.count("SELECT sum(revenue) * 100 FROM sales_day_product WHERE day < "
                            + "date_trunc('month', (SELECT rolled_until FROM sales_rollup)::timestamp)::date"));
            assertThat(db.count("SELECT sum(returned) * 100 FROM sales_month_producer"))
                    .isEqualTo(db.count("SELECT sum(returned) * 100 FROM sales_month_product"));
            // V13: per product, the summed days' checks that hold it (once each) and their totals.
            String holding = " FROM purchase p WHERE " + closed + " AND EXISTS (SELECT 1 FROM purchase_line l "
                    + "WHERE l.purchase_id = p.id AND l.product_id = d.product_id) AND p.kind = ";
            assertThat(db.count("SELECT count(*) FROM (SELECT product_id, sum(checks) AS n, sum(revenue) AS sum, sum(returns) AS rn, "
                    + "sum(returned) AS rsum FROM sales_day_product_checks GROUP BY 1) d "
                    + "WHERE d.n <> (SELECT count(*)" + holding + "'SALE') "
                    + "OR d.sum <> (SELECT coalesce(sum(p.total), 0)" + holding + "'SALE') "
                    + "OR d.rn <> (SELECT count(*)" + holding + "'RETURN') "
                    + "OR d.rsum <> (SELECT coalesce(sum(p.total), 0)" + holding + "'RETURN')")).isZero();
            assertThat(db.count("SELECT count(DISTINCT product_id) FROM sales_day_product_checks"))
                    .isEqualTo(db.count("SELECT count(DISTINCT l.product_id) FROM purchase_line l JOIN purchase p ON p.id = l.purchase_id "
                            + "WHERE " + closed)).isPositive();
            // V14: each offer's running totals end at what it sold less what came back, in the summed days.
            assertThat(db.count("""
                    SELECT count(*) FROM sales_offer_months m FULL JOIN (
                           SELECT l.product_id, p.provider_id, p.currency,
                                  sum(CASE p.kind WHEN 'SALE' THEN l.quantity ELSE -l.quantity END) AS units,
                                  sum(CASE p.kind WHEN 'SALE' THEN l.line_total ELSE -l.line_total END) * 100 AS cents
                             FROM purchase_line l JOIN purchase p ON p.id = l.purchase_id WHERE\s""" + closed + """
                            GROUP BY 1, 2, 3) c USING (product_id, provider_id, currency)
                     WHERE m.units[cardinality(m.units)] IS DISTINCT FROM c.units
                        OR m.cents[cardinality(m.cents)] IS DISTINCT FROM c.cents""")).isZero();
            assertThat(db.count("SELECT count(*) FROM sales_offer_months")).isEqualTo(5);

            // And the chart says what the checks say: 140 sold less 10 returned.
            ProducerSales zeta = db.backend().charts()
                    .byProducer(ChartFilter.period(today.minusDays(29), today.plusDays(1))).get(1);
            assertThat(zeta.producer()).isEqualTo("Zeta");
            assertThat(zeta.netRevenue()).isEqualByComparingTo("130.00");
        }
    }
}
