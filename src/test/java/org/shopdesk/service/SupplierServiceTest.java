package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.charts.ChartFilter;
import org.shopdesk.domain.common.AlreadyTakenException;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.party.ProviderDetails;
import org.shopdesk.domain.party.ProviderDraft;
import org.shopdesk.domain.party.ProviderQuery;
import org.shopdesk.domain.party.ProviderRow;
import org.shopdesk.domain.party.ProviderStatus;
import org.shopdesk.domain.party.ProviderTabQuery;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.service.purchasing.SaleService;
import org.shopdesk.service.suppliers.SupplierService;
import org.shopdesk.testing.TestDatabase;

/**
 * A provider's card through the service and, for every rule, the same bad input as plain SQL:
 * each is refused and nothing is saved. Plus names and INNs that belong to someone else, two
 * people editing one provider, archive instead of delete, and an archived provider's sales.
 */
class SupplierServiceTest {
    private static final String ORG_INN = "7707083893";
    private static TestDatabase db;
    private static SupplierService suppliers;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        suppliers = db.backend().suppliers();
        db.sql("INSERT INTO category(name) VALUES ('Phones')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO contacts(email) VALUES ('ivan@example.ru')",
                "INSERT INTO customer(name, last_name, contact_id) VALUES ('Ivan', 'Petrov', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('P-1', 'Phone', 1, 1)");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static ProviderDraft card(String name, String inn) {
        return new ProviderDraft(null, null, name, "ООО «" + name + "»", inn, null, "Иван Петров", "sales@shop.ru",
                "8 (495) 123-45-67", "Москва", "shop.ru", null);
    }

    @Test
    void aCardIsSavedNormalisedAndCyrillicAndEmojiComeBackIntact() throws SQLException {
        String name = "Поставщик «Ёлка» 🎄🚚";
        String notes = "Привозит по вторникам 📦, звонить заранее ☎️ — Ü ñ 中文";
        ProviderDraft draft = new ProviderDraft(null, null, "  " + name + " ", "ООО «Ёлка» 🎄", "  500100732259 ", null,
                "Пётр Щукин", " Заказ@Ёлка.РФ ", "+7 (916) 765-43-21", "г. Москва, ул. Ёлочная, д. 1", "ёлка.рф/контакты",
                notes);
        ProviderDetails saved = suppliers.saveProvider(draft);
        assertThat(saved.name()).isEqualTo(name);
        assertThat(saved.legalName()).isEqualTo("ООО «Ёлка» 🎄");
        assertThat(saved.inn()).isEqualTo("500100732259");
        assertThat(saved.email()).isEqualTo("заказ@ёлка.рф");
        assertThat(saved.phone()).isEqualTo("+79167654321");
        assertThat(saved.website()).isEqualTo("https://ёлка.рф/контакты");
        assertThat(saved.notes()).isEqualTo(notes);
        assertThat(saved.version()).isZero();
        assertThat(saved.hasHistory()).isFalse();
        assertThat(saved.createdBy()).isEqualTo("postgres");
        // What the database holds, read without Hibernate, is exactly what was typed.
        try (Connection c = db.connect();
             PreparedStatement ps = c.prepareStatement("SELECT name, notes, contact_person FROM provider WHERE id = ?")) {
            ps.setLong(1, saved.id());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(name);
                assertThat(rs.getString(2)).isEqualTo(notes);
                assertThat(rs.getString(3)).isEqualTo("Пётр Щукин");
            }
        }
        assertThat(suppliers.findProviders(ProviderQuery.firstPage(50).withText("ёЛКА")).items())
                .extracting(ProviderRow::name).contains(name);
    }

    @Test
    void eachBadInputIsRefusedByTheServiceAndNothingIsSaved() {
        ProviderDetails existing = suppliers.saveProvider(card("Unchanged", null));
        long before = db.count("SELECT count(*) FROM provider");
        ProviderDraft good = card("Fine name", ORG_INN);
        List<ProviderDraft> bad = List.of(good.withName(""), good.withName("   "), good.withName("x".repeat(101)),
                good.withInn("7707083894", null), good.withInn("77O7O83893", null), good.withInn("770708389", null),
                good.withContacts("ivan@", null), good.withContacts("ivan@mail", null),
                good.withContacts(null, "8 916 ABC-45-67"), good.withContacts(null, "+7 916 CALL-NOW"));
        List<String> expected = List.of("name:validation.required", "name:validation.required", "name:validation.tooLong",
                "inn:supplier.validation.inn.checkDigit", "inn:supplier.validation.inn.format",
                "inn:supplier.validation.inn.format", "email:supplier.validation.email", "email:supplier.validation.email",
                "phone:supplier.validation.phone", "phone:supplier.validation.phone");
        for (int i = 0; i < bad.size(); i++) {
            ProviderDraft create = bad.get(i);
            assertThat(refusal(create)).as(create.toString()).containsExactly(expected.get(i));
            // The same input as an edit of an existing provider changes nothing either.
            ProviderDraft edit = new ProviderDraft(existing.id(), existing.version(), create.name(), create.legalName(),
                    create.inn(), create.kpp(), create.contactPerson(), create.email(), create.phone(), create.address(),
                    create.website(), create.notes());
            assertThat(refusal(edit)).as("edit " + create).containsExactly(expected.get(i));
        }
        assertThat(db.count("SELECT count(*) FROM provider")).isEqualTo(before);
        assertThat(suppliers.provider(existing.id())).isEqualTo(existing);
    }

    @Test
    void eachBadInputIsRefusedByTheDatabaseAsPlainSqlAndNothingIsSaved() throws SQLException {
        db.sql("INSERT INTO provider(name) VALUES ('Plain SQL target')");
        long before = db.count("SELECT count(*) FROM provider");
        String insert = "INSERT INTO provider(name, inn, kpp, email, phone, website) VALUES ";
        assertRefused(insert + "('', NULL, NULL, NULL, NULL, NULL)", "provider_name_check");
        assertRefused(insert + "('  ', NULL, NULL, NULL, NULL, NULL)", "provider_name_check");
        assertRefused(insert + "('" + "x".repeat(101) + "', NULL, NULL, NULL, NULL, NULL)", "too long");
        assertRefused(insert + "('Bad INN', '7707083894', NULL, NULL, NULL, NULL)", "provider_inn_check");
        assertRefused(insert + "('Bad INN', '500100732258', NULL, NULL, NULL, NULL)", "provider_inn_check");
        assertRefused(insert + "('Bad INN', '77O7O83893', NULL, NULL, NULL, NULL)", "provider_inn_check");
        assertRefused(insert + "('Bad INN', '0000000000', NULL, NULL, NULL, NULL)", "provider_inn_check");
        assertRefused(insert + "('Bad KPP', '" + ORG_INN + "', '7736-0100', NULL, NULL, NULL)", "provider_kpp_check");
        assertRefused(insert + "('Bad KPP', '500100732259', '773601001', NULL, NULL, NULL)", "provider_kpp_needs_org_inn");
        assertRefused(insert + "('Bad e-mail', NULL, NULL, 'ivan@', NULL, NULL)", "provider_email_check");
        assertRefused(insert + "('Bad e-mail', NULL, NULL, 'ivan@mail', NULL, NULL)", "provider_email_check");
        assertRefused(insert + "('Bad phone', NULL, NULL, NULL, '+7916ABC4567', NULL)", "provider_phone_check");
        assertRefused(insert + "('Bad phone', NULL, NULL, NULL, '89161234567', NULL)", "provider_phone_check");
        assertRefused(insert + "('Bad phone', NULL, NULL, NULL, '+7916123456', NULL)", "provider_phone_check");
        assertRefused(insert + "('Bad site', NULL, NULL, NULL, NULL, 'shop')", "provider_website_check");
        assertRefused("INSERT INTO provider(name, notes) VALUES ('Blank notes', '   ')", "provider_notes_check");
        assertRefused("INSERT INTO provider(name) VALUES ('PLAIN sql TARGET')", "provider_name_key");
        // An edit by hand is held to the same rules.
        assertRefused("UPDATE provider SET inn = '7707083894' WHERE name = 'Plain SQL target'", "provider_inn_check");
        assertRefused("UPDATE provider SET phone = 'call me' WHERE name = 'Plain SQL target'", "provider_phone_check");
        assertThat(db.count("SELECT count(*) FROM provider")).isEqualTo(before);
        assertThat(db.count("SELECT count(*) FROM provider WHERE name = 'Plain SQL target' AND inn IS NULL AND phone IS NULL"))
                .isEqualTo(1);
        // The database's INN rule is the Java one: valid numbers pass both.
        db.sql(insert + "('Good SQL', '" + ORG_INN + "', '7736AB001', 'a@b.ru', '+442079460958', 'https://b.ru/x?y=1')");
        assertThat(db.count("SELECT count(*) FROM provider WHERE name = 'Good SQL'")).isEqualTo(1);
        db.sql("DELETE FROM provider WHERE name = 'Good SQL'");
    }

    @Test
    void aNameOrInnAnotherProviderHasIsRefusedNamingThatProvider() {
        ProviderDetails owner = suppliers.saveProvider(card("Digital Trade", "7736207543"));
        long before = db.count("SELECT count(*) FROM provider");

        assertThatThrownBy(() -> suppliers.saveProvider(card("DIGITAL trade", null)))
                .isInstanceOfSatisfying(AlreadyTakenException.class, e -> {
                    assertThat(e.ownerId()).isEqualTo(owner.id());
                    assertThat(e.ownerName()).isEqualTo("Digital Trade");
                    assertThat(e.problems()).containsExactly(Problem.of("name", "supplier.validation.nameTaken",
                            "Digital Trade"));
                });
        assertThatThrownBy(() -> suppliers.saveProvider(card("Another trade", "77 362 075 43")))
                .isInstanceOfSatisfying(AlreadyTakenException.class, e -> {
                    assertThat(e.ownerId()).isEqualTo(owner.id());
                    assertThat(e.problems()).containsExactly(Problem.of("inn", "supplier.validation.innTaken",
                            "7736207543", "Digital Trade"));
                });
        assertThat(db.count("SELECT count(*) FROM provider")).isEqualTo(before);
        // Its own name and INN are no obstacle to an edit of itself, in another case too.
        ProviderDetails renamed = suppliers.saveProvider(owner.toDraft().withName("DIGITAL TRADE"));
        assertThat(renamed.name()).isEqualTo("DIGITAL TRADE");
        assertThat(renamed.version()).isEqualTo(owner.version() + 1);
    }

    @Test
    void theSecondOfTwoEditsOfOneProviderIsToldToReloadAndOverwritesNothing() {
        ProviderDetails read = suppliers.saveProvider(card("Two editors", null));
        ProviderDraft mine = read.toDraft().withContacts("mine@shop.ru", null);
        ProviderDraft theirs = read.toDraft().withContacts("theirs@shop.ru", "+7 495 000 00 00");

        ProviderDetails first = suppliers.saveProvider(mine);
        assertThat(first.version()).isEqualTo(read.version() + 1);
        assertThatThrownBy(() -> suppliers.saveProvider(theirs)).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> suppliers.setArchived(read.id(), read.version(), true))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> suppliers.deleteProvider(read.id(), read.version()))
                .isInstanceOf(ConcurrentChangeException.class);
        ProviderDetails now = suppliers.provider(read.id());
        assertThat(now.email()).isEqualTo("mine@shop.ru");
        assertThat(now.phone()).isEqualTo(first.phone());
        assertThat(now.archived()).isFalse();
        // Reloaded, the second editor's change goes through.
        ProviderDetails reloaded = suppliers.saveProvider(now.toDraft().withContacts("theirs@shop.ru", null));
        assertThat(reloaded.email()).isEqualTo("theirs@shop.ru");
    }

    @Test
    void ofEditsSavedAtTheSameMomentExactlyOneWins() throws Exception {
        ProviderDetails read = suppliers.saveProvider(card("Same moment", null));
        int editors = 4;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(editors);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < editors; i++) {
                String email = "editor" + i + "@shop.ru";
                Callable<String> edit = () -> {
                    go.await();
                    try {
                        return suppliers.saveProvider(read.toDraft().withContacts(email, null)).email();
                    } catch (ConcurrentChangeException e) {
                        return "conflict";
                    }
                };
                outcomes.add(pool.submit(edit));
            }
            go.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> f : outcomes) {
                results.add(f.get());
            }
            assertThat(results).filteredOn("conflict"::equals).hasSize(editors - 1);
            String winner = results.stream().filter(r -> !r.equals("conflict")).findFirst().orElseThrow();
            ProviderDetails now = suppliers.provider(read.id());
            assertThat(now.email()).isEqualTo(winner);
            assertThat(now.version()).isEqualTo(read.version() + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aProviderWithoutHistoryIsDeletedOneWithHistoryIsArchivedAndLeavesNewSales() throws SQLException {
        ProviderDetails empty = suppliers.saveProvider(card("Never used", null));
        suppliers.deleteProvider(empty.id(), empty.version());
        assertThat(db.count("SELECT count(*) FROM provider WHERE id = " + empty.id())).isZero();

        ProviderDetails used = suppliers.saveProvider(card("Used one", "7728168971"));
        long id = used.id();
        db.sql("INSERT INTO price(product_id, provider_id, value) VALUES (1, " + id + ", 500)",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, " + id + ", 10, 'RECEIPT')");
        long priceId = db.count("SELECT id FROM price WHERE provider_id = " + id);
        SaleService sales = db.backend().sales();
        long saleId = sales.recordSale(new SaleDraft(UUID.randomUUID(), 1L, id, List.of(new SaleLine(1, priceId, 2))))
                .purchaseId();
        ProviderDetails withHistory = suppliers.provider(id);
        assertThat(withHistory.hasHistory()).isTrue();

        assertThatThrownBy(() -> suppliers.deleteProvider(id, withHistory.version()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .containsExactly(Problem.of("name", "supplier.validation.hasHistory", "Used one")));
        assertThat(db.count("SELECT count(*) FROM provider WHERE id = " + id)).isEqualTo(1);

        ProviderDetails archived = suppliers.setArchived(id, withHistory.version(), true);
        assertThat(archived.archived()).isTrue();
        assertThat(names(ProviderStatus.ACTIVE)).doesNotContain("Used one");
        assertThat(names(ProviderStatus.ARCHIVED)).contains("Used one");
        assertThat(names(ProviderStatus.ALL)).contains("Used one");

        // New sales are refused, by the service and by the database whatever the client.
        long checks = db.count("SELECT count(*) FROM purchase");
        assertThatThrownBy(() -> sales.recordSale(new SaleDraft(UUID.randomUUID(), 1L, id,
                List.of(new SaleLine(1, priceId, 1)))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("purchase.refused.providerArchived"));
        assertRefused("INSERT INTO purchase(customer_id, provider_id) VALUES (1, " + id + ")", "purchase_provider_open");
        assertThat(db.count("SELECT count(*) FROM purchase")).isEqualTo(checks);
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE provider_id = " + id)).isEqualTo(8);

        // Its history stays: the sale, a return of it, the sales tab, the charts.
        db.sql("INSERT INTO purchase(customer_id, provider_id, kind, returns_id) VALUES (1, " + id + ", 'RETURN', " + saleId + ")");
        assertThat(suppliers.sales(ProviderTabQuery.firstPage(id, 10)).items()).hasSize(2);
        java.time.LocalDate today = java.time.LocalDate.now();
        assertThat(db.backend().charts().byProvider(ChartFilter.period(today.minusMonths(1), today.plusDays(1))))
                .anyMatch(p -> p.provider().equals("Used one") && p.checks() == 1);

        // Brought back, it sells again.
        ProviderDetails back = suppliers.setArchived(id, archived.version(), false);
        assertThat(back.archived()).isFalse();
        assertThat(sales.recordSale(new SaleDraft(UUID.randomUUID(), 1L, id, List.of(new SaleLine(1, priceId, 1))))
                .units()).isEqualTo(1);
    }

    private static List<String> names(ProviderStatus status) {
        return suppliers.findProviders(ProviderQuery.firstPage(500).withStatus(status)).items().stream()
                .map(ProviderRow::name).toList();
    }

    private static List<String> refusal(ProviderDraft draft) {
        try {
            suppliers.saveProvider(draft);
        } catch (ValidationException e) {
            return e.problems().stream().map(p -> p.field() + ":" + p.messageKey()).toList();
        }
        throw new AssertionError("saved: " + draft);
    }

    private static void assertRefused(String sql, String why) {
        assertThatThrownBy(() -> {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute(sql);
            }
        }).as(sql).isInstanceOf(SQLException.class).hasMessageContaining(why);
    }
}
