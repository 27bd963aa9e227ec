package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.domain.stock.CountDraft;
import org.shopdesk.domain.stock.CountLine;
import org.shopdesk.domain.stock.JournalQuery;
import org.shopdesk.domain.stock.JournalRow;
import org.shopdesk.domain.stock.ReceiptDraft;
import org.shopdesk.domain.stock.WriteOffDraft;
import org.shopdesk.domain.stock.WriteOffReason;
import org.shopdesk.service.purchasing.SaleService;
import org.shopdesk.service.stock.StockService;
import org.shopdesk.testing.TestDatabase;

/** Write-offs, counts and sales at once, and a long random mix: the books always match the journal. */
class StockConcurrencyTest {
    private static final int PRODUCTS = 6;
    private static TestDatabase db;
    private static StockService stock;
    private static SaleService sales;

    // Providers 1 and 2; products 1..6 with a current price at each (price id = (provider-1)*6 + product).
    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Goods')",
                "INSERT INTO producer(name) VALUES ('Maker')",
                "INSERT INTO provider(name) VALUES ('One'), ('Two')",
                "INSERT INTO contacts(email) VALUES ('c@example.ru')",
                "INSERT INTO customer(name, contact_id) VALUES ('Buyer', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) SELECT 'G-' || i, 'Goods ' || i, 1, 1 "
                        + "FROM generate_series(1, " + PRODUCTS + ") i",
                "INSERT INTO price(product_id, provider_id, value) SELECT p, v, 10 FROM generate_series(1, 2) v, "
                        + "generate_series(1, " + PRODUCTS + ") p ORDER BY v, p");
        stock = db.backend().stock();
        sales = db.backend().sales();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static long priceId(long product, long provider) {
        return (provider - 1) * PRODUCTS + product;
    }

    @Test
    void writeOffsRacingSalesNeverTakeABalanceBelowZero() throws Exception {
        stock.receive(new ReceiptDraft(1L, 1L, 60, null));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<int[]>> workers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            boolean seller = w % 2 == 0;
            workers.add(() -> {
                int done = 0;
                int refused = 0;
                for (int i = 0; i < 40; i++) {
                    try {
                        if (seller) {
                            sales.recordSale(new SaleDraft(UUID.randomUUID(), 1L, 1L, List.of(new SaleLine(1, priceId(1, 1), 2))));
                        } else {
                            stock.writeOff(new WriteOffDraft(1L, 1L, 3, WriteOffReason.LOST, null));
                        }
                        done += seller ? 2 : 3;
                    } catch (ValidationException e) {
                        refused++;
                    }
                }
                return new int[] {done, refused};
            });
        }
        int taken = 0;
        int refused = 0;
        for (Future<int[]> f : pool.invokeAll(workers)) {
            taken += f.get()[0];
            refused += f.get()[1];
        }
        pool.shutdown();
        long balance = db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 1 AND provider_id = 1");
        assertThat(balance).isBetween(0L, 1L).isEqualTo(60L - taken);
        assertThat(refused).isPositive();
        assertThat(db.count("SELECT sum(delta) FROM stock_movement WHERE product_id = 1 AND provider_id = 1")).isEqualTo(balance);
    }

    @Test
    void aLongRandomMixLeavesEveryBalanceEqualToItsJournal() {
        SplittableRandom random = new SplittableRandom(20_261_129L);
        Map<String, Integer> expected = new HashMap<>();
        int refusedWriteOffs = 0;
        for (int step = 0; step < 600; step++) {
            long product = 2 + random.nextInt(PRODUCTS - 1);
            long provider = 1 + random.nextInt(2);
            String key = product + "/" + provider;
            int have = expected.getOrDefault(key, 0);
            int q = 1 + random.nextInt(8);
            switch (random.nextInt(4)) {
                case 0 -> {
                    stock.receive(new ReceiptDraft(product, provider, q, null));
                    expected.put(key, have + q);
                }
                case 1 -> {
                    try {
                        stock.writeOff(new WriteOffDraft(product, provider, q, WriteOffReason.values()[random.nextInt(4)], "r"));
                        expected.put(key, have - q);
                    } catch (ValidationException e) {
                        assertThat(q).isGreaterThan(have);
                        refusedWriteOffs++;
                    }
                }
                case 2 -> {
                    try {
                        sales.recordSale(new SaleDraft(UUID.randomUUID(), 1L, provider,
                                List.of(new SaleLine(product, priceId(product, provider), q))));
                        expected.put(key, have - q);
                    } catch (ValidationException e) {
                        assertThat(q).isGreaterThan(have);
                    }
                }
                default -> {
                    List<CountLine> lines = new ArrayList<>();
                    for (long p = 2; p <= PRODUCTS; p++) {
                        if (random.nextBoolean()) {
                            int counted = random.nextInt(12);
                            lines.add(new CountLine(p, counted));
                            expected.put(p + "/" + provider, counted);
                        }
                    }
                    if (!lines.isEmpty()) {
                        stock.count(new CountDraft(provider, lines, null));
                    }
                }
            }
        }
        assertThat(refusedWriteOffs).isPositive();
        assertThat(db.count("SELECT count(*) FROM stock_goods g WHERE g.goods_balance < 0 OR g.goods_balance <> "
                + "(SELECT coalesce(sum(m.delta), 0) FROM stock_movement m WHERE m.product_id = g.product_id "
                + "AND m.provider_id = g.provider_id)")).isZero();
        for (Map.Entry<String, Integer> e : expected.entrySet()) {
            String[] pair = e.getKey().split("/");
            long product = Long.parseLong(pair[0]);
            long provider = Long.parseLong(pair[1]);
            assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = " + product
                    + " AND provider_id = " + provider)).as(e.getKey()).isEqualTo(e.getValue().longValue());
            // The journal's running balance starts at its first movement and ends at the balance.
            List<JournalRow> rows = stock.journal(JournalQuery.ofPair(product, provider, 500)).page().items();
            assertThat(rows.get(0).balanceAfter()).isEqualTo(e.getValue().longValue());
            JournalRow first = rows.get(rows.size() - 1);
            assertThat(first.balanceAfter()).isEqualTo(first.delta());
            for (int i = 0; i + 1 < rows.size(); i++) {
                assertThat(rows.get(i).balanceAfter()).isEqualTo(rows.get(i + 1).balanceAfter() + rows.get(i).delta());
                assertThat(rows.get(i).balanceAfter()).isNotNegative();
            }
        }
    }
}
