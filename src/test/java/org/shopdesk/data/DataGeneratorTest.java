package org.shopdesk.data;

import org.shopdesk.data.Db;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.data.generate.DataGenerator;
import org.shopdesk.data.generate.GenerationListener;
import org.shopdesk.data.generate.GenerationProfile;
import org.shopdesk.domain.common.DatabaseNotEmptyException;
import org.shopdesk.testing.TestDatabase;

/** The large-shop profile at scale 0.01: every rule of the schema holds and the same seed gives the same shop. */
class DataGeneratorTest {
    private static final LocalDate END = LocalDate.of(2025, 6, 1);
    private static final GenerationProfile PROFILE = GenerationProfile.largeShop(0.01);
    private static TestDatabase db;

    @BeforeAll
    static void generate() throws SQLException {
        db = TestDatabase.create();
        load(db, 42);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    static void load(TestDatabase target, long seed) throws SQLException {
        try (Connection c = target.connect()) {
            c.setAutoCommit(false);
            new DataGenerator(PROFILE, seed, END).generate(Db.over(c), GenerationListener.SILENT);
            c.commit();
        }
    }

    @Test
    void sizesFollowTheProfile() {
        assertThat(db.count("SELECT count(*) FROM products")).isEqualTo(100);
        assertThat(db.count("SELECT count(*) FROM category")).isEqualTo(10);
        assertThat(db.count("SELECT count(*) FROM producer")).isEqualTo(20);
        assertThat(db.count("SELECT count(*) FROM provider")).isEqualTo(5);
        assertThat(db.count("SELECT count(*) FROM customer")).isEqualTo(1_000);
        assertThat(db.count("SELECT count(*) FROM purchase WHERE kind = 'SALE'")).isEqualTo(10_000);
        long lines = db.count("SELECT count(*) FROM purchase_line l JOIN purchase p ON p.id = l.purchase_id WHERE p.kind = 'SALE'");
        assertThat(lines).isBetween(22_000L, 27_000L);
        assertThat(db.count("SELECT count(*) FROM price WHERE valid_to IS NULL")).isEqualTo(500);
        assertThat(db.count("SELECT count(*) FROM price WHERE valid_to IS NOT NULL")).isBetween(700L, 1_300L);
        assertThat(db.count("SELECT count(*) FROM purchase WHERE kind = 'RETURN'")).isBetween(50L, 300L);
        assertThat(db.count("SELECT count(*) FROM stock_movement WHERE reason = 'WRITE_OFF'")).isPositive();
        assertThat(db.count("SELECT count(*) FROM stock_movement WHERE reason = 'COUNT_CORRECTION'")).isPositive();
        assertThat(db.count("SELECT count(*) FROM stock_goods WHERE goods_balance = 0")).isPositive();
        assertThat(db.count("SELECT count(DISTINCT clerk) FROM purchase")).isGreaterThanOrEqualTo(3);
    }

    @Test
    void providersHaveValidCardsWithUniqueInns() throws SQLException {
        // V4's CHECKs have let every row in; the Java rule must agree with the database's.
        assertThat(db.count("SELECT count(*) FROM provider WHERE inn IS NULL OR email IS NULL OR phone IS NULL"))
                .isZero();
        assertThat(db.count("SELECT count(DISTINCT inn) FROM provider")).isEqualTo(5);
        assertThat(db.count("SELECT count(*) FROM provider WHERE kpp IS NOT NULL AND length(inn) <> 10")).isZero();
        try (Connection c = db.connect(); var rs = c.createStatement().executeQuery("SELECT inn, phone, email FROM provider")) {
            while (rs.next()) {
                assertThat(org.shopdesk.domain.common.TaxIds.isValidInn(rs.getString(1))).as(rs.getString(1)).isTrue();
                assertThat(org.shopdesk.domain.common.PhoneNumbers.isE164(rs.getString(2))).isTrue();
                assertThat(org.shopdesk.domain.common.EmailAddresses.isWellFormed(rs.getString(3))).isTrue();
            }
        }
    }

    @Test
    void salesFollowTheSeasonsOverTwoYears() {
        assertThat(db.count("SELECT count(DISTINCT date_trunc('month', purchased_at)) FROM purchase WHERE kind = 'SALE'"))
                .isEqualTo(24);
        long december = db.count("SELECT count(*) FROM purchase WHERE extract(month FROM purchased_at) = 12");
        long july = db.count("SELECT count(*) FROM purchase WHERE extract(month FROM purchased_at) = 7");
        assertThat(december).isGreaterThan(july * 2);
        assertThat(db.count("SELECT count(*) FROM purchase WHERE purchased_at >= '2025-06-01'")).isZero();
    }

    @Test
    void eachOfferHasOneCurrentPriceAndAnUnbrokenHistory() {
        assertThat(db.count("""
                SELECT count(*) FROM (SELECT product_id, provider_id FROM price GROUP BY 1, 2
                                       HAVING count(*) FILTER (WHERE valid_to IS NULL) <> 1) x""")).isZero();
        assertThat(db.count("""
                SELECT count(*) FROM (SELECT valid_to, lead(valid_from) OVER w AS next_from FROM price
                                      WINDOW w AS (PARTITION BY product_id, provider_id ORDER BY valid_from)) x
                 WHERE valid_to IS DISTINCT FROM next_from""")).isZero();
    }

    @Test
    void everyBalanceIsItsJournalAndNeverWentBelowZero() {
        assertThat(db.count("""
                SELECT count(*) FROM stock_goods g
                  FULL JOIN (SELECT product_id, provider_id, sum(delta) AS total FROM stock_movement GROUP BY 1, 2) m
                    USING (product_id, provider_id)
                 WHERE g.goods_balance IS DISTINCT FROM m.total OR g.goods_balance < 0""")).isZero();
        // Walked in time order (a receipt before a sale of the same moment), no balance ever dipped.
        assertThat(db.count("""
                SELECT count(*) FROM (SELECT sum(delta) OVER (PARTITION BY product_id, provider_id
                                               ORDER BY moved_at, delta DESC, id ROWS UNBOUNDED PRECEDING) AS running
                                        FROM stock_movement) x WHERE running < 0""")).isZero();
    }

    @Test
    void everyCheckTotalIsItsLinesAndEveryLineMovedStock() {
        assertThat(db.count("""
                SELECT count(*) FROM purchase p
                  LEFT JOIN (SELECT purchase_id, sum(line_total) AS total FROM purchase_line GROUP BY 1) l
                    ON l.purchase_id = p.id
                 WHERE l.total IS NULL OR p.total <> l.total""")).isZero();
        assertThat(db.count("SELECT count(*) FROM stock_movement WHERE reason IN ('SALE', 'RETURN')"))
                .isEqualTo(db.count("SELECT count(*) FROM purchase_line"));
        assertThat(db.count("""
                SELECT count(*) FROM purchase_line l JOIN purchase p ON p.id = l.purchase_id
                 WHERE NOT EXISTS (SELECT 1 FROM stock_movement m WHERE m.purchase_id = p.id
                                     AND m.product_id = l.product_id AND m.delta = CASE p.kind WHEN 'SALE'
                                         THEN -l.quantity ELSE l.quantity END)""")).isZero();
    }

    @Test
    void everyLineWasPaidThePriceValidAtTheSale() {
        // A return is paid back at the price of the sale it returns.
        assertThat(db.count("""
                SELECT count(*) FROM purchase_line l
                  JOIN purchase p ON p.id = l.purchase_id
                  LEFT JOIN purchase sale ON sale.id = p.returns_id
                  JOIN price pr ON pr.id = l.price_id
                 WHERE l.unit_price <> pr.value
                    OR coalesce(sale.purchased_at, p.purchased_at) < pr.valid_from
                    OR coalesce(sale.purchased_at, p.purchased_at) >= coalesce(pr.valid_to, 'infinity')""")).isZero();
        assertThat(db.count("""
                SELECT count(*) FROM purchase r JOIN purchase s ON s.id = r.returns_id
                 WHERE r.kind = 'RETURN' AND (s.kind <> 'SALE' OR r.purchased_at <= s.purchased_at
                       OR r.customer_id <> s.customer_id)""")).isZero();
    }

    @Test
    void checkNumbersFollowTimeAsTheShopWouldRecordThem() {
        // Returns too: written when they happen, not with their sale.
        assertThat(db.count("SELECT count(*) FROM purchase WHERE kind = 'RETURN'")).isPositive();
        assertThat(db.count("""
                SELECT count(*) FROM (SELECT purchased_at, lag(purchased_at) OVER (ORDER BY id) AS before FROM purchase) p
                 WHERE p.purchased_at < p.before""")).isZero();
    }

    @Test
    void theChartSummariesOfEveryClosedDayEqualTheChecks() {
        // What datagen (BulkLoad) does after the load.
        db.sql("SELECT shopdesk_roll_up_sales(((now() AT TIME ZONE time_zone)::date - 1)) FROM sales_rollup");
        assertThat(db.count("SELECT count(*) FROM sales_day_provider")).isPositive();
        String closed = "p.purchased_at < (SELECT rolled_until::timestamp AT TIME ZONE time_zone FROM sales_rollup)";
        assertThat(db.count("SELECT sum(revenue) * 100 FROM sales_day_provider"))
                .isEqualTo(db.count("SELECT sum(total) * 100 FROM purchase p WHERE kind = 'SALE' AND " + closed));
        assertThat(db.count("SELECT sum(checks) + sum(returns) FROM sales_day_provider"))
                .isEqualTo(db.count("SELECT count(*) FROM purchase p WHERE " + closed));
        assertThat(db.count("SELECT sum(returned) * 100 FROM sales_day_provider"))
                .isEqualTo(db.count("SELECT sum(total) * 100 FROM purchase p WHERE kind = 'RETURN' AND " + closed));
        assertThat(db.count("SELECT sum(units) FROM sales_day_producer")).isEqualTo(db.count(
                "SELECT sum(l.quantity) FROM purchase_line l JOIN purchase p ON p.id = l.purchase_id WHERE p.kind = 'SALE' AND "
                        + closed));
        assertThat(db.count("SELECT sum(units) FROM sales_day_provider"))
                .isEqualTo(db.count("SELECT sum(units) FROM sales_day_producer"));
    }

    @Test
    void everyConstraintAndIndexOfTheSchemaIsBackAndValidated() throws SQLException {
        try (TestDatabase fresh = TestDatabase.create()) {
            assertThat(schemaChecksum(db)).isEqualTo(schemaChecksum(fresh));
        }
        assertThat(db.count("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND NOT convalidated")).isZero();
        // The check, the price (which proves the product, V2).
        assertThat(db.count("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = 'purchase_line'::regclass"))
                .isEqualTo(2);
    }

    private static String schemaChecksum(TestDatabase target) throws SQLException {
        try (Connection c = target.connect(); var s = c.createStatement();
             var rs = s.executeQuery("""
                     SELECT md5(string_agg(d, '|' ORDER BY d)) FROM (
                         SELECT conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid) AS d
                           FROM pg_constraint WHERE connamespace = 'public'::regnamespace
                         UNION ALL SELECT indexdef FROM pg_indexes WHERE schemaname = 'public') x""")) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void identitySequencesContinueAfterTheGeneratedIds() {
        for (String table : new String[] {"category", "products", "customer", "price", "purchase"}) {
            long max = db.count("SELECT max(id) FROM " + table);
            assertThat(db.count("SELECT nextval(pg_get_serial_sequence('" + table + "', 'id'))")).as(table)
                    .isEqualTo(max + 1);
        }
    }

    @Test
    void theSameSeedGivesTheSameShopAndANonEmptyDatabaseIsRefused() throws SQLException {
        try (TestDatabase again = TestDatabase.create()) {
            load(again, 42);
            for (String table : new String[] {"products", "customer", "contacts", "price", "purchase", "purchase_line",
                "stock_movement"}) {
                assertThat(checksum(again, table)).as(table).isEqualTo(checksum(db, table));
            }
            assertThatThrownBy(() -> load(again, 42)).isInstanceOf(DatabaseNotEmptyException.class)
                    .hasMessageContaining("not empty");
        }
    }

    private static String checksum(TestDatabase target, String table) throws SQLException {
        try (Connection c = target.connect(); var s = c.createStatement();
             var rs = s.executeQuery("SELECT md5(string_agg(t::text, '|' ORDER BY t.id)) FROM " + table + " t")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
