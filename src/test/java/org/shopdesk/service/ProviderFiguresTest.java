package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.shopdesk.data.suppliers.ProviderQueries;
import org.shopdesk.domain.party.ProviderDraft;
import org.shopdesk.domain.party.ProviderQuery;
import org.shopdesk.domain.party.ProviderStatus;
import org.shopdesk.domain.party.ProviderTabQuery;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.service.suppliers.SupplierService;
import org.shopdesk.testing.TestDatabase;

/**
 * The Suppliers list's stock figures are a sum plus the changes since (V12). Whatever changes,
 * and whether or not the changes were folded into the sum, the list must show what summing every
 * stock row and every price valid now shows: each step below is checked both ways.
 */
class ProviderFiguresTest {
    private TestDatabase db;
    private SupplierService suppliers;
    private long alpha;
    private long beta;

    /** Offers, units and stock value of one provider. */
    private record Figures(long offers, long units, BigDecimal value) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Figures f && f.offers == offers && f.units == units && f.value.compareTo(value) == 0;
        }

        @Override
        public int hashCode() {
            return Long.hashCode(offers * 31 + units);
        }
    }

    @BeforeEach
    void shop() {
        db = TestDatabase.create();
        suppliers = db.backend().suppliers();
        db.sql("INSERT INTO category(name) VALUES ('Phones')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO customer(name) VALUES ('Иван')",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES "
                        + "('P-1', 'Phone', 1, 1), ('P-2', 'Case', 1, 1), ('P-3', 'Cable', 1, 1), ('P-4', 'Charger', 1, 1)");
        alpha = save("Alpha");
        beta = save("Beta");
    }

    @AfterEach
    void drop() {
        db.close();
    }

    private long save(String name) {
        return suppliers.saveProvider(new ProviderDraft(null, null, name, null, null, null, null, null, null, null,
                null, null)).id();
    }

    @Test
    void theListShowsTheShopAsItIsAfterEveryKindOfChangeFoldedOrNot() throws Exception {
        agree("empty shop");
        db.sql("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, " + alpha + ", 10, 'RECEIPT'), "
                + "(2, " + alpha + ", 4, 'RECEIPT'), (3, " + alpha + ", 7, 'RECEIPT'), (1, " + beta + ", 5, 'RECEIPT')");
        agree("receipts, no prices yet");
        db.sql("INSERT INTO price(product_id, provider_id, value, valid_from) VALUES (1, " + alpha + ", 100, now() - interval '3 days'), "
                + "(2, " + alpha + ", 50.50, now() - interval '3 days'), (1, " + beta + ", 99.90, now() - interval '1 day'), "
                + "(4, " + beta + ", 12, now())");
        agree("prices, one offer with no stock");
        long phone = db.count("SELECT id FROM price WHERE product_id = 1 AND provider_id = " + alpha);
        db.backend().sales().recordSale(new SaleDraft(UUID.randomUUID(), 1L, alpha, List.of(new SaleLine(1, phone, 3))));
        agree("a sale");
        db.sql("UPDATE price SET valid_to = now() WHERE product_id = 1 AND provider_id = " + alpha + " AND valid_to IS NULL",
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES (1, " + alpha + ", 120, now())");
        agree("a price changed now");
        // Back-dated: an offer priced "since five days ago" only now. No boundary of its time lies
        // after the last sum: only the written row says it changed.
        db.sql("INSERT INTO price(product_id, provider_id, value, valid_from) VALUES (3, " + alpha + ", 7.25, now() - interval '5 days')");
        agree("a back-dated price");
        db.sql("UPDATE price SET valid_to = now() WHERE product_id = 4 AND provider_id = " + beta + " AND valid_to IS NULL");
        agree("an offer ended");
        db.sql("INSERT INTO stock_movement(product_id, provider_id, delta, reason, write_off_reason) VALUES (2, " + alpha
                + ", -4, 'WRITE_OFF', 'DAMAGED')");
        agree("written off to zero");

        // A change scheduled two seconds ahead takes over by the passing of time, with no write.
        db.sql("UPDATE price SET valid_to = now() + interval '2 seconds' WHERE product_id = 1 AND provider_id = " + beta
                        + " AND valid_to IS NULL",
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES (1, " + beta + ", 80, now() + interval '2 seconds')");
        db.sql("SELECT shopdesk_sum_provider_figures()");
        Figures before = listed().get(beta);
        assertThat(before.value()).isEqualByComparingTo("499.50");
        assertThat(offeredPrices(beta)).containsExactly("99.90");
        TimeUnit.MILLISECONDS.sleep(2_500);
        assertThat(offeredPrices(beta)).as("the offers tab agrees with the list").containsExactly("80.00");
        assertThat(listed().get(beta)).isEqualTo(direct().get(beta)).extracting(Figures::value)
                .satisfies(v -> assertThat(v).isEqualByComparingTo("400.00"));
        agree("a scheduled price in force");
    }

    private List<String> offeredPrices(long provider) {
        return suppliers.offers(ProviderTabQuery.firstPage(provider, 10)).items().stream()
                .map(o -> o.price().toPlainString()).toList();
    }

    /** Listed equals summed from scratch; then the same after folding, with nothing left over. */
    private void agree(String step) {
        assertThat(listed()).as(step).isEqualTo(direct());
        db.sql("SELECT shopdesk_sum_provider_figures()");
        assertThat(changedOffers()).as(step + ": nothing left after folding").isZero();
        assertThat(listed()).as(step + ", folded").isEqualTo(direct());
    }

    private long changedOffers() {
        return db.count("SELECT count(*) FROM provider_figures_mark m, provider_figures_changed(m.journal_id, m.summed_at)");
    }

    private Map<Long, Figures> listed() {
        Map<Long, Figures> figures = new TreeMap<>();
        suppliers.findProviders(ProviderQuery.firstPage(50).withStatus(ProviderStatus.ALL)).items()
                .forEach(r -> figures.put(r.id(), new Figures(r.offers(), r.units(), r.stockValue())));
        return figures;
    }

    /** Every stock row and every price valid now, summed per provider. */
    private Map<Long, Figures> direct() {
        Map<Long, Figures> figures = new TreeMap<>();
        try (Connection c = db.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT v.id,
                       (SELECT count(*) FROM price p WHERE p.provider_id = v.id AND %1$s),
                       (SELECT coalesce(sum(g.goods_balance), 0) FROM stock_goods g WHERE g.provider_id = v.id),
                       (SELECT coalesce(sum(g.goods_balance * p.value), 0) FROM stock_goods g
                          JOIN price p ON p.product_id = g.product_id AND p.provider_id = g.provider_id AND %1$s
                         WHERE g.provider_id = v.id)
                  FROM provider v""".formatted("p.valid_from <= now() AND (p.valid_to IS NULL OR p.valid_to > now())"))) {
            while (rs.next()) {
                figures.put(rs.getLong(1), new Figures(rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return figures;
    }

    @Test
    void aFoldWaitsForTheJournalsWritersInFlightAndMissesNone() throws Exception {
        db.sql("INSERT INTO price(product_id, provider_id, value) VALUES (1, " + alpha + ", 10)");
        try (Connection writer = db.connect()) {
            writer.setAutoCommit(false);
            try (Statement st = writer.createStatement()) {
                st.execute("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, " + alpha + ", 6, 'RECEIPT')");
            }
            CompletableFuture<Void> fold = CompletableFuture.runAsync(() -> db.sql("SELECT shopdesk_sum_provider_figures(NULL)"));
            TimeUnit.MILLISECONDS.sleep(500);
            assertThat(fold).as("the fold waits for the receipt still in flight").isNotDone();
            writer.commit();
            fold.get(10, TimeUnit.SECONDS);
        }
        assertThat(db.count("SELECT journal_id FROM provider_figures_mark")).isEqualTo(db.count("SELECT max(id) FROM stock_movement"));
        assertThat(changedOffers()).isZero();
        assertThat(listed()).isEqualTo(direct());
        assertThat(listed().get(alpha)).isEqualTo(new Figures(1, 6, new BigDecimal("60")));
    }

    @Test
    // In a thread of its own: a fold waiting for the import would wait for this very test forever.
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void behindALongWriterTheListsFoldGivesUpAndTheListIsRightAllTheSame() throws Exception {
        db.sql("INSERT INTO price(product_id, provider_id, value) VALUES (1, " + alpha + ", 10)");
        db.sql("INSERT INTO stock_movement(product_id, provider_id, delta, reason) SELECT 1, " + alpha + ", 1, 'RECEIPT' "
                + "FROM generate_series(1, " + (ProviderQueries.FOLD_AFTER + 1) + ")");
        long mark = db.count("SELECT journal_id FROM provider_figures_mark");
        try (Connection importer = db.connect()) {
            importer.setAutoCommit(false);
            try (Statement st = importer.createStatement()) {
                // A price import still running: it holds the prices' lock the fold needs.
                st.execute("INSERT INTO price(product_id, provider_id, value) VALUES (2, " + alpha + ", 5)");
            }
            long started = System.nanoTime();
            Figures shown = listed().get(alpha);
            long ms = (System.nanoTime() - started) / 1_000_000;
            assertThat(ms).as("the fold waited at most its patience, not for the import").isLessThan(3_000);
            assertThat(db.count("SELECT journal_id FROM provider_figures_mark")).as("not folded").isEqualTo(mark);
            assertThat(shown).isEqualTo(new Figures(1, ProviderQueries.FOLD_AFTER + 1, BigDecimal.valueOf(10L * (ProviderQueries.FOLD_AFTER + 1))));
            // Sales were not held behind the waiting fold: a receipt goes in while the import still runs.
            db.sql("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, " + alpha + ", 1, 'RECEIPT')");
            importer.commit();
        }
        assertThat(listed()).isEqualTo(direct());
        assertThat(db.count("SELECT journal_id FROM provider_figures_mark")).as("folded at the next look")
                .isEqualTo(db.count("SELECT max(id) FROM stock_movement"));
    }

    @Test
    void theListFoldsTheChangesOnceTheyPassTheLimitAndNotBefore() {
        db.sql("INSERT INTO price(product_id, provider_id, value) VALUES (1, " + alpha + ", 10)");
        long start = db.count("SELECT journal_id FROM provider_figures_mark");
        db.sql("INSERT INTO stock_movement(product_id, provider_id, delta, reason) SELECT 1, " + alpha + ", 1, 'RECEIPT' "
                + "FROM generate_series(1, " + ProviderQueries.FOLD_AFTER + ")");
        listed();
        assertThat(db.count("SELECT journal_id FROM provider_figures_mark")).as("at the limit: read, not folded").isEqualTo(start);
        db.sql("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, " + alpha + ", 1, 'RECEIPT')");
        Figures shown = listed().get(alpha);
        assertThat(db.count("SELECT journal_id FROM provider_figures_mark")).isEqualTo(db.count("SELECT max(id) FROM stock_movement"));
        assertThat(shown).isEqualTo(new Figures(1, ProviderQueries.FOLD_AFTER + 1, BigDecimal.valueOf(10L * (ProviderQueries.FOLD_AFTER + 1))));
    }

    @Test
    void aFoldRefusesASnapshotThatCouldMissWhatCommittedWhileItWaited() throws SQLException {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            assertThatThrownBy(() -> st.execute("SELECT shopdesk_sum_provider_figures()"))
                    .hasMessageContaining("read committed");
            c.rollback();
        }
    }
}
