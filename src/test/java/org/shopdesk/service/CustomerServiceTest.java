package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.party.CustomerDetails;
import org.shopdesk.domain.party.CustomerDraft;
import org.shopdesk.domain.party.CustomerHistory;
import org.shopdesk.domain.party.CustomerQuery;
import org.shopdesk.domain.party.CustomerRow;
import org.shopdesk.domain.party.CustomerSort;
import org.shopdesk.domain.party.CustomerStatus;
import org.shopdesk.domain.party.DuplicateContactException;
import org.shopdesk.domain.purchasing.PurchaseKind;
import org.shopdesk.service.party.CustomerService;
import org.shopdesk.testing.TestDatabase;

class CustomerServiceTest {
    static TestDatabase db;
    static CustomerService customers;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        customers = db.backend().customers();
        db.sql("INSERT INTO category(name) VALUES ('Phones')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO provider(name) VALUES ('Shop one'), ('Shop two')",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('P-1', 'Phone', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value) VALUES (1, 1, 1000.50), (1, 2, 990)");
        for (int i = 0; i < 30; i++) {
            customers.saveCustomer(CustomerDraft.of("Bulk" + i, "Иванов", "bulk" + i + "@example.ru",
                    String.format("+7903000%04d", i)));
        }
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static CustomerDraft draft(String first, String last, String email, String phone) {
        return CustomerDraft.of(first, last, email, phone);
    }

    @Test
    void createsWithNormalisedContactsAndCyrillicAndEmojiRoundTrip() {
        CustomerDetails c = customers.saveCustomer(new CustomerDraft(null, null, "  Анна 🌸 ", "Петрова-Водкина 😀",
                " Anna.P@Mail.RU ", "8 (916) 123-45-67", List.of("anna@work.example.com"), List.of("+44 7700 900123"),
                "Звонить после 18:00 ☎"));
        assertThat(c.firstName()).isEqualTo("Анна 🌸");
        assertThat(c.lastName()).isEqualTo("Петрова-Водкина 😀");
        assertThat(c.email()).isEqualTo("anna.p@mail.ru");
        assertThat(c.phone()).isEqualTo("+79161234567");
        assertThat(c.otherEmails()).containsExactly("anna@work.example.com");
        assertThat(c.otherPhones()).containsExactly("+447700900123");
        assertThat(c.notes()).isEqualTo("Звонить после 18:00 ☎");
        assertThat(c.createdBy()).isEqualTo("postgres");
        assertThat(c.totals().checks()).isZero();
        // The primary row is the one customer.contact_id points at, and all three are the customer's own.
        assertThat(db.count("SELECT count(*) FROM contacts k JOIN customer c ON c.contact_id = k.id WHERE c.id = "
                + c.id() + " AND k.phone = '+79161234567' AND k.email = 'anna.p@mail.ru'")).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM contacts WHERE customer_id = " + c.id())).isEqualTo(3);
        assertThat(db.count("SELECT count(*) FROM contacts WHERE phone_digits = '79161234567'")).isEqualTo(1);
    }

    @Test
    void aPhoneTypedAnyWayFindsTheSamePerson() {
        CustomerDetails c = customers.saveCustomer(draft("Пётр", "Сидоров", "petr.sidorov@example.ru", "+7 916 555-44-33"));
        for (String typed : List.of("8 (916) 555-44-33", "+79165554433", "916 555", "9165554433", "555-44", "89165554433")) {
            assertThat(search(typed, CustomerStatus.ACTIVE)).as(typed).extracting(CustomerRow::id).containsExactly(c.id());
        }
        assertThat(search("идоро", CustomerStatus.ACTIVE)).extracting(CustomerRow::id).containsExactly(c.id());
        assertThat(search("сидоров пётр", CustomerStatus.ACTIVE)).extracting(CustomerRow::id).containsExactly(c.id());
        assertThat(search("PETR.SID", CustomerStatus.ACTIVE)).extracting(CustomerRow::id).containsExactly(c.id());
        // An e-mail is searched from its start: its middle finds nobody.
        assertThat(search("sidorov@", CustomerStatus.ACTIVE)).isEmpty();
        CustomerRow row = search("916 555", CustomerStatus.ACTIVE).get(0);
        assertThat(row.email()).isEqualTo("petr.sidorov@example.ru");
        assertThat(row.phone()).isEqualTo("+79165554433");
    }

    @Test
    void anotherPhoneOrEmailFindsTheCustomerToo() {
        CustomerDetails c = customers.saveCustomer(new CustomerDraft(null, null, "Ольга", "Морозова", null, "+79167770011",
                List.of("olga.second@example.com"), List.of("8 495 123 45 67"), null));
        assertThat(search("495 123", CustomerStatus.ACTIVE)).extracting(CustomerRow::id).containsExactly(c.id());
        assertThat(search("olga.sec", CustomerStatus.ACTIVE)).extracting(CustomerRow::id).containsExactly(c.id());
        // With no primary e-mail the first other one becomes primary.
        assertThat(c.email()).isEqualTo("olga.second@example.com");
        assertThat(c.otherEmails()).isEmpty();
    }

    @Test
    void refusesBadInputAndSavesNothing() {
        CustomerDetails owner = customers.saveCustomer(draft("Owner", "Одинцов", "owner@example.ru", "+79160001122"));
        long customersBefore = db.count("SELECT count(*) FROM customer");
        long contactsBefore = db.count("SELECT count(*) FROM contacts");
        assertProblem(draft("", "X", null, null), "firstName", "validation.required");
        assertProblem(draft("   ", "X", null, null), "firstName", "validation.required");
        assertProblem(draft("И".repeat(51), "X", null, null), "firstName", "validation.tooLong");
        assertProblem(draft("Ok", "Ф".repeat(81), null, null), "lastName", "validation.tooLong");
        assertProblem(draft("Ok", null, "ivan@@mail.ru", null), "email", "customer.email.format");
        assertProblem(draft("Ok", null, "ivan.mail.ru", null), "email", "customer.email.format");
        assertProblem(draft("Ok", null, "ivan@mail..ru", null), "email", "customer.email.format");
        assertProblem(draft("Ok", null, null, "8 916 ABC 45 67"), "phone", "customer.phone.letters");
        assertProblem(draft("Ok", null, null, "12345"), "phone", "customer.phone.short");
        assertProblem(draft("Ok", null, null, "+7 916 123 45 67 89"), "phone", "customer.phone.format");
        assertProblem(new CustomerDraft(null, null, "Ok", null, null, "+79161112233", List.of(), List.of("8 916 111-22-33"),
                null), "otherPhones", "customer.others.twice");
        assertProblem(new CustomerDraft(null, null, "Ok", null, null, null, List.of(), List.of(), "n".repeat(1001)),
                "notes", "validation.tooLong");
        // Duplicates: whoever typed them, however they were typed, they name the owner and carry its id.
        DuplicateContactException byEmail = duplicate(draft("Twin", null, " OWNER@Example.RU", null));
        assertThat(byEmail.ownerId()).isEqualTo(owner.id());
        assertThat(byEmail.ownerName()).isEqualTo("Owner Одинцов");
        assertThat(byEmail.problems().get(0).field()).isEqualTo("email");
        assertThat(byEmail.problems().get(0).messageKey()).isEqualTo("customer.email.taken");
        DuplicateContactException byPhone = duplicate(draft("Twin", null, null, "8 (916) 000-11-22"));
        assertThat(byPhone.ownerId()).isEqualTo(owner.id());
        assertThat(byPhone.problems().get(0).messageKey()).isEqualTo("customer.phone.taken");
        assertThat(byPhone.problems().get(0).args()).containsExactly("+79160001122", "Owner Одинцов", owner.id());
        DuplicateContactException asOther = duplicate(new CustomerDraft(null, null, "Twin", null, "twin@example.ru", "+79169990000",
                List.of(), List.of("+79160001122"), null));
        assertThat(asOther.problems().get(0).field()).isEqualTo("otherPhones");
        assertThat(db.count("SELECT count(*) FROM customer")).isEqualTo(customersBefore);
        assertThat(db.count("SELECT count(*) FROM contacts")).isEqualTo(contactsBefore);
    }

    @Test
    void fiftyEmojiAreFiftyCharacters() {
        CustomerDetails c = customers.saveCustomer(draft("😀".repeat(50), null, null, null));
        assertThat(c.firstName()).isEqualTo("😀".repeat(50));
        assertProblem(draft("😀".repeat(51), null, null, null), "firstName", "validation.tooLong");
    }

    @Test
    void editsContactsAndKeepsItsOwnNumbersWhenTheyMove() {
        CustomerDetails c = customers.saveCustomer(new CustomerDraft(null, null, "Edit", "Me", "edit.me@example.ru",
                "+79162220000", List.of(), List.of("+79162220001"), null));
        CustomerDetails swapped = customers.saveCustomer(new CustomerDraft(c.id(), c.version(), "Edit", "Me", null,
                "+79162220001", List.of(), List.of("+79162220000", "+79162220002"), "VIP"));
        assertThat(swapped.phone()).isEqualTo("+79162220001");
        assertThat(swapped.otherPhones()).containsExactly("+79162220000", "+79162220002");
        assertThat(swapped.email()).isNull();
        assertThat(swapped.notes()).isEqualTo("VIP");
        assertThat(swapped.version()).isGreaterThan(c.version());
        CustomerDetails none = customers.saveCustomer(new CustomerDraft(c.id(), swapped.version(), "Edit", "Me", null,
                null, List.of(), List.of(), null));
        assertThat(none.phone()).isNull();
        assertThat(none.otherPhones()).isEmpty();
        assertThat(db.count("SELECT count(*) FROM contacts WHERE customer_id = " + c.id())).isZero();
        assertThat(db.count("SELECT count(*) FROM customer WHERE contact_id IS NULL AND id = " + c.id())).isEqualTo(1);
        // Freed numbers belong to nobody: another customer may take them.
        assertThat(customers.saveCustomer(draft("Next", null, null, "+79162220002")).phone()).isEqualTo("+79162220002");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefused() {
        CustomerDetails c = customers.saveCustomer(draft("Lock", "Test", null, "+79163330000"));
        CustomerDraft first = new CustomerDraft(c.id(), c.version(), "Lock", "First", null, "+79163330000", List.of(),
                List.of(), null);
        CustomerDraft second = new CustomerDraft(c.id(), c.version(), "Lock", "Second", null, "+79163330000", List.of(),
                List.of("+79163330001"), null);
        customers.saveCustomer(first);
        assertThatThrownBy(() -> customers.saveCustomer(second)).isInstanceOf(ConcurrentChangeException.class);
        CustomerDetails now = customers.customer(c.id());
        assertThat(now.lastName()).isEqualTo("First");
        assertThat(now.otherPhones()).isEmpty();
        // A change of contacts alone is a change too: the editor still holding the old version loses.
        CustomerDetails contactsOnly = customers.saveCustomer(new CustomerDraft(c.id(), now.version(), "Lock", "First",
                "lock@example.ru", "+79163330000", List.of(), List.of(), null));
        assertThat(contactsOnly.version()).isGreaterThan(now.version());
        assertThatThrownBy(() -> customers.setArchived(c.id(), now.version(), true))
                .isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void figuresAndHistoryComeFromTheChecks() {
        CustomerDetails c = customers.saveCustomer(draft("Buyer", "Покупателев", "buyer@example.ru", null));
        long s1 = sale(c.id(), 1, "2026-01-10 10:00+00", 2);
        sale(c.id(), 2, "2026-02-10 10:00+00", 1);
        returnOf(s1, c.id(), "2026-01-12 10:00+00", 1);
        CustomerRow row = search("buyer@", CustomerStatus.ACTIVE).get(0);
        assertThat(row.checks()).isEqualTo(3);
        // Sales 2 x 1000.50 + 1 x 990, minus the return of 1 x 1000.50.
        assertThat(row.netRevenue()).isEqualByComparingTo("1990.50");
        assertThat(row.lastPurchase()).isEqualTo(java.time.Instant.parse("2026-02-10T10:00:00Z"));
        CustomerHistory first = customers.history(c.id(), 0, 2);
        assertThat(first.checks().total()).isEqualTo(3);
        assertThat(first.checks().items()).extracting(r -> r.kind()).containsExactly(PurchaseKind.SALE, PurchaseKind.RETURN);
        assertThat(first.checks().items().get(0).provider()).isEqualTo("Shop two");
        assertThat(first.checks().items().get(0).total()).isEqualByComparingTo("990.00");
        assertThat(first.checks().items().get(1).returnsId()).isEqualTo(s1);
        assertThat(first.totals().sales()).isEqualTo(2);
        assertThat(first.totals().returns()).isEqualTo(1);
        assertThat(first.totals().salesTotal()).isEqualByComparingTo("2991.00");
        assertThat(first.totals().netRevenue()).isEqualByComparingTo("1990.50");
        assertThat(customers.history(c.id(), 1, 2).checks().items()).singleElement()
                .satisfies(r -> assertThat(r.lines()).isEqualTo(1));
        // Sorted by revenue, the buyer comes before customers who never bought.
        CustomerQuery byRevenue = new CustomerQuery("", CustomerStatus.ACTIVE, CustomerSort.NET_REVENUE, false, 0, 5);
        assertThat(customers.findCustomers(byRevenue).items().get(0).id()).isEqualTo(c.id());
    }

    @Test
    void aCustomerWithChecksIsArchivedNeverDeleted() {
        CustomerDetails c = customers.saveCustomer(draft("Archive", "Me", "archive.me@example.ru", null));
        sale(c.id(), 1, "2026-03-01 12:00+00", 1);
        assertThatThrownBy(() -> customers.delete(c.id(), c.version())).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).messageKey())
                        .isEqualTo("customer.delete.history"));
        CustomerDetails archived = customers.setArchived(c.id(), c.version(), true);
        assertThat(archived.archived()).isTrue();
        assertThat(search("archive.me", CustomerStatus.ACTIVE)).isEmpty();
        assertThat(search("archive.me", CustomerStatus.ARCHIVED)).extracting(CustomerRow::id).containsExactly(c.id());
        assertThat(customers.findForSale("archive.me", 10)).isEmpty();

        CustomerDetails fresh = customers.saveCustomer(draft("Delete", "Me", "delete.me@example.ru", "+79164440000"));
        customers.delete(fresh.id(), fresh.version());
        assertThat(db.count("SELECT count(*) FROM customer WHERE id = " + fresh.id())).isZero();
        assertThat(db.count("SELECT count(*) FROM contacts WHERE phone = '+79164440000'")).isZero();
    }

    @Test
    void erasingKeepsTheChecksAndForgetsThePerson() {
        CustomerDetails c = customers.saveCustomer(new CustomerDraft(null, null, "Забытый", "Клиентов",
                "forget.me@example.ru", "+79165556677", List.of("forget2@example.ru"), List.of("+79165556678"), "secret"));
        sale(c.id(), 1, "2026-03-05 12:00+00", 3);
        CustomerDetails erased = customers.erase(c.id(), c.version());
        assertThat(erased.erased()).isTrue();
        assertThat(erased.erasedBy()).isEqualTo("postgres");
        assertThat(erased.erasedAt()).isNotNull();
        assertThat(erased.firstName()).isEqualTo("#" + c.id());
        assertThat(erased.lastName()).isNull();
        assertThat(erased.email()).isNull();
        assertThat(erased.phone()).isNull();
        assertThat(erased.otherPhones()).isEmpty();
        assertThat(erased.notes()).isNull();
        assertThat(erased.archived()).isTrue();
        assertThat(erased.totals().sales()).isEqualTo(1);
        assertThat(erased.totals().salesTotal()).isEqualByComparingTo("3001.50");
        for (String old : List.of("Забытый", "Клиентов", "forget.me", "forget2", "916 555 66 77", "+79165556678")) {
            assertThat(search(old, CustomerStatus.ALL)).as(old).isEmpty();
        }
        assertThat(db.count("SELECT count(*) FROM contacts WHERE customer_id = " + c.id())).isZero();
        assertThat(db.count("SELECT count(*) FROM purchase WHERE customer_id = " + c.id())).isEqualTo(1);
        assertThatThrownBy(() -> customers.saveCustomer(new CustomerDraft(c.id(), erased.version(), "Back", null, null,
                null, List.of(), List.of(), null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> customers.setArchived(c.id(), erased.version(), false))
                .isInstanceOf(ValidationException.class);
        // The number is free again: the person may come back as a new customer.
        assertThat(customers.saveCustomer(draft("Вернулся", null, "forget.me@example.ru", "+79165556677")).id())
                .isNotEqualTo(c.id());
    }

    @Test
    void theSaleScreenPicksActiveCustomersByTheSameRules() {
        List<CustomerRow> found = customers.findForSale("иванов", 5);
        assertThat(found).hasSize(5).allSatisfy(r -> assertThat(r.lastName()).isEqualTo("Иванов"));
        assertThat(customers.findForSale("903 000 00", 50)).hasSize(30);
        assertThatThrownBy(() -> customers.findForSale("x", 51)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void listsPageAndSort() {
        CustomerQuery q = new CustomerQuery("Иванов", CustomerStatus.ACTIVE, CustomerSort.FIRST_NAME, false, 0, 10);
        var page = customers.findCustomers(q);
        assertThat(page.total()).isEqualTo(30);
        assertThat(page.items()).hasSize(10);
        assertThat(page.items().get(0).firstName()).isEqualTo("Bulk0");
        var third = customers.findCustomers(q.withPage(2));
        assertThat(third.items()).hasSize(10);
        var desc = customers.findCustomers(q.withSort(CustomerSort.FIRST_NAME, true));
        assertThat(desc.items().get(0).firstName()).isEqualTo("Bulk9");
    }

    private static List<CustomerRow> search(String text, CustomerStatus status) {
        return customers.findCustomers(new CustomerQuery(text, status, CustomerSort.LAST_NAME, false, 0, 50)).items();
    }

    private static long sale(long customerId, long provider, String at, int quantity) {
        long id = db.count("INSERT INTO purchase(customer_id, provider_id, purchased_at) VALUES (" + customerId + ", "
                + provider + ", '" + at + "') RETURNING id");
        long price = provider;
        db.sql("INSERT INTO purchase_line(purchase_id, provider_id, product_id, price_id, quantity, unit_price) "
                + "SELECT " + id + ", " + provider + ", 1, " + price + ", " + quantity + ", value FROM price WHERE id = " + price);
        return id;
    }

    private static void returnOf(long saleId, long customerId, String at, int quantity) {
        long id = db.count("INSERT INTO purchase(customer_id, provider_id, kind, returns_id, purchased_at) VALUES ("
                + customerId + ", 1, 'RETURN', " + saleId + ", '" + at + "') RETURNING id");
        db.sql("INSERT INTO purchase_line(purchase_id, provider_id, product_id, price_id, quantity, unit_price) "
                + "VALUES (" + id + ", 1, 1, 1, " + quantity + ", 1000.50)");
    }

    private static DuplicateContactException duplicate(CustomerDraft d) {
        try {
            customers.saveCustomer(d);
        } catch (DuplicateContactException e) {
            return e;
        }
        throw new AssertionError("saved a duplicate: " + d);
    }

    private static void assertProblem(CustomerDraft d, String field, String key) {
        assertThatThrownBy(() -> customers.saveCustomer(d)).isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(Problem::field, Problem::messageKey)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, key)));
    }
}
