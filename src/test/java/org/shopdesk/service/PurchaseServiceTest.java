package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.BasketDraft;
import org.shopdesk.domain.purchasing.BasketLine;
import org.shopdesk.domain.purchasing.BasketReceipt;
import org.shopdesk.domain.purchasing.LineRefusal;
import org.shopdesk.domain.purchasing.ProductOffers;
import org.shopdesk.domain.purchasing.SaleRefusedException;
import org.shopdesk.service.purchasing.SaleLookupService;
import org.shopdesk.service.purchasing.SaleService;
import org.shopdesk.testing.PurchaseFixture;
import org.shopdesk.testing.TestDatabase;

/**
 * The clerk's sale against the real schema: a basket of several providers, the lookups that fill
 * it, and every refusal leaving nothing behind.
 */
class PurchaseServiceTest {
    private static TestDatabase db;
    private static SaleService sales;
    private static SaleLookupService lookup;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        PurchaseFixture.load(db);
        sales = db.backend().sales();
        lookup = db.backend().saleLookup();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static long price(long product, long provider) {
        return db.count("SELECT id FROM price WHERE valid_to IS NULL AND product_id = " + product + " AND provider_id = " + provider);
    }

    private static int balance(long product, long provider) {
        return (int) db.count("SELECT coalesce((SELECT goods_balance FROM stock_goods WHERE product_id = " + product
                + " AND provider_id = " + provider + "), 0)");
    }

    private static BasketLine line(long product, long provider, int quantity) {
        return new BasketLine(product, provider, price(product, provider), quantity);
    }

    private static BasketDraft basket(long customer, BasketLine... lines) {
        return new BasketDraft(UUID.randomUUID(), customer, List.of(lines));
    }

    private static long checks() {
        return db.count("SELECT count(*) FROM purchase");
    }

    private static long journal() {
        return db.count("SELECT count(*) FROM stock_movement");
    }

    @Test
    void aBasketOfTwoProvidersIsTwoChecksInOneGo() {
        int phoneAt1 = balance(1, 1);
        int caseAt2 = balance(2, 2);
        BasketReceipt receipt = sales.recordBasket(basket(1, line(1, 1, 2), line(2, 2, 1), line(3, 2, 3)));
        assertThat(receipt.checks()).hasSize(2);
        assertThat(receipt.checks()).extracting(r -> r.providerId()).containsExactly(1L, 2L);
        assertThat(receipt.checks().get(0).total()).isEqualByComparingTo("2001.00");
        assertThat(receipt.checks().get(1).total()).isEqualByComparingTo("1060.00");
        assertThat(receipt.total()).isEqualByComparingTo("3061.00");
        assertThat(receipt.checks().get(1).lines()).isEqualTo(2);
        assertThat(receipt.checks().get(1).units()).isEqualTo(4);
        for (var check : receipt.checks()) {
            assertThat(db.count("SELECT total * 100 FROM purchase WHERE id = " + check.purchaseId()))
                    .isEqualTo(check.total().movePointRight(2).longValueExact());
            assertThat(db.count("SELECT provider_id FROM purchase WHERE id = " + check.purchaseId())).isEqualTo(check.providerId());
        }
        assertThat(balance(1, 1)).isEqualTo(phoneAt1 - 2);
        assertThat(balance(2, 2)).isEqualTo(caseAt2 - 1);
    }

    @Test
    void oneShortLineRefusesTheWholeBasketAndNamesTheLineAndWhatIsLeft() {
        long before = checks();
        long moves = journal();
        int charger = balance(3, 2);
        BasketDraft draft = basket(1, line(1, 1, 1), line(3, 2, charger + 1));
        assertThatThrownBy(() -> sales.recordBasket(draft)).isInstanceOfSatisfying(SaleRefusedException.class, e -> {
            assertThat(e.refusals()).singleElement().satisfies(r -> {
                assertThat(r.line()).isEqualTo(1);
                assertThat(r.reason()).isEqualTo(LineRefusal.Reason.STOCK);
                assertThat(r.title()).isEqualTo("Зарядка Charger");
                assertThat(r.provider()).isEqualTo("Beta");
                assertThat(r.available()).isEqualTo(charger);
                assertThat(r.asked()).isEqualTo(charger + 1);
            });
            assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("purchase.refused.stock");
        });
        assertThat(checks()).isEqualTo(before);
        assertThat(journal()).isEqualTo(moves);
    }

    @Test
    void aPriceChangedSinceShownIsRefusedWithTheNewPriceAndTheClerkCanTakeIt() {
        db.sql("INSERT INTO products(sku, title, category_id, producer_id) VALUES ('REPRICE', 'Наушники Buds', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value, valid_from) SELECT id, 1, 500, now() - interval '1 day' "
                        + "FROM products WHERE sku = 'REPRICE'",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) SELECT id, 1, 5, 'RECEIPT' FROM products "
                        + "WHERE sku = 'REPRICE'");
        long product = db.count("SELECT id FROM products WHERE sku = 'REPRICE'");
        BasketLine shown = line(product, 1, 1);
        db.sql("BEGIN", "UPDATE price SET valid_to = now() WHERE id = " + shown.priceId(),
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES (" + product + ", 1, 550, now() + interval '1 microsecond')",
                "COMMIT");
        long before = checks();
        BasketDraft draft = basket(1, line(2, 1, 1), shown);
        LineRefusal refusal = null;
        try {
            sales.recordBasket(draft);
        } catch (SaleRefusedException e) {
            refusal = e.refusals().get(0);
            assertThat(e.refusals()).hasSize(1);
        }
        assertThat(refusal).isNotNull();
        assertThat(refusal.reason()).isEqualTo(LineRefusal.Reason.PRICE_CHANGED);
        assertThat(refusal.line()).isEqualTo(1);
        assertThat(refusal.shownPrice()).isEqualByComparingTo("500");
        assertThat(refusal.currentPrice()).isEqualByComparingTo("550");
        assertThat(checks()).isEqualTo(before);

        // The clerk takes the new price: the same basket (same key) with the new price row saves.
        BasketDraft retaken = new BasketDraft(draft.clientKey(), 1L, List.of(draft.lines().get(0),
                new BasketLine(product, 1, refusal.currentPriceId(), 1)));
        BasketReceipt receipt = sales.recordBasket(retaken);
        assertThat(receipt.total()).isEqualByComparingTo("850.00");
        assertThat(checks()).isEqualTo(before + 1);
    }

    @Test
    void savingTheSameBasketTwiceMakesItsChecksOnce() {
        BasketDraft draft = basket(1, line(2, 1, 1), line(2, 2, 1));
        BasketReceipt first = sales.recordBasket(draft);
        long after = checks();
        BasketReceipt again = sales.recordBasket(draft);
        assertThat(again).isEqualTo(first);
        assertThat(checks()).isEqualTo(after);
    }

    @Test
    void badInputIsRefusedWithAMessageAndNothingSaved() {
        long before = checks();
        long moves = journal();
        assertProblem(basket(1), "validation.sale.empty");
        assertProblem(basket(1, line(1, 1, 0)), "validation.quantity.range");
        assertProblem(basket(1, line(1, 1, -3)), "validation.quantity.range");
        assertProblem(basket(1, line(1, 1, SaleService.MAX_QUANTITY + 1)), "validation.quantity.range");
        assertProblem(basket(1, line(1, 1, 1), line(1, 1, 2)), "validation.sale.sameProductTwice");
        assertProblem(new BasketDraft(UUID.randomUUID(), null, List.of(line(1, 1, 1))), "validation.required");
        assertProblem(basket(999, line(1, 1, 1)), "validation.gone");
        // The archived product (4) and the archived provider (4) are refused by name.
        assertRefused(basket(1, line(2, 1, 1), new BasketLine(4, 1, db.count("SELECT id FROM price WHERE product_id = 4"), 1)),
                LineRefusal.Reason.PRODUCT_ARCHIVED);
        assertRefused(basket(1, new BasketLine(1, 4, db.count("SELECT id FROM price WHERE provider_id = 4"), 1)),
                LineRefusal.Reason.PROVIDER_ARCHIVED);
        assertThat(checks()).isEqualTo(before);
        assertThat(journal()).isEqualTo(moves);
    }

    @Test
    void quantitiesAsTypedAreWholeNumbersInRange() {
        assertThat(SaleService.parseQuantity(" 3 ")).isEqualTo(3);
        assertThat(SaleService.parseQuantity("2,0")).isEqualTo(2);
        assertParse("1.5", "purchase.quantity.whole");
        assertParse("0,25", "purchase.quantity.whole");
        assertParse("0", "validation.quantity.range");
        assertParse("-2", "validation.quantity.range");
        assertParse("10000", "validation.quantity.range");
        assertParse("99999999999", "validation.quantity.range");
        assertParse("two", "validation.quantity.range");
        assertParse("", "validation.required");
    }

    @Test
    void aCustomerArchivedWhileTheSaleWasOpenIsRefused() {
        db.sql("INSERT INTO customer(name, last_name) VALUES ('Мария', 'Сидорова')");
        long maria = db.count("SELECT id FROM customer WHERE last_name = 'Сидорова'");
        assertThat(lookup.findCustomers("сидор")).extracting(c -> c.id()).contains(maria);
        db.sql("UPDATE customer SET archived = true WHERE id = " + maria);
        long before = checks();
        assertProblem(basket(maria, line(1, 1, 1)), "purchase.customer.archived");
        assertThat(checks()).isEqualTo(before);
        assertThat(lookup.findCustomers("сидор")).extracting(c -> c.id()).doesNotContain(maria);
    }

    @Test
    void aScannedCodeFindsTheProductWithEveryOfferCheapestFirst() {
        List<ProductOffers> bySku = lookup.byCode("p-1");
        List<ProductOffers> byEan = lookup.byCode("4600000000017");
        assertThat(bySku).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("Телефон Alpha");
            // Provider 4 is archived: its (cheaper) offer is not shown.
            assertThat(p.offers()).extracting(o -> o.provider()).containsExactly("Beta", "Альфа");
            assertThat(p.offers()).extracting(o -> o.price()).isSortedAccordingTo(BigDecimal::compareTo);
            assertThat(p.offers().get(0).available()).isEqualTo(balance(1, 2));
        });
        assertThat(byEan).isEqualTo(bySku);
        assertThat(lookup.byCode("NOPE-1")).isEmpty();
        assertThat(lookup.byCode("P-4")).as("archived").isEmpty();
    }

    @Test
    void aTitleFragmentFindsProductsWithTheirOffersButNoArchivedOnes() {
        assertThat(lookup.findProducts("arg")).extracting(ProductOffers::title).containsExactly("Зарядка Charger");
        assertThat(lookup.findProducts("ТЕЛЕФ")).extracting(ProductOffers::sku).containsExactly("P-1");
        assertThat(lookup.findProducts("Old")).as("archived product").isEmpty();
        assertThat(lookup.findProducts("50%")).isEmpty();
        assertThat(lookup.lookUp("P-2")).extracting(ProductOffers::title).containsExactly("Чехол Case");
        assertThat(lookup.findCustomers("ivan@ex")).extracting(c -> c.fullName()).containsExactly("Иван Петров");
        assertThat(lookup.findCustomers("916 123")).extracting(c -> c.fullName()).containsExactly("Иван Петров");
    }

    @Test
    void theDatabaseItselfRefusesASaleLineWithoutStock() throws SQLException {
        // Whatever the client: the journal's CHECK refuses a balance below zero.
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThatThrownBy(() -> st.execute("INSERT INTO stock_movement(product_id, provider_id, delta, reason) "
                    + "VALUES (3, 2, -100000, 'WRITE_OFF')")).hasMessageContaining("stock_goods_not_oversold");
        }
    }

    private static void assertProblem(BasketDraft draft, String key) {
        assertThatThrownBy(() -> sales.recordBasket(draft)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).contains(key));
    }

    private static void assertRefused(BasketDraft draft, LineRefusal.Reason reason) {
        assertThatThrownBy(() -> sales.recordBasket(draft)).isInstanceOfSatisfying(SaleRefusedException.class,
                e -> assertThat(e.refusals()).extracting(LineRefusal::reason).containsExactly(reason));
    }

    private static void assertParse(String text, String key) {
        assertThatThrownBy(() -> SaleService.parseQuantity(text)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).containsExactly(key));
    }
}
