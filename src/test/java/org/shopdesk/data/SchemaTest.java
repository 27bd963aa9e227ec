package org.shopdesk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.app.Backend;
import org.shopdesk.testing.TestDatabase;

/**
 * The rules the database itself keeps, tried with plain SQL as any client could: no overselling,
 * balances equal to the journal, immutable price and sale history, one current price, totals
 * from lines, and no delete that would take history with it.
 */
class SchemaTest {
    static TestDatabase db;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Phones')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO provider(name) VALUES ('Shop one'), ('Shop two')",
                "INSERT INTO contacts(email, phone) VALUES ('ivan@example.ru', '+79161234567')",
                "INSERT INTO customer(name, last_name, contact_id) VALUES ('Ivan', 'Petrov', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('P-1', 'Phone', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value) VALUES (1, 1, 1000.50), (1, 2, 990)",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, 10, 'RECEIPT')",
                "BEGIN",
                "INSERT INTO purchase(id, customer_id, provider_id) OVERRIDING SYSTEM VALUE VALUES (100, 1, 1)",
                "INSERT INTO purchase_line(purchase_id, provider_id, product_id, price_id, quantity, unit_price) "
                        + "VALUES (100, 1, 1, 1, 2, 1000.50), (100, 1, 1, 1, 1, 1000.50)",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason, purchase_id) VALUES (1, 1, -3, 'SALE', 100)",
                "COMMIT");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void migratesAnEmptyDatabaseFromScratchAndHibernateValidatesIt() {
        try (TestDatabase blank = TestDatabase.createBlank()) {
            Backend backend = blank.backend(); // Flyway migrate + Hibernate schema validation
            assertThat(backend.system().info().schemaVersion()).isNotBlank();
            assertThat(blank.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                    + "AND table_name IN ('category','producer','provider','contacts','customer','products',"
                    + "'price','purchase','stock_goods')")).isEqualTo(9);
            assertThat(blank.count("SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'")).isEqualTo(1);
        }
    }

    @Test
    void aCheckTotalIsTheSumOfItsLinesAndTheStockFollowsTheJournal() {
        assertThat(db.count("SELECT total * 100 FROM purchase WHERE id = 100")).isEqualTo(300150);
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 1 AND provider_id = 1"))
                .isEqualTo(db.count("SELECT sum(delta) FROM stock_movement WHERE product_id = 1 AND provider_id = 1"));
        assertThat(db.count("SELECT count(*) FROM purchase WHERE id = 100 AND clerk = session_user")).isEqualTo(1);
    }

    @Test
    void refusesToSellMoreThanIsInStock() {
        long before = db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 1 AND provider_id = 1");
        assertRefused("INSERT INTO stock_movement(product_id, provider_id, delta, reason, purchase_id) "
                + "VALUES (1, 1, -" + (before + 1) + ", 'SALE', 100)", "stock_goods_not_oversold");
        assertRefused("UPDATE stock_goods SET goods_balance = 1000", "only through the stock journal");
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 1 AND provider_id = 1"))
                .isEqualTo(before);
    }

    @Test
    void twoClerksSellingTheLastUnitsNeverOversell() throws Exception {
        db.sql("INSERT INTO products(sku, title, category_id, producer_id) VALUES ('LAST-1', 'Last one', 1, 1)",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) "
                        + "SELECT id, 2, 5, 'RECEIPT' FROM products WHERE sku = 'LAST-1'");
        long product = db.count("SELECT id FROM products WHERE sku = 'LAST-1'");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Callable<Boolean>> clerks = java.util.stream.IntStream.range(0, 8).<Callable<Boolean>>mapToObj(i -> () -> {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.execute("INSERT INTO purchase(customer_id, provider_id) VALUES (1, 2)");
                s.execute("INSERT INTO stock_movement(product_id, provider_id, delta, reason, purchase_id) "
                        + "VALUES (" + product + ", 2, -1, 'SALE', currval(pg_get_serial_sequence('purchase','id')))");
                c.commit();
                return true;
            } catch (SQLException e) {
                return false;
            }
        }).toList();
        long sold = 0;
        for (Future<Boolean> f : pool.invokeAll(clerks)) {
            sold += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(sold).isEqualTo(5);
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = " + product)).isZero();
    }

    @Test
    void aPriceIsHistoryWithOneCurrentRowPerProductAndProvider() {
        assertRefused("INSERT INTO price(product_id, provider_id, value) VALUES (1, 1, 5)", "price_current_key");
        assertRefused("UPDATE price SET value = 1 WHERE id = 1", "close it and open a new one");
        assertRefused("DELETE FROM price WHERE id = 1", "cannot be deleted");
        assertRefused("INSERT INTO price(product_id, provider_id, value) VALUES (1, 2, 0)", "price_value_check");
        db.sql("BEGIN",
                "UPDATE price SET valid_to = now() WHERE product_id = 1 AND provider_id = 2 AND valid_to IS NULL",
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES (1, 2, 980, now() + interval '1 microsecond')",
                "COMMIT");
        assertThat(db.count("SELECT count(*) FROM price WHERE product_id = 1 AND provider_id = 2")).isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM price WHERE product_id = 1 AND provider_id = 2 AND valid_to IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void noDeleteTakesSalesHistoryWithIt() {
        assertRefused("DELETE FROM customer WHERE id = 1", "foreign key");
        assertRefused("DELETE FROM contacts WHERE id = 1", "foreign key");
        assertRefused("DELETE FROM provider WHERE id = 1", "foreign key");
        assertRefused("DELETE FROM products WHERE id = 1", "foreign key");
        assertRefused("DELETE FROM category WHERE id = 1", "foreign key");
        assertRefused("DELETE FROM producer WHERE id = 1", "foreign key");
        assertRefused("DELETE FROM purchase WHERE id = 100", "cannot be deleted");
        assertRefused("DELETE FROM purchase_line", "cannot be changed or deleted");
        assertRefused("DELETE FROM stock_movement", "correct it with a new movement");
        assertRefused("UPDATE purchase SET total = 1 WHERE id = 100", "cannot be changed");
    }

    @Test
    void contactsAndProductsKeepTheirFormats() {
        assertRefused("INSERT INTO contacts(email) VALUES ('not-an-email')", "contacts_email_check");
        assertRefused("INSERT INTO contacts(email) VALUES ('ivan@example.ru')", "contacts_email_key");
        // Kept in lower case since V5, so "IVAN@" is refused before it could be a second ivan@.
        assertRefused("INSERT INTO contacts(email) VALUES ('IVAN@example.ru')", "contacts_email_lower");
        assertRefused("INSERT INTO contacts(phone) VALUES ('+7916123456789012')", "too long");
        assertRefused("INSERT INTO contacts(phone) VALUES ('+0916123456')", "contacts_phone_check");
        assertRefused("INSERT INTO contacts(phone) VALUES ('89161234567')", "contacts_phone_check");
        assertRefused("INSERT INTO products(sku, title, category_id, producer_id) VALUES ('P-1', 'Dup', 1, 1)",
                "products_sku_key");
        assertRefused("INSERT INTO products(sku, title, category_id, producer_id) VALUES ('P-9', '" + "x".repeat(101)
                + "', 1, 1)", "too long");
        assertRefused("INSERT INTO products(sku, title, category_id, producer_id) VALUES ('P-9', '  ', 1, 1)",
                "products_title_check");
    }

    private static void assertRefused(String sql, String why) {
        assertThatThrownBy(() -> {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining(why);
    }
}
