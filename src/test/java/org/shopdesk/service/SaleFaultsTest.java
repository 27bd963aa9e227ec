package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.BasketDraft;
import org.shopdesk.domain.purchasing.BasketLine;
import org.shopdesk.domain.purchasing.BasketReceipt;
import org.shopdesk.service.purchasing.SaleService;
import org.shopdesk.testing.PurchaseFixture;
import org.shopdesk.testing.TestDatabase;

/** Sales under contention and under a killed connection, on the real server. */
class SaleFaultsTest {
    private static TestDatabase db;
    private static SaleService sales;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        PurchaseFixture.load(db);
        sales = db.backend().sales();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static long price(long product, long provider) {
        return db.count("SELECT id FROM price WHERE valid_to IS NULL AND product_id = " + product + " AND provider_id = " + provider);
    }

    private static long newProduct(String sku, long provider, int units) {
        db.sql("INSERT INTO products(sku, title, category_id, producer_id) VALUES ('" + sku + "', 'Last ones " + sku + "', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value) SELECT id, " + provider + ", 70 FROM products WHERE sku = '" + sku + "'",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) SELECT id, " + provider + ", " + units
                        + ", 'RECEIPT' FROM products WHERE sku = '" + sku + "'");
        return db.count("SELECT id FROM products WHERE sku = '" + sku + "'");
    }

    @Test
    void sixteenClerksSellingTheLastTenUnitsSellExactlyTenAndRefusedSalesLeaveNothing() throws Exception {
        int units = 10;
        long last = newProduct("LAST-16", 2, units);
        long checksBefore = db.count("SELECT count(*) FROM purchase");
        long journalBefore = db.count("SELECT count(*) FROM stock_movement");
        int casesBefore = (int) db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 2 AND provider_id = 1");
        // Every basket: one of the last units (provider 2) and a case from provider 1, lines in both
        // orders, so that the clerks' locks overlap every way; each clerk tries twice.
        List<Callable<Integer>> clerks = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < 16; i++) {
            boolean flip = i % 2 == 0;
            clerks.add(() -> {
                start.await();
                int sold = 0;
                for (int attempt = 0; attempt < 2; attempt++) {
                    BasketLine unit = new BasketLine(last, 2, price(last, 2), 1);
                    BasketLine aCase = new BasketLine(2, 1, price(2, 1), 1);
                    try {
                        sales.recordBasket(new BasketDraft(UUID.randomUUID(), 1L, flip ? List.of(unit, aCase) : List.of(aCase, unit)));
                        sold++;
                    } catch (ValidationException refused) {
                        // Out of stock: the basket is refused whole.
                    }
                }
                return sold;
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        int sold = 0;
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (Callable<Integer> c : clerks) {
                results.add(pool.submit(c));
            }
            start.countDown();
            for (Future<Integer> f : results) {
                sold += f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sold).isEqualTo(units);
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = " + last)).isZero();
        assertThat(db.count("SELECT count(*) FROM stock_goods WHERE goods_balance < 0")).isZero();
        assertThat(db.count("SELECT sum(quantity) FROM purchase_line WHERE product_id = " + last)).isEqualTo(units);
        // Two checks per sale (one per provider), two journal rows; nothing of the refused ones.
        assertThat(db.count("SELECT count(*) FROM purchase")).isEqualTo(checksBefore + 2L * units);
        assertThat(db.count("SELECT count(*) FROM stock_movement")).isEqualTo(journalBefore + 2L * units);
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 2 AND provider_id = 1"))
                .isEqualTo(casesBefore - units);
        assertNoCheckWithoutLinesAndEveryBalanceIsItsJournal();
    }

    @Test
    void aBackendKilledMidSaveLeavesNothingAndTheRetrySavesOnce() throws Exception {
        long product = newProduct("KILL-1", 1, 5);
        BasketDraft draft = new BasketDraft(UUID.randomUUID(), 1L, List.of(new BasketLine(product, 1, price(product, 1), 2),
                new BasketLine(3, 2, price(3, 2), 1)));
        long checksBefore = db.count("SELECT count(*) FROM purchase");
        try (Connection blocker = db.connect(); Connection admin = db.connect()) {
            // Hold the stock row: the sale stops inside its transaction, at its first statement.
            blocker.setAutoCommit(false);
            try (Statement st = blocker.createStatement()) {
                st.execute("SELECT 1 FROM stock_goods WHERE product_id = " + product + " FOR UPDATE");
            }
            CompletableFuture<BasketReceipt> save = CompletableFuture.supplyAsync(() -> sales.recordBasket(draft));
            int killed = 0;
            for (int i = 0; i < 100 && killed == 0; i++) {
                Thread.sleep(50);
                try (Statement st = admin.createStatement(); ResultSet rs = st.executeQuery("""
                        SELECT pg_terminate_backend(pid) FROM pg_stat_activity
                         WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%stock_goods%'""")) {
                    while (rs.next()) {
                        killed++;
                    }
                }
            }
            assertThat(killed).as("the sale's backend was found waiting and killed").isEqualTo(1);
            // While the retry waits for its pause, nothing of the killed attempt is there.
            assertThat(db.count("SELECT count(*) FROM purchase")).isEqualTo(checksBefore);
            blocker.commit();
            BasketReceipt receipt = save.get(30, TimeUnit.SECONDS);
            assertThat(receipt.checks()).hasSize(2);
            // Saving again (the clerk pressing Save after the error) finds the same checks.
            assertThat(sales.recordBasket(draft)).isEqualTo(receipt);
        }
        assertThat(db.count("SELECT count(*) FROM purchase")).isEqualTo(checksBefore + 2);
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = " + product)).isEqualTo(3);
        assertNoCheckWithoutLinesAndEveryBalanceIsItsJournal();
    }

    private static void assertNoCheckWithoutLinesAndEveryBalanceIsItsJournal() {
        assertThat(db.count("SELECT count(*) FROM purchase p WHERE NOT EXISTS (SELECT 1 FROM purchase_line l "
                + "WHERE l.purchase_id = p.id)")).isZero();
        assertThat(db.count("SELECT count(*) FROM purchase p WHERE p.total <> (SELECT sum(line_total) FROM purchase_line l "
                + "WHERE l.purchase_id = p.id)")).isZero();
        assertThat(db.count("SELECT count(*) FROM stock_goods g WHERE g.goods_balance <> (SELECT coalesce(sum(delta), 0) "
                + "FROM stock_movement m WHERE m.product_id = g.product_id AND m.provider_id = g.provider_id)")).isZero();
    }
}
