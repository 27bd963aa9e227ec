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
