package org.shopdesk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Real PostgreSQL logins for a test, one per staff member, each a member of one ShopDesk group.
 * Roles belong to the whole server, which other test runs share: every name here is unique, and
 * only the logins made here are dropped (after the test's databases, which may mention them).
 */
public final class StaffLogins implements AutoCloseable {
    public static final String PASSWORD = "Test-password-1";
    private final List<String> made = new ArrayList<>();

    /** A new login in {@code group} (e.g. "shopdesk_clerk"), with {@link #PASSWORD}. */
    public synchronized String create(String group) {
        String name = "t_" + group.replace("shopdesk_", "") + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TestDatabase.admin("CREATE ROLE " + name + " LOGIN PASSWORD '" + PASSWORD + "' IN ROLE " + group);
        made.add(name);
        return name;
    }

    /** A login name that nothing made yet; dropped at the end if a test made it. */
    public synchronized String reserve() {
        String name = "t_new_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        made.add(name);
        return name;
    }

    /**
     * A small shop to try the roles on, written as the superuser: category 1, producer 1, products
     * 1 and 2 (SKU-1 Hammer, SKU-2 Saw) at provider 1 for 100.00 and 50.00 (price rows 1 and 2)
     * with ten of each in stock, customers 1 (Ivan) and 2 (Olga).
     */
    public static void smallShop(TestDatabase db) {
        db.sql("INSERT INTO category (name) VALUES ('Tools')",
                "INSERT INTO producer (name) VALUES ('Acme')",
                "INSERT INTO products (sku, title, category_id, producer_id) VALUES ('SKU-1', 'Hammer', 1, 1), ('SKU-2', 'Saw', 1, 1)",
                "INSERT INTO provider (name) VALUES ('Provider A')",
                "INSERT INTO customer (name) VALUES ('Ivan'), ('Olga')",
                "INSERT INTO price (product_id, provider_id, value) VALUES (1, 1, 100.00), (2, 1, 50.00)",
                "INSERT INTO stock_movement (product_id, provider_id, delta, reason) VALUES (1, 1, 10, 'RECEIPT'), (2, 1, 10, 'RECEIPT')");
    }

    public static Connection connect(TestDatabase db, String login) throws SQLException {
        Connection c = DriverManager.getConnection(db.url(), login, PASSWORD);
        c.setAutoCommit(true);
        return c;
    }

    @Override
    public synchronized void close() {
        for (String name : made) {
            TestDatabase.admin("DROP ROLE IF EXISTS " + name);
        }
        made.clear();
    }
}
