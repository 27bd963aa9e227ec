package org.shopdesk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.testing.TestDatabase;

/**
 * The customers' rules as the database keeps them (V5), tried with plain SQL as any client could:
 * every bad input the form refuses is refused here too, and nothing of it is saved.
 */
class CustomerSchemaTest {
    static TestDatabase db;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        // The order V1 allowed: the contacts row first, then the customer pointing at it (adopted).
        db.sql("INSERT INTO contacts(email, phone) VALUES ('ivan@example.ru', '+79161234567')",
                "INSERT INTO customer(name, last_name, contact_id) VALUES ('Ivan', 'Petrov', 1)",
                "INSERT INTO customer(name) VALUES ('Walk-in')");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void aContactsRowWrittenFirstIsAdoptedByItsCustomer() {
        assertThat(db.count("SELECT customer_id FROM contacts WHERE id = 1")).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM contacts WHERE phone_digits = '79161234567'")).isEqualTo(1);
    }

    @Test
    void refusesEveryBadInputAndSavesNothing() {
        long customers = db.count("SELECT count(*) FROM customer");
        long contacts = db.count("SELECT count(*) FROM contacts");
        assertRefused("INSERT INTO customer(name) VALUES ('')", "customer_name_check");
        assertRefused("INSERT INTO customer(name) VALUES ('   ')", "customer_name_check");
        assertRefused("INSERT INTO customer(name) VALUES (' Ivan')", "customer_name_trimmed");
        assertRefused("INSERT INTO customer(name) VALUES (repeat('И', 51))", "too long");
        assertRefused("INSERT INTO customer(name, last_name) VALUES ('Ok', repeat('Ф', 81))", "too long");
        assertRefused("INSERT INTO customer(name, last_name) VALUES ('Ok', ' ')", "customer_last_name_filled");
        assertRefused("INSERT INTO contacts(customer_id, email) VALUES (2, 'not-an-email')", "contacts_email_check");
        assertRefused("INSERT INTO contacts(customer_id, email) VALUES (2, 'ivan@mail..ru')", "contacts_email_parts");
        assertRefused("INSERT INTO contacts(customer_id, email) VALUES (2, '.ivan@mail.ru')", "contacts_email_parts");
        assertRefused("INSERT INTO contacts(customer_id, phone) VALUES (2, '+7916ABC4567')", "contacts_phone_check");
        assertRefused("INSERT INTO contacts(customer_id, phone) VALUES (2, '+7916123')", "contacts_phone_digits_count");
        assertRefused("INSERT INTO contacts(customer_id, phone) VALUES (2, '+4412345')", "contacts_phone_digits_count");
        assertRefused("INSERT INTO contacts(customer_id, phone) VALUES (2, '+791612345678')", "contacts_phone_digits_count");
        assertRefused("INSERT INTO contacts(customer_id, email) VALUES (2, 'ivan@example.ru')", "contacts_email_key");
        assertRefused("INSERT INTO contacts(customer_id, email) VALUES (2, 'IVAN@Example.ru')", "contacts_email_lower");
        assertRefused("INSERT INTO contacts(customer_id, phone) VALUES (2, '+79161234567')", "contacts_phone_key");
        assertRefused("INSERT INTO customer(name, notes) VALUES ('Ok', repeat('n', 1001))", "too long");
        assertThat(db.count("SELECT count(*) FROM customer")).isEqualTo(customers);
        assertThat(db.count("SELECT count(*) FROM contacts")).isEqualTo(contacts);
    }

    @Test
    void cyrillicAndEmojiRoundTrip() throws SQLException {
        String first = "Анна 🌸";
        String last = "Ёлкина-Щукина 😀";
        try (Connection c = db.connect();
             PreparedStatement insert = c.prepareStatement(
                     "INSERT INTO customer(name, last_name, notes) VALUES (?, ?, ?) RETURNING id")) {
            insert.setString(1, first);
            insert.setString(2, last);
            insert.setString(3, "☎ после 18:00");
            long id;
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
            }
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT name, last_name, notes, length(name) FROM customer WHERE id = " + id)) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(first);
                assertThat(rs.getString(2)).isEqualTo(last);
                assertThat(rs.getString(3)).isEqualTo("☎ после 18:00");
                assertThat(rs.getInt(4)).isEqualTo(6);
            }
        }
        // Fifty emoji are fifty characters to the database, as to the form.
        db.sql("INSERT INTO customer(name) VALUES (repeat('😀', 50))");
    }

    @Test
    void thePrimaryContactIsTheCustomersOwn() {
        db.sql("INSERT INTO customer(name) VALUES ('Other')");
        long other = db.count("SELECT max(id) FROM customer");
        db.sql("INSERT INTO contacts(customer_id, phone) VALUES (" + other + ", '+79169998877')");
        long row = db.count("SELECT max(id) FROM contacts");
        // Ivan (1) may not point at another customer's row.
        assertRefused("UPDATE customer SET contact_id = " + row + " WHERE id = 1", "customer_primary_contact_own");
        db.sql("UPDATE customer SET contact_id = " + row + " WHERE id = " + other);
        assertThat(db.count("SELECT count(*) FROM customer WHERE id = 1 AND contact_id = 1")).isEqualTo(1);
    }

    @Test
    void anErasedCustomerIsAnonymousAndStaysErased() {
        db.sql("INSERT INTO customer(name, last_name, notes) VALUES ('Secret', 'Person', 'note')");
        long id = db.count("SELECT max(id) FROM customer");
        db.sql("INSERT INTO contacts(customer_id, email) VALUES (" + id + ", 'secret@example.ru')");
        long row = db.count("SELECT max(id) FROM contacts");
        db.sql("UPDATE customer SET contact_id = " + row + " WHERE id = " + id);
        // Marked erased with the personal data still on it: refused.
        assertRefused("UPDATE customer SET erased_at = now(), erased_by = 'x', archived = true WHERE id = " + id,
                "customer_erased_is_anonymous");
        assertRefused("UPDATE customer SET erased_at = now(), name = '#" + id + "', last_name = NULL, notes = NULL, "
                + "contact_id = NULL, archived = true WHERE id = " + id, "customer_erased_who_when");
        db.sql("BEGIN", "UPDATE customer SET contact_id = NULL WHERE id = " + id, "DELETE FROM contacts WHERE id = " + row,
                "UPDATE customer SET erased_at = now(), erased_by = session_user, name = '#" + id
                        + "', last_name = NULL, notes = NULL, archived = true WHERE id = " + id, "COMMIT");
        assertRefused("UPDATE customer SET archived = false WHERE id = " + id, "erasure is final");
        assertRefused("UPDATE customer SET erased_at = NULL, erased_by = NULL WHERE id = " + id, "erasure is final");
        assertRefused("INSERT INTO contacts(customer_id, phone) VALUES (" + id + ", '+79160000001')", "was erased");
        assertThat(db.count("SELECT count(*) FROM customer WHERE id = " + id + " AND erased_by = 'postgres'")).isEqualTo(1);
    }

    @Test
    void aNumberSharedBeforeV5IsKeptUntilItChanges() {
        // What V5 does to a shop whose rows already shared a number, replayed on one pair of rows.
        db.sql("INSERT INTO customer(name) VALUES ('Twin one'), ('Twin two')");
        long two = db.count("SELECT max(id) FROM customer");
        db.sql("INSERT INTO contacts(customer_id, phone) VALUES (" + (two - 1) + ", '+79167776655')",
                "INSERT INTO contacts(customer_id, email) VALUES (" + two + ", 'twin.two@example.ru')");
        long row = db.count("SELECT max(id) FROM contacts");
        db.sql("DROP INDEX contacts_phone_key",
                "ALTER TABLE contacts DISABLE TRIGGER contacts_phone_changed",
                "UPDATE contacts SET phone = '+79167776655', phone_shared_before_v5 = true WHERE id = " + row,
                "ALTER TABLE contacts ENABLE TRIGGER contacts_phone_changed",
                "CREATE UNIQUE INDEX contacts_phone_key ON contacts (phone) WHERE NOT phone_shared_before_v5");
        // Its other data can change; the number stays shared...
        db.sql("UPDATE contacts SET email = 'twin.2@example.ru' WHERE id = " + row);
        assertThat(db.count("SELECT count(*) FROM contacts WHERE phone_shared_before_v5 AND id = " + row)).isEqualTo(1);
        // ...until it is changed, and then it is a phone like any other, unique.
        db.sql("UPDATE contacts SET phone = '+79167776600' WHERE id = " + row);
        assertThat(db.count("SELECT count(*) FROM contacts WHERE phone_shared_before_v5 AND id = " + row)).isZero();
        assertRefused("UPDATE contacts SET phone = '+79167776655' WHERE id = " + row, "contacts_phone_key");
    }

    private static void assertRefused(String sql, String why) {
        assertThatThrownBy(() -> {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }).isInstanceOf(SQLException.class).hasMessageContaining(why);
    }
}
