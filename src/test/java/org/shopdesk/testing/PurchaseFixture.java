package org.shopdesk.testing;

/**
 * A small shop for the purchase tests: three active providers and an archived one, a customer
 * with an e-mail and a phone, four products (one archived) with offers and stock. Ids are those
 * of a fresh database: providers 1 Альфа, 2 Beta, 3 Gamma, 4 Old provider (archived); products
 * 1 P-1 Телефон Alpha (EAN 4600000000017), 2 P-2 Чехол Case, 3 P-3 Зарядка Charger, 4 P-4 Old
 * phone (archived); customer 1 Иван Петров.
 */
public final class PurchaseFixture {
    private PurchaseFixture() {
    }

    public static void load(TestDatabase db) {
        db.sql("INSERT INTO category(name) VALUES ('Phones')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO provider(name) VALUES ('Альфа'), ('Beta'), ('Gamma'), ('Old provider')",
                "INSERT INTO contacts(email, phone) VALUES ('ivan@example.ru', '+79161234567')",
                "INSERT INTO customer(name, last_name, contact_id) VALUES ('Иван', 'Петров', 1)",
                "INSERT INTO products(sku, ean, title, category_id, producer_id) VALUES "
                        + "('P-1', '4600000000017', 'Телефон Alpha', 1, 1), ('P-2', NULL, 'Чехол Case', 1, 1), "
                        + "('P-3', NULL, 'Зарядка Charger', 1, 1), ('P-4', NULL, 'Old phone', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value) VALUES (1, 1, 1000.50), (1, 2, 990), (1, 4, 500), "
                        + "(2, 1, 300), (2, 2, 310), (3, 2, 250), (4, 1, 100)",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, 50, 'RECEIPT'), "
                        + "(1, 2, 50, 'RECEIPT'), (1, 4, 5, 'RECEIPT'), (2, 1, 100, 'RECEIPT'), (2, 2, 100, 'RECEIPT'), "
                        + "(3, 2, 20, 'RECEIPT'), (4, 1, 5, 'RECEIPT')",
                "UPDATE provider SET archived = true WHERE id = 4",
                "UPDATE products SET archived = true WHERE id = 4");
    }
}
