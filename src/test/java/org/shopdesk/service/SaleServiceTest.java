package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.BasketDraft;
import org.shopdesk.domain.purchasing.LineRefusal;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.domain.purchasing.SaleReceipt;
import org.shopdesk.domain.purchasing.SaleRefusedException;
import org.shopdesk.service.purchasing.SaleService;
import org.shopdesk.testing.TestDatabase;

/** Recording a sale through the service, against the real schema and its triggers. */
class SaleServiceTest {
    private static TestDatabase db;
    private static SaleService sales;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Phones')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO provider(name) VALUES ('Shop one'), ('Shop two')",
                "INSERT INTO contacts(email) VALUES ('ivan@example.ru')",
                "INSERT INTO customer(name, last_name, contact_id) VALUES ('Ivan', 'Petrov', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES "
                        + "('P-1', 'Phone', 1, 1), ('P-2', 'Case', 1, 1), ('P-3', 'Charger', 1, 1), ('P-4', 'Cable', 1, 1)",
                // Prices 1-4 of provider 1; price 5 is provider 2's.
                "INSERT INTO price(product_id, provider_id, value) VALUES (1, 1, 1000.50), (2, 1, 300), (3, 1, 250), "
                        + "(4, 1, 99.90), (1, 2, 990)",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES "
                        + "(1, 1, 10, 'RECEIPT'), (2, 1, 10, 'RECEIPT'), (3, 1, 2, 'RECEIPT'), (4, 1, 40, 'RECEIPT')");
        sales = db.backend().sales();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static SaleDraft sale(SaleLine... lines) {
        return new SaleDraft(UUID.randomUUID(), 1L, 1L, List.of(lines));
    }

    @Test
    void aSaleKeepsThePricePaidTakesTheGoodsOffTheStockAndTotalsTheCheck() {
        SaleReceipt receipt = sales.recordSale(sale(new SaleLine(1, 1, 2), new SaleLine(2, 2, 1)));
        assertThat(receipt.total()).isEqualByComparingTo("2301.00");
        assertThat(receipt.currency()).isEqualTo("RUB");
        assertThat(receipt.lines()).isEqualTo(2);
        assertThat(receipt.units()).isEqualTo(3);
        long id = receipt.purchaseId();
        assertThat(db.count("SELECT total * 100 FROM purchase WHERE id = " + id)).isEqualTo(230100);
        assertThat(db.count("SELECT count(*) FROM purchase_line WHERE purchase_id = " + id)).isEqualTo(2);
        assertThat(db.count("SELECT -sum(delta) FROM stock_movement WHERE reason = 'SALE' AND purchase_id = " + id))
                .isEqualTo(3);
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 2 AND provider_id = 1")).isEqualTo(9);
    }

    @Test
    void theSameSaveTwiceIsOneSale() {
        SaleDraft draft = sale(new SaleLine(4, 4, 1));
        SaleReceipt first = sales.recordSale(draft);
        SaleReceipt again = sales.recordSale(draft);
        assertThat(again).isEqualTo(first);
        UUID checkKey = SaleService.checkKeys(new BasketDraft(draft.clientKey(), 1L, SaleService.basketLines(1L,
                draft.lines()))).get(1L);
        assertThat(db.count("SELECT count(*) FROM purchase WHERE client_key = '" + checkKey + "'")).isEqualTo(1);
    }

    @Test
    void moreThanTheStockIsRefusedWithWhatIsLeftAndNothingIsWritten() {
        long checks = db.count("SELECT count(*) FROM purchase");
        long charger = db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 3 AND provider_id = 1");
        assertThatThrownBy(() -> sales.recordSale(sale(new SaleLine(4, 4, 1), new SaleLine(3, 3, (int) charger + 1))))
                .isInstanceOfSatisfying(SaleRefusedException.class, e -> assertThat(e.refusals()).singleElement()
                        .satisfies(r -> {
                            assertThat(r.reason()).isEqualTo(LineRefusal.Reason.STOCK);
                            assertThat(r.line()).isEqualTo(1);
                            assertThat(r.title()).isEqualTo("Charger");
                            assertThat(r.available()).isEqualTo((int) charger);
                            assertThat(r.asked()).isEqualTo((int) charger + 1);
                        }));
        assertThat(db.count("SELECT count(*) FROM purchase")).isEqualTo(checks);
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 3 AND provider_id = 1")).isEqualTo(charger);
    }

    @Test
    void aPriceChangedWhileTheCheckWasOpenIsNotChargedSilently() {
        long checks = db.count("SELECT count(*) FROM purchase");
        // Price 5 is provider 2's, not the one this sale is from; a closed price is no longer current.
        assertProblem(sale(new SaleLine(1, 5, 1)), "purchase.refused.price");
        db.sql("INSERT INTO products(sku, title, category_id, producer_id) VALUES ('P-5', 'Old', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES (5, 1, 10, now() - interval '1 day')",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (5, 1, 5, 'RECEIPT')");
        long old = db.count("SELECT id FROM price WHERE product_id = 5");
        db.sql("BEGIN", "UPDATE price SET valid_to = now() WHERE id = " + old,
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES (5, 1, 12, now() + interval '1 microsecond')",
                "COMMIT");
        assertProblem(sale(new SaleLine(4, 4, 1), new SaleLine(5, old, 1)), "purchase.refused.price");
        assertThat(db.count("SELECT count(*) FROM purchase")).isEqualTo(checks);
    }

    @Test
    void badLinesAreRefusedBeforeTheDatabase() {
        assertProblem(sale(), "validation.sale.empty");
        assertProblem(sale(new SaleLine(1, 1, 0)), "validation.quantity.range");
        assertProblem(sale(new SaleLine(1, 1, 1), new SaleLine(1, 1, 2)), "validation.sale.sameProductTwice");
        assertProblem(new SaleDraft(UUID.randomUUID(), null, 1L, List.of(new SaleLine(1, 1, 1))), "validation.required");
        assertProblem(new SaleDraft(UUID.randomUUID(), 999L, 1L, List.of(new SaleLine(1, 1, 1))), "validation.gone");
    }

    @Test
    void eightClerksSellingTheLastUnitsSellExactlyWhatIsThere() throws Exception {
        db.sql("INSERT INTO products(sku, title, category_id, producer_id) VALUES ('LAST', 'Last ones', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value) SELECT id, 1, 50 FROM products WHERE sku = 'LAST'",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) SELECT id, 1, 5, 'RECEIPT' FROM products "
                        + "WHERE sku = 'LAST'");
        long product = db.count("SELECT id FROM products WHERE sku = 'LAST'");
        long price = db.count("SELECT id FROM price WHERE product_id = " + product);
        // Each clerk also sells a cable, so that the clerks' lock sets overlap in both orders.
        List<Callable<Boolean>> clerks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            SaleLine last = new SaleLine(product, price, 1);
            SaleLine cable = new SaleLine(4, 4, 1);
            SaleDraft draft = i % 2 == 0 ? sale(last, cable) : sale(cable, last);
            clerks.add(() -> {
                try {
                    sales.recordSale(draft);
                    return true;
                } catch (ValidationException e) {
                    return false;
                }
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int sold = 0;
        try {
            for (Future<Boolean> f : pool.invokeAll(clerks)) {
                sold += f.get() ? 1 : 0;
            }
        } finally {
            pool.shutdown();
        }
        assertThat(sold).isEqualTo(5);
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = " + product)).isZero();
        assertThat(db.count("SELECT sum(quantity) FROM purchase_line WHERE product_id = " + product)).isEqualTo(5);
    }

    private static void assertProblem(SaleDraft draft, String key) {
        assertThatThrownBy(() -> sales.recordSale(draft)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).contains(key));
    }
}
