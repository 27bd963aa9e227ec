package org.shopdesk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.testing.TestDatabase;

/** The stock rules of V7 as the database itself enforces them, whatever client writes. */
class StockSchemaTest {
    private static TestDatabase db;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Tools')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO provider(name) VALUES ('Main'), ('Closed')",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('H-1', 'Hammer', 1, 1), ('H-2', 'Old saw', 1, 1)",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, 10, 'RECEIPT'), (2, 1, 5, 'RECEIPT'), "
                        + "(1, 2, 5, 'RECEIPT')",
                "UPDATE products SET archived = true WHERE id = 2",
                "UPDATE provider SET archived = true WHERE id = 2");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static long balance() {
        return db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 1 AND provider_id = 1");
    }

    private static void refused(String sql, String expected) {
        long before = balance();
        long journal = db.count("SELECT count(*) FROM stock_movement");
        assertThatThrownBy(() -> db.sql(sql)).hasStackTraceContaining(expected);
        assertThat(balance()).isEqualTo(before);
        assertThat(db.count("SELECT count(*) FROM stock_movement")).isEqualTo(journal);
    }

    @Test
    void badQuantitiesAreRefused() {
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, 0, 'RECEIPT')",
                "stock_movement_delta_nonzero");
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, -2, 'RECEIPT')",
                "stock_movement_sign");
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, 1000001, 'RECEIPT')",
                "stock_movement_delta_range");
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, 99999999999, 'RECEIPT')",
                "out of range");
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason, write_off_reason) "
                + "VALUES (1, 1, -11, 'WRITE_OFF', 'LOST')", "stock_goods_not_oversold");
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, -11, 'COUNT_CORRECTION')",
                "stock_goods_not_oversold");
    }

    @Test
    void aFractionalQuantityIsNotAWholeNumberOfUnits() throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, ?::text::integer, 'RECEIPT')")) {
            ps.setString(1, "1.5");
            assertThatThrownBy(ps::executeUpdate).hasMessageContaining("invalid input syntax for type integer");
        }
        assertThat(balance()).isEqualTo(10);
    }

    @Test
    void aWriteOffSaysWhy() {
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, -1, 'WRITE_OFF')",
                "a write-off needs its reason");
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason, write_off_reason) "
                + "VALUES (1, 1, -1, 'WRITE_OFF', 'OTHER')", "a write-off needs its reason");
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason, write_off_reason, note) "
                + "VALUES (1, 1, -1, 'WRITE_OFF', 'OTHER', '  ')", "a write-off needs its reason");
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason, write_off_reason) "
                + "VALUES (1, 1, -1, 'WRITE_OFF', 'STOLEN')", "stock_movement_write_off_reason_value");
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason, write_off_reason) "
                + "VALUES (1, 1, 1, 'RECEIPT', 'LOST')", "stock_movement_write_off_reason_only");
        db.sql("INSERT INTO stock_movement(product_id, provider_id, delta, reason, write_off_reason, note) "
                + "VALUES (1, 1, -1, 'WRITE_OFF', 'OTHER', 'shop sample')",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, 1, 'RECEIPT')");
        assertThat(balance()).isEqualTo(10);
    }

    @Test
    void stockOfArchivedGoodsOrProvidersDoesNotMoveByHand() {
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (2, 1, 1, 'RECEIPT')",
                "archived product or provider does not move");
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason, write_off_reason) "
                + "VALUES (2, 1, -1, 'WRITE_OFF', 'LOST')", "archived product or provider does not move");
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 2, -1, 'COUNT_CORRECTION')",
                "archived product or provider does not move");
        // In one statement with good rows: the whole statement is refused.
        refused("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, 1, 'RECEIPT'), "
                + "(2, 1, 1, 'RECEIPT')", "archived product or provider does not move");
    }

    @Test
    void aCountThatConfirmsTheBooksIsJournalledWithoutMovingAnything() {
        long before = balance();
        db.sql("INSERT INTO stock_movement(product_id, provider_id, delta, reason, note) VALUES (1, 1, 0, 'COUNT_CORRECTION', 'ok')");
        assertThat(balance()).isEqualTo(before);
        assertThat(db.count("SELECT count(*) FROM stock_movement WHERE delta = 0 AND moved_by = session_user")).isEqualTo(1);
    }

    @Test
    void levelsAndLeadTimesStayInRangeAndTheBalanceStillMovesOnlyThroughTheJournal() {
        assertThatThrownBy(() -> db.sql("UPDATE stock_goods SET reorder_level = -1 WHERE product_id = 1"))
                .hasStackTraceContaining("stock_goods_reorder_level_range");
        assertThatThrownBy(() -> db.sql("UPDATE provider SET lead_time_days = 400 WHERE id = 1"))
                .hasStackTraceContaining("provider_lead_time_range");
        db.sql("UPDATE stock_goods SET reorder_level = 4 WHERE product_id = 1 AND provider_id = 1");
        assertThat(db.count("SELECT reorder_level FROM stock_goods WHERE product_id = 1 AND provider_id = 1")).isEqualTo(4);
        assertThatThrownBy(() -> db.sql("UPDATE stock_goods SET goods_balance = 3, reorder_level = 5 WHERE product_id = 1"))
                .hasStackTraceContaining("only through the stock journal");
        assertThat(db.count("SELECT lead_time_days FROM provider WHERE id = 1")).isEqualTo(7);
    }

    @Test
    void aRestoreWithTriggersOffStillTakesOldWriteOffsWithoutAReason() throws SQLException {
        // History from before V7 (or from a backup) is loaded as it was: the rules are for new movements.
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute("SET LOCAL session_replication_role = replica");
            s.execute("INSERT INTO stock_movement(product_id, provider_id, delta, reason, note) "
                    + "VALUES (1, 1, -1, 'WRITE_OFF', 'before V7')");
            try (var rs = s.executeQuery("SELECT count(*) FROM stock_movement WHERE note = 'before V7'")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
            c.rollback();
        }
    }
}
