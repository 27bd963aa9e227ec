package org.shopdesk.service;

import org.shopdesk.testing.TestDatabase;

/**
 * A small shop written by hand, every figure of every chart worked out on paper (see
 * SalesAnalyticsTest). Days are counted back from today (T) in UTC; checks are at noon.
 *
 * <pre>
 * products  P1 Phone (Phones, Acme)   P2 Case (Cases, Zeta)   P3 Charger (Phones, Zeta)   P4 Old stock (Cases, Acme)
 * category  Empty has no products; producer Nobody has none
 * period    [T-29, T+1) (30 days), previous [T-59, T-29)
 *   C1 T-20 Shop one   P1 2 x 100, P2 3 x 10   = 230
 *   C2 T-10 Shop one   P1 1 x 100              = 100
 *   C3 T-5  Shop two   P1 2 x 90               = 180
 *   C4 T-3  Shop three P3 1 x 50               =  50
 *   R1 T-4  Shop one   returns P2 1 x 10 of C1 =  10
 *   R2 T-1  Shop two   returns P1 1 x 90 of C3 =  90  (yesterday: live)
 *   C5 T    Shop two   P3 3 x 20               =  60  (today: live)
 *   C6 T-40 Shop one   P1 1 x 100              = 100  (previous period)
 *   C7 T-45 Shop two   P1 1 x 90               =  90  (previous period)
 * old       O1 T-195 Shop one P1 4 x 100, P2 15 x 10, P4 10 x 5 = 600;  O2 T-195 Shop three P3 8 x 50 = 400
 * stock now (P1, one) 3, (P2, one) 100, (P1, two) 3, (P4, one) 20; P3 has none anywhere
 * </pre>
 * Checks are written as a bulk load would (no stock journal for them): the charts read stock
 * balances only, and these are set by receipts.
 */
public final class SalesAnalyticsFixture {
    private SalesAnalyticsFixture() {
    }

    public static void load(TestDatabase db) {
        db.sql("UPDATE sales_rollup SET time_zone = 'UTC'",
                "INSERT INTO category(name) VALUES ('Phones'), ('Cases'), ('Empty')",
                "INSERT INTO producer(name) VALUES ('Acme'), ('Zeta'), ('Nobody')",
                "INSERT INTO provider(name) VALUES ('Shop one'), ('Shop two'), ('Shop three')",
                "INSERT INTO contacts(email) VALUES ('ivan@example.ru')",
                "INSERT INTO customer(name, last_name, contact_id) VALUES ('Ivan', 'Petrov', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('P-1', 'Phone', 1, 1), ('P-2', 'Case', 2, 2), "
                        + "('P-3', 'Charger', 1, 2), ('P-4', 'Old stock', 2, 1)",
                // price ids: 1 (P1, one) 100; 2 (P2, one) 10; 3 (P1, two) 90; 4 (P3, two) 20; 5 (P3, three) 50; 6 (P4, one) 5
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES "
                        + "(1, 1, 100, now() - interval '400 days'), (2, 1, 10, now() - interval '400 days'), "
                        + "(1, 2, 90, now() - interval '400 days'), (3, 2, 20, now() - interval '400 days'), "
                        + "(3, 3, 50, now() - interval '400 days'), (4, 1, 5, now() - interval '400 days')",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES "
                        + "(1, 1, 3, 'RECEIPT'), (2, 1, 100, 'RECEIPT'), (1, 2, 3, 'RECEIPT'), (4, 1, 20, 'RECEIPT')");
        check(db, 1, "SALE", null, 20, 1, "(1, 1, 2, 100), (2, 2, 3, 10)");
        check(db, 2, "SALE", null, 10, 1, "(1, 1, 1, 100)");
        check(db, 3, "SALE", null, 5, 2, "(1, 3, 2, 90)");
        check(db, 4, "SALE", null, 3, 3, "(3, 5, 1, 50)");
        check(db, 5, "RETURN", 1, 4, 1, "(2, 2, 1, 10)");
        check(db, 6, "RETURN", 3, 1, 2, "(1, 3, 1, 90)");
        check(db, 7, "SALE", null, 0, 2, "(3, 4, 3, 20)");
        check(db, 8, "SALE", null, 40, 1, "(1, 1, 1, 100)");
        check(db, 9, "SALE", null, 45, 2, "(1, 3, 1, 90)");
        check(db, 10, "SALE", null, 195, 1, "(1, 1, 4, 100), (2, 2, 15, 10), (4, 6, 10, 5)");
        check(db, 11, "SALE", null, 195, 3, "(3, 5, 8, 50)");
    }

    /** A check {@code daysAgo} days back at noon UTC; lines are (product, price, quantity, unit price). */
    private static void check(TestDatabase db, long id, String kind, Integer returns, int daysAgo, long provider, String lines) {
        String at = "(((now() AT TIME ZONE 'UTC')::date - " + daysAgo + ") + time '12:00') AT TIME ZONE 'UTC'";
        db.sql("INSERT INTO purchase(id, customer_id, provider_id, kind, returns_id, purchased_at) OVERRIDING SYSTEM VALUE "
                        + "VALUES (" + id + ", 1, " + provider + ", '" + kind + "', " + returns + ", " + at + ")",
                "INSERT INTO purchase_line(purchase_id, provider_id, product_id, price_id, quantity, unit_price) "
                        + "SELECT " + id + ", " + provider + ", v.* FROM (VALUES " + lines + ") v");
    }
}
