package org.shopdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopdesk.security.RolesEnforcedTest.exec;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.testing.StaffLogins;
import org.shopdesk.testing.TestDatabase;

/** Every audited change leaves exactly one audit row, with the person and the old and new values. */
class AuditTrailTest {
    private static TestDatabase db;
    private static StaffLogins logins;
    private static String clerk;
    private static String purchasing;
    private static String manager;

    @BeforeAll
    static void shop() {
        logins = new StaffLogins();
        db = TestDatabase.create();
        StaffLogins.smallShop(db);
        clerk = logins.create("shopdesk_clerk");
        purchasing = logins.create("shopdesk_purchasing");
        manager = logins.create("shopdesk_manager");
    }

    @AfterAll
    static void drop() {
        db.close();
        logins.close();
    }

    @Test
    void aSaleLeavesOneRowPerCheckLineAndJournalRowAndNoneForDerivedTotalsOrBalances() throws SQLException {
        long before = db.count("SELECT count(*) FROM audit_log");
        long check;
        try (Connection c = StaffLogins.connect(db, clerk)) {
            check = RolesEnforcedTest.sale(c, "nobody");
        }
        assertThat(db.count("SELECT count(*) FROM audit_log") - before).isEqualTo(3);
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE table_name = 'purchase' AND operation = 'INSERT' AND row_id = "
                + check + " AND who = '" + clerk + "' AND new_values ->> 'clerk' = '" + clerk + "'")).isOne();
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE table_name = 'purchase_line' AND who = '" + clerk
                + "' AND (new_values ->> 'purchase_id')::bigint = " + check + " AND (new_values ->> 'quantity')::int = 2")).isOne();
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE table_name = 'stock_movement' AND who = '" + clerk
                + "' AND (new_values ->> 'delta')::int = -2 AND old_values IS NULL")).isOne();
    }

    @Test
    void endingAPriceIsOneUpdateWithOldAndNewValues() throws SQLException {
        long id = db.count("SELECT id FROM price WHERE valid_to IS NULL LIMIT 1");
        long before = db.count("SELECT count(*) FROM audit_log WHERE table_name = 'price'");
        try (Connection c = StaffLogins.connect(db, purchasing)) {
            exec(c, "UPDATE price SET valid_to = now() + interval '1 day' WHERE id = " + id);
        }
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE table_name = 'price'") - before).isOne();
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE table_name = 'price' AND operation = 'UPDATE' AND row_id = " + id
                + " AND who = '" + purchasing + "' AND old_values ->> 'valid_to' IS NULL AND new_values ->> 'valid_to' IS NOT NULL"
                + " AND new_values ->> 'closed_by' IS NOT DISTINCT FROM "
                + " CASE WHEN new_values ? 'closed_by' THEN '" + purchasing + "' END")).isOne();
    }

    @Test
    void customersProvidersProductsAndReorderLevelsAreAuditedWithTheirOldAndNewValues() throws SQLException {
        long before = db.count("SELECT count(*) FROM audit_log");
        try (Connection c = StaffLogins.connect(db, clerk)) {
            exec(c, "UPDATE customer SET name = 'Ivan II' WHERE id = 1");
            exec(c, "INSERT INTO customer (name) VALUES ('Anna')");
        }
        try (Connection c = StaffLogins.connect(db, purchasing)) {
            exec(c, "UPDATE provider SET name = 'Provider B' WHERE id = 1");
            exec(c, "UPDATE products SET title = 'Claw hammer' WHERE id = 1");
            exec(c, "INSERT INTO products (sku, title, category_id, producer_id) VALUES ('SKU-9', 'Nail', 1, 1)");
            exec(c, "DELETE FROM products WHERE sku = 'SKU-9'");
        }
        assertThat(db.count("SELECT count(*) FROM audit_log") - before).isEqualTo(6);
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE table_name = 'customer' AND operation = 'UPDATE' AND who = '"
                + clerk + "' AND old_values ->> 'name' = 'Ivan' AND new_values ->> 'name' = 'Ivan II'")).isOne();
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE table_name = 'provider' AND old_values ->> 'name' = 'Provider A'"
                + " AND new_values ->> 'name' = 'Provider B' AND who = '" + purchasing + "'")).isOne();
        assertThat(db.count("SELECT count(*) FROM audit_log WHERE table_name = 'products' AND operation = 'DELETE'"
                + " AND old_values ->> 'sku' = 'SKU-9' AND new_values IS NULL")).isOne();
    }

    @Test
    void theTrailIsAppendOnlyEvenForASuperuserWhoIsNotTheOwnerAndManagersReadIt() throws SQLException {
        try (Connection c = db.connect()) {
            RolesEnforcedTest.refused(c, "DELETE FROM audit_log", "42501");
            RolesEnforcedTest.refused(c, "UPDATE audit_log SET who = 'x'", "42501");
            RolesEnforcedTest.refused(c, "TRUNCATE audit_log", "42501");
        }
        try (Connection c = StaffLogins.connect(db, manager); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_trail")) {
            rs.next();
            assertThat(rs.getLong(1)).isEqualTo(db.count("SELECT count(*) FROM audit_log"));
        }
    }
}
