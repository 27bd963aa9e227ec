package org.shopdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.testing.StaffLogins;
import org.shopdesk.testing.TestDatabase;

/**
 * What a staff login may do is decided by PostgreSQL, not by the window: each case here is tried
 * over plain JDBC as a real login, the way someone with psql would.
 */
class RolesEnforcedTest {
    private static final String DENIED = "42501";
    private static TestDatabase db;
    private static StaffLogins logins;
    private static String clerk;
    private static String otherClerk;
    private static String purchasing;
    private static String manager;
    private static long check;

    @BeforeAll
    static void shop() throws SQLException {
        logins = new StaffLogins();
        db = TestDatabase.create();
        StaffLogins.smallShop(db);
        clerk = logins.create("shopdesk_clerk");
        otherClerk = logins.create("shopdesk_clerk");
        purchasing = logins.create("shopdesk_purchasing");
        manager = logins.create("shopdesk_manager");
        try (Connection c = StaffLogins.connect(db, clerk)) {
            check = sale(c, "nobody");
        }
    }

    @AfterAll
    static void drop() {
        db.close();
        logins.close();
    }

    @Test
    void aClerkSellsAndTheDatabaseKeepsTotalsAndBalances() throws SQLException {
        assertThat(db.count("SELECT total * 100 FROM purchase WHERE id = " + check)).isEqualTo(20_000);
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 1")).isLessThanOrEqualTo(8);
    }

    @Test
    void aClerkSellsThroughShopDesksServiceAsTheirOwnLogin() {
        try (org.shopdesk.app.Backend clerkDesk = org.shopdesk.app.Backend.connect(
                org.shopdesk.app.ConnectionTarget.server(db.url(), clerk, StaffLogins.PASSWORD, "test"), TestDatabase.testDirs(), false)) {
            var receipt = clerkDesk.sales().recordSale(new org.shopdesk.domain.purchasing.SaleDraft(java.util.UUID.randomUUID(), 2L, 1L,
                    List.of(new org.shopdesk.domain.purchasing.SaleLine(2L, 2L, 3))));
            assertThat(receipt).isNotNull();
        }
        assertThat(db.count("SELECT count(*) FROM purchase WHERE customer_id = 2 AND clerk = '" + clerk + "' AND total = 150")).isOne();
    }

    @Test
    void aClerkCannotChangeAPrice() throws SQLException {
        try (Connection c = StaffLogins.connect(db, clerk)) {
            refused(c, "UPDATE price SET value = 1 WHERE id = 1", DENIED);
            refused(c, "UPDATE price SET valid_to = now() + interval '1 day' WHERE id = 1", DENIED);
            refused(c, "INSERT INTO price (product_id, provider_id, value) VALUES (1, 1, 1.00)", DENIED);
            refused(c, "DELETE FROM price", DENIED);
        }
        assertThat(db.count("SELECT count(*) FROM price WHERE value = 1")).isZero();
    }

    @Test
    void aClerkCannotDeleteOrAlterACheck() throws SQLException {
        try (Connection c = StaffLogins.connect(db, clerk)) {
            refused(c, "DELETE FROM purchase WHERE id = " + check, DENIED);
            refused(c, "UPDATE purchase SET total = 1 WHERE id = " + check, DENIED);
            refused(c, "UPDATE purchase SET customer_id = 2 WHERE id = " + check, DENIED);
            // The one column a clerk may name in an UPDATE (so that a sale can lock rows) never changes.
            refused(c, "UPDATE purchase SET created_at = now() - interval '1 year' WHERE id = " + check, "23000");
            refused(c, "UPDATE stock_goods SET created_at = now() - interval '1 year'", "23000");
            refused(c, "DELETE FROM purchase_line", DENIED);
            refused(c, "UPDATE purchase_line SET quantity = 1", DENIED);
            refused(c, "DELETE FROM stock_movement", DENIED);
            refused(c, "UPDATE stock_goods SET goods_balance = 999", DENIED);
        }
        assertThat(db.count("SELECT count(*) FROM purchase WHERE id = " + check + " AND customer_id = 1 AND total = 200")).isOne();
    }

    @Test
    void aClerkCannotWriteSummariesOrTheAuditTrail() throws SQLException {
        try (Connection c = StaffLogins.connect(db, clerk)) {
            refused(c, "INSERT INTO sales_day_provider SELECT * FROM sales_day_provider", DENIED);
            refused(c, "DELETE FROM sales_day_provider", DENIED);
            refused(c, "UPDATE sales_rollup SET rolled_until = 'infinity'", DENIED);
            refused(c, "INSERT INTO audit_log (table_name, operation, row_id, new_values) VALUES ('price', 'INSERT', 1, '{}')", DENIED);
            refused(c, "UPDATE audit_log SET who = 'someone'", DENIED);
            refused(c, "DELETE FROM audit_log", DENIED);
            refused(c, "SELECT count(*) FROM audit_trail", DENIED);
            refused(c, "DELETE FROM sales_offer_months", DENIED);
            refused(c, "SELECT shopdesk_sum_offer_months('-infinity', current_date)", DENIED);
            // The roll-up itself is open to every group: it writes derived figures only, as the owner
            // (its trigger keeps the offers' running totals, V14).
            exec(c, "SELECT shopdesk_roll_up_sales(current_date - 1)");
        }
    }

    @Test
    void nobodyButTheOwnerTruncatesChangesTheSchemaOrSwitchesTriggersOff() throws SQLException {
        for (String login : List.of(clerk, purchasing, manager)) {
            try (Connection c = StaffLogins.connect(db, login)) {
                for (String table : tables()) {
                    refused(c, "TRUNCATE " + table, DENIED);
                }
                refused(c, "ALTER TABLE price DISABLE TRIGGER price_is_history", DENIED);
                refused(c, "ALTER TABLE purchase_line DISABLE TRIGGER USER", DENIED);
                refused(c, "DROP TRIGGER purchase_is_history ON purchase", DENIED);
                refused(c, "ALTER TABLE purchase ADD COLUMN x int", DENIED);
                refused(c, "CREATE TABLE public.mine (x int)", DENIED);
                refused(c, "CREATE ROLE " + login + "_friend LOGIN SUPERUSER", DENIED);
                refused(c, "CREATE ROLE " + login + "_friend LOGIN", DENIED);
                refused(c, "GRANT shopdesk_owner TO " + login, DENIED);
                refused(c, "SET ROLE shopdesk_owner", DENIED);
            }
        }
    }

    @Test
    void theTemporaryTableTriggerTrickIsRefused() throws SQLException {
        String trick = """
                CREATE FUNCTION pg_temp.trick() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    UPDATE purchase SET total = 1, customer_id = 2 WHERE id = %d;
                    UPDATE stock_goods SET goods_balance = 999;
                    RETURN NULL;
                END $$""".formatted(check);
        try (Connection c = StaffLogins.connect(db, clerk)) {
            exec(c, "CREATE TEMP TABLE nudge (x int)");
            exec(c, trick);
            exec(c, "CREATE TRIGGER nudge AFTER INSERT ON nudge FOR EACH ROW EXECUTE FUNCTION pg_temp.trick()");
            refused(c, "INSERT INTO nudge VALUES (1)", DENIED);
        }
        // Even a login that was given UPDATE on the tables (by a careless grant) cannot: the
        // history rules no longer trust the trigger depth.
        String careless = logins.create("shopdesk_clerk");
        db.sql("GRANT UPDATE ON purchase, stock_goods TO " + careless);
        try (Connection c = StaffLogins.connect(db, careless)) {
            exec(c, "CREATE TEMP TABLE nudge (x int)");
            exec(c, trick);
            exec(c, "CREATE TRIGGER nudge AFTER INSERT ON nudge FOR EACH ROW EXECUTE FUNCTION pg_temp.trick()");
            refused(c, "INSERT INTO nudge VALUES (1)", "23000");
            refused(c, "UPDATE stock_goods SET goods_balance = 999", "23000");
        } finally {
            db.sql("REVOKE UPDATE ON purchase, stock_goods FROM " + careless);
        }
        assertThat(db.count("SELECT count(*) FROM stock_goods WHERE goods_balance = 999")).isZero();
        assertThat(db.count("SELECT count(*) FROM purchase WHERE id = " + check + " AND customer_id = 1 AND total = 200")).isOne();
    }

    @Test
    void whoAndWhenOfACheckAndItsJournalAreTheDatabasesNotTheClients() throws SQLException {
        long own;
        try (Connection c = StaffLogins.connect(db, otherClerk)) {
            own = sale(c, clerk);
        }
        assertThat(db.count("SELECT count(*) FROM purchase WHERE id = " + own + " AND clerk = '" + otherClerk
                + "' AND purchased_at > now() - interval '1 hour'")).isOne();
        assertThat(db.count("SELECT count(*) FROM stock_movement WHERE purchase_id = " + own + " AND moved_by = '" + otherClerk
                + "' AND moved_at > now() - interval '1 hour'")).isOne();
        try (Connection c = StaffLogins.connect(db, purchasing)) {
            exec(c, "INSERT INTO products (sku, title, category_id, producer_id, created_by, created_at) "
                    + "VALUES ('SKU-3', 'Drill', 1, 1, 'nobody', now() - interval '400 days')");
            exec(c, "INSERT INTO price (product_id, provider_id, value, created_by, valid_from) "
                    + "VALUES (3, 1, 10.00, 'nobody', now() - interval '400 days')");
            refused(c, "UPDATE products SET created_by = 'nobody' WHERE sku = 'SKU-3'", DENIED);
        }
        assertThat(db.count("SELECT count(*) FROM products WHERE sku = 'SKU-3' AND created_by = '" + purchasing
                + "' AND created_at > now() - interval '1 hour'")).isOne();
        assertThat(db.count("SELECT count(*) FROM price WHERE product_id = 3 AND created_by = '" + purchasing
                + "' AND valid_from > now() - interval '1 hour'")).isOne();
    }

    @Test
    void everyGroupsWritesReachTheSuppliersFiguresWhichOnlyTheFoldWrites() throws SQLException {
        try (Connection c = StaffLogins.connect(db, purchasing)) {
            exec(c, "INSERT INTO provider (name) VALUES ('Provider of the figures')");
            exec(c, "INSERT INTO price (product_id, provider_id, value) "
                    + "SELECT 2, id, 7.00 FROM provider WHERE name = 'Provider of the figures'");
            refused(c, "INSERT INTO provider_figures (provider_id, offers, units, stock_value) VALUES (1, 1, 1, 1)", DENIED);
            refused(c, "DELETE FROM provider_figures_touched", DENIED);
        }
        assertThat(db.count("SELECT count(*) FROM provider_figures_touched t JOIN provider v ON v.id = t.provider_id "
                + "WHERE t.product_id = 2 AND v.name = 'Provider of the figures'")).isOne();
        for (String login : List.of(clerk, purchasing, manager)) {
            try (Connection c = StaffLogins.connect(db, login)) {
                exec(c, "SELECT shopdesk_sum_provider_figures()");
            }
        }
        assertThat(db.count("SELECT count(*) FROM provider_figures_touched")).isZero();
        assertThat(db.count("SELECT journal_id FROM provider_figures_mark")).isEqualTo(db.count("SELECT max(id) FROM stock_movement"));
    }

    @Test
    void aClerkRecordsNoReceiptsAndPurchasingRecordsNoSales() throws SQLException {
        try (Connection c = StaffLogins.connect(db, clerk)) {
            refused(c, "INSERT INTO stock_movement (product_id, provider_id, delta, reason) VALUES (1, 1, 100, 'RECEIPT')", DENIED);
            // A "sale" of goods booked against an old check is a loss nobody explained: refused.
            refused(c, "INSERT INTO stock_movement (product_id, provider_id, delta, reason, purchase_id) "
                    + "VALUES (2, 1, -5, 'SALE', " + check + ")", DENIED);
        }
        try (Connection c = StaffLogins.connect(db, purchasing)) {
            refused(c, "INSERT INTO purchase (customer_id, provider_id) VALUES (1, 1)", DENIED);
            refused(c, "INSERT INTO purchase_line (purchase_id, provider_id, product_id, price_id, quantity, unit_price) "
                    + "VALUES (" + check + ", 1, 1, 1, 1, 100.00)", DENIED);
            refused(c, "INSERT INTO stock_movement (product_id, provider_id, delta, reason, purchase_id) "
                    + "VALUES (1, 1, -1, 'SALE', " + check + ")", DENIED);
            exec(c, "INSERT INTO stock_movement (product_id, provider_id, delta, reason) VALUES (2, 1, 5, 'RECEIPT')");
        }
    }

    @Test
    void aManagerReadsEverythingAndWritesNothing() throws SQLException {
        try (Connection c = StaffLogins.connect(db, manager)) {
            for (String table : tables()) {
                exec(c, "SELECT * FROM " + table + " LIMIT 1");
                refused(c, "INSERT INTO " + table + " DEFAULT VALUES", DENIED);
                refused(c, "DELETE FROM " + table, DENIED);
                String column = firstColumn(table);
                refused(c, "UPDATE " + table + " SET " + column + " = " + column, DENIED);
            }
            exec(c, "SELECT count(*) FROM audit_trail");
            refused(c, "SELECT shopdesk_set_login_enabled('" + clerk + "', false)", DENIED);
        }
    }

    /** Every table of the schema but the audit log (read through its view). */
    private static List<String> tables() {
        List<String> tables = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        tables.remove("audit_log");
        return tables;
    }

    private static String firstColumn(String table) {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT attname FROM pg_attribute WHERE attrelid = '" + table
                     + "'::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' AND attidentity = '' ORDER BY attnum LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A sale of two hammers, the way a client that lies about who and when would write it. */
    static long sale(Connection c, String claimedClerk) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            long id;
            try (ResultSet rs = s.executeQuery("INSERT INTO purchase (customer_id, provider_id, clerk, purchased_at) VALUES (1, 1, '"
                    + claimedClerk + "', now() - interval '400 days') RETURNING id")) {
                rs.next();
                id = rs.getLong(1);
            }
            s.execute("INSERT INTO purchase_line (purchase_id, provider_id, product_id, price_id, quantity, unit_price) "
                    + "VALUES (" + id + ", 1, 1, 1, 2, 100.00)");
            s.execute("INSERT INTO stock_movement (product_id, provider_id, delta, reason, purchase_id, moved_by, moved_at) "
                    + "VALUES (1, 1, -2, 'SALE', " + id + ", '" + claimedClerk + "', now() - interval '400 days')");
            c.commit();
            return id;
        } finally {
            c.setAutoCommit(true);
        }
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static void refused(Connection c, String sql, String sqlState) {
        assertThatThrownBy(() -> exec(c, sql)).as(sql).isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).as(sql + ": " + e.getMessage()).isEqualTo(sqlState));
    }
}
