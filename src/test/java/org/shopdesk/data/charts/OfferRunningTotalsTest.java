package org.shopdesk.data.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.charts.ChartFilter;
import org.shopdesk.testing.TestDatabase;

/**
 * The running totals per offer (V14) against the checks themselves: a shop of 15 months of sales
 * and returns, summed in steps as the days close, and every kind of long period (edges at a
 * month's start, near its start, near its end, at the end of the summed days, in the days not
 * summed yet) with each filter, read once from the running totals and once live from the checks.
 * The first test sums in steps from nothing, so it runs first.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OfferRunningTotalsTest {
    private static final String TZ = "UTC";
    private static TestDatabase db;
    private static LocalDate today;

    @BeforeAll
    static void setUp() throws Exception {
        db = TestDatabase.create();
        today = LocalDate.now(ZoneOffset.UTC);
        db.sql("UPDATE sales_rollup SET time_zone = 'UTC'",
                "INSERT INTO category(name) VALUES ('Phones'), ('Cases')",
                "INSERT INTO producer(name) VALUES ('Acme'), ('Zeta')",
                "INSERT INTO provider(name) VALUES ('Shop one'), ('Shop two'), ('Shop three')",
                "INSERT INTO contacts(email) VALUES ('ivan@example.ru')",
                "INSERT INTO customer(name, last_name, contact_id) VALUES ('Ivan', 'Petrov', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) SELECT 'P-' || i, 'Product ' || i, 1 + i % 2, "
                        + "1 + (i / 2) % 2 FROM generate_series(1, 6) i",
                // Price of product p at provider v: id (p - 1) * 3 + v, value 10 * p + v + 0.35.
                "INSERT INTO price(product_id, provider_id, value, valid_from) SELECT p, v, 10 * p + v + 0.35, "
                        + "now() - interval '600 days' FROM generate_series(1, 6) p, generate_series(1, 3) v ORDER BY p, v");
        writeChecks();
    }

    /** Sales on random days over 15 months, some returned one to twenty days later, written in time order. */
    private static void writeChecks() throws Exception {
        SplittableRandom random = new SplittableRandom(20261129);
        record Event(int daysAgo, int seconds, String sql) {
        }
        List<Event> events = new ArrayList<>();
        for (int sale = 1; sale <= 700; sale++) {
            int daysAgo = random.nextInt(460);
            int seconds = random.nextInt(86_400);
            int provider = 1 + random.nextInt(3);
            int product = 1 + random.nextInt(6);
            int quantity = 1 + random.nextInt(3);
            events.add(new Event(daysAgo, seconds, check("SALE", "NULL", "'" + key(sale) + "'", provider, product, quantity,
                    daysAgo, seconds)));
            int back = daysAgo - 1 - random.nextInt(20);
            if (random.nextInt(10) == 0 && back >= 0) {
                // The sale is found by its key: ids are given in time order.
                events.add(new Event(back, seconds, check("RETURN", "(SELECT id FROM purchase WHERE client_key = '" + key(sale)
                        + "')", "gen_random_uuid()", provider, product, 1, back, seconds)));
            }
        }
        events.sort((a, b) -> a.daysAgo() != b.daysAgo() ? Integer.compare(b.daysAgo(), a.daysAgo())
                : Integer.compare(a.seconds(), b.seconds()));
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (Event e : events) {
                s.addBatch(e.sql());
            }
            s.executeBatch();
        }
    }

    private static String key(int sale) {
        return String.format("00000000-0000-4000-8000-%012d", sale);
    }

    private static String check(String kind, String returns, String clientKey, int provider, int product, int quantity,
                                int daysAgo, int seconds) {
        String at = "((now() AT TIME ZONE 'UTC')::date - " + daysAgo + ")::timestamp AT TIME ZONE 'UTC' + interval '" + seconds
                + " seconds'";
        return "WITH p AS (INSERT INTO purchase(customer_id, provider_id, kind, returns_id, purchased_at, client_key) VALUES (1, "
                + provider + ", '" + kind + "', " + returns + ", " + at + ", " + clientKey + ") RETURNING id) "
                + "INSERT INTO purchase_line(purchase_id, provider_id, product_id, price_id, quantity, unit_price) "
                + "SELECT p.id, " + provider + ", " + product + ", " + ((product - 1) * 3 + provider) + ", " + quantity + ", "
                + (10 * product + provider) + ".35 FROM p";
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    @Order(1)
    void longPeriodsFromTheRunningTotalsEqualTheChecksAtEveryStepOfTheSumming() throws Exception {
        assertThat(db.count("SELECT count(*) FROM purchase WHERE kind = 'RETURN'")).isGreaterThan(30);
        for (int back : new int[] {330, 151, 40, 1}) {
            db.sql("SELECT shopdesk_roll_up_sales((now() AT TIME ZONE 'UTC')::date - " + back + ")");
            assertThat(differencesFromScratch()).as("summed in steps, as from scratch (%d days back)", back).isZero();
            LocalDate rolledUntil = today.minusDays(back);
            for (ChartFilter period : periods(rolledUntil)) {
                for (ChartFilter f : List.of(period, period.withProducer(2L),
                        new ChartFilter(period.from(), period.to(), 1L, null, 3L))) {
                    SalesQueries.Rollup summed = new SalesQueries.Rollup(rolledUntil, TZ);
                    SqlQuery sql = rows(summed, f);
                    if (summed.summedEnd(f.from(), f.to()).toEpochDay() - f.from().toEpochDay()
                            >= SalesSources.RUNNING_TOTALS_FROM_DAYS) {
                        assertThat(sql.sql()).contains("sales_offer_months");
                    }
                    assertThat(read(sql)).as("%s, summed until %s", f, rolledUntil)
                            .isEqualTo(read(rows(new SalesQueries.Rollup(null, TZ), f)));
                }
            }
        }
        assertThat(db.count("SELECT count(*) FROM sales_offer_months")).isEqualTo(18);
    }

    @Test
    @Order(2)
    void aRebuildOfTheSummariesRebuildsTheRunningTotals() {
        db.sql("SELECT shopdesk_roll_up_sales((now() AT TIME ZONE 'UTC')::date - 1)");
        long units = db.count("SELECT sum(units[cardinality(units)]) FROM sales_offer_months");
        assertThat(units).isEqualTo(db.count("SELECT sum(units - returned_units) FROM sales_day_product"));
        // What a migration that rebuilds the summaries does (V9).
        db.sql("UPDATE sales_rollup SET rolled_until = '-infinity'");
        assertThat(db.count("SELECT count(*) FROM sales_offer_months")).isZero();
        db.sql("DELETE FROM sales_day_product", "DELETE FROM sales_day_provider", "DELETE FROM sales_day_producer",
                "DELETE FROM sales_month_product", "DELETE FROM sales_month_producer", "DELETE FROM sales_day_product_checks",
                "SELECT shopdesk_roll_up_sales((now() AT TIME ZONE 'UTC')::date - 1)");
        assertThat(db.count("SELECT sum(units[cardinality(units)]) FROM sales_offer_months")).isEqualTo(units);
        assertThat(differencesFromScratch()).isZero();
    }

    /** Long periods around the summed end {@code r}, and a few dozen drawn at random. */
    private static List<ChartFilter> periods(LocalDate r) {
        LocalDate tomorrow = today.plusDays(1);
        LocalDate month = r.withDayOfMonth(1);
        List<ChartFilter> all = new ArrayList<>(List.of(
                ChartFilter.period(tomorrow.minusMonths(12), tomorrow),
                ChartFilter.period(month.minusMonths(6), month),
                ChartFilter.period(month.minusMonths(6).plusDays(2), r),
                ChartFilter.period(month.minusMonths(5).minusDays(3), r.minusDays(1)),
                ChartFilter.period(month.minusMonths(9).plusDays(14), month.minusMonths(2).plusDays(26)),
                ChartFilter.period(month.minusMonths(9).plusDays(27), r.plusDays(3)),
                ChartFilter.period(today.minusDays(470), tomorrow)));
        SplittableRandom random = new SplittableRandom(r.toEpochDay());
        for (int i = 0; i < 30; i++) {
            LocalDate from = today.minusDays(40 + random.nextInt(440));
            LocalDate to = from.plusDays(32 + random.nextInt(460));
            all.add(ChartFilter.period(from, to.isAfter(tomorrow) ? tomorrow : to));
        }
        return all.stream().filter(p -> p.from().plusDays(32).isBefore(p.to())).toList();
    }

    private static SqlQuery rows(SalesQueries.Rollup r, ChartFilter f) {
        SqlQuery q = new SqlQuery().append("SELECT * FROM (");
        SalesSources.productRows(q, r, f, f.from(), f.to());
        return q.append(") x ORDER BY 1, 2, 3");
    }

    private static List<String> read(SqlQuery q) throws Exception {
        try (Connection c = db.connect()) {
            return q.list(c, rs -> rs.getLong(1) + " " + rs.getLong(2) + " " + rs.getString(3) + " " + rs.getLong(4) + " "
                    + rs.getBigDecimal(5));
        }
    }

    /** Rows of sales_offer_months that a build from scratch would not give, or would give and are missing. */
    private static long differencesFromScratch() {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("CREATE TEMP TABLE kept ON COMMIT DROP AS SELECT * FROM sales_offer_months");
            s.execute("DELETE FROM sales_offer_months");
            s.execute("SELECT shopdesk_sum_offer_months('-infinity', rolled_until) FROM sales_rollup");
            try (var rs = s.executeQuery("SELECT count(*) FROM ((SELECT * FROM kept EXCEPT SELECT * FROM sales_offer_months) "
                    + "UNION ALL (SELECT * FROM sales_offer_months EXCEPT SELECT * FROM kept)) d")) {
                rs.next();
                long differences = rs.getLong(1);
                c.rollback();
                return differences;
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
