package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.pricing.BulkChange;
import org.shopdesk.domain.pricing.BulkPreview;
import org.shopdesk.domain.pricing.BulkPreviewRow;
import org.shopdesk.domain.pricing.BulkResult;
import org.shopdesk.domain.pricing.OfferRow;
import org.shopdesk.domain.pricing.PriceChange;
import org.shopdesk.domain.pricing.PriceGridQuery;
import org.shopdesk.domain.pricing.PriceHistoryRow;
import org.shopdesk.domain.pricing.PriceSort;
import org.shopdesk.domain.pricing.ProductPricesRow;
import org.shopdesk.domain.pricing.ProviderPriceRow;
import org.shopdesk.domain.pricing.Rounding;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.service.pricing.PriceService;
import org.shopdesk.testing.TestDatabase;

/**
 * Prices through the service against the real schema: the grid, a change now or from a date,
 * removing an offer, history with who changed it, two people changing one price at once, bulk
 * changes with rounding, and the database refusing what the service refuses.
 */
class PriceServiceTest {
    private static TestDatabase db;
    private static PriceService prices;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Phones'), ('Cases'), ('Tablets')",
                "INSERT INTO producer(name) VALUES ('Acme'), ('Beta')",
                "INSERT INTO provider(name) VALUES ('Shop one'), ('Shop two'), ('Shop three')",
                "INSERT INTO contacts(email) VALUES ('ivan@example.ru')",
                "INSERT INTO customer(name, last_name, contact_id) VALUES ('Ivan', 'Petrov', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES "
                        + "('P-1', 'Phone A', 1, 1), ('P-2', 'Phone B', 1, 2), ('P-3', 'Case A', 2, 1), "
                        + "('P-4', 'Case B', 2, 2), ('P-5', 'Phone C', 1, 1), ('P-6', 'Phone D', 1, 1), "
                        // Tablets: only the grid tests read them, nothing changes them.
                        + "('T-7', 'Tablet A', 3, 1), ('T-8', 'Tablet B', 3, 2), ('T-9', 'Tablet C', 3, 1), ('T-10', 'Tablet D', 3, 1)",
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES "
                        + "(1, 1, 1000.00, now() - interval '10 days'), (2, 1, 1234.56, now() - interval '10 days'), "
                        + "(3, 1, 99.99, now() - interval '10 days'), (4, 1, 150.00, now() - interval '10 days'), "
                        + "(1, 2, 950.00, now() - interval '10 days'), (1, 3, 1100.00, now() - interval '10 days'), "
                        + "(2, 2, 1300.00, now() - interval '10 days'), (5, 1, 500.00, now() - interval '10 days'), "
                        + "(6, 1, 600.00, now() - interval '10 days'), "
                        + "(7, 1, 1000.00, now() - interval '10 days'), (8, 1, 1234.56, now() - interval '10 days'), "
                        + "(9, 1, 99.99, now() - interval '10 days'), (7, 2, 950.00, now() - interval '10 days'), "
                        + "(8, 2, 1300.00, now() - interval '10 days'), (7, 3, 1100.00, now() - interval '10 days')",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (5, 1, 10, 'RECEIPT')");
        prices = db.backend().prices();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static long current(long product, long provider) {
        return db.count("SELECT id FROM price WHERE product_id = " + product + " AND provider_id = " + provider
                + " AND valid_from <= now() AND (valid_to IS NULL OR valid_to > now())");
    }

    private static PriceChange change(long product, long provider, String value, Instant from) {
        return new PriceChange(product, provider, current(product, provider), new BigDecimal(value), "RUB", from);
    }

    private static PriceGridQuery tablets(Long provider) {
        return new PriceGridQuery("", 3L, null, provider, null, null, PriceSort.TITLE, false, 0, 2);
    }

    @Test
    void oneProvidersGridListsItsPricesPagedAndTheProductsItLacks() {
        Page<ProviderPriceRow> page = prices.providerPrices(tablets(1L));
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items()).extracting(ProviderPriceRow::title).containsExactly("Tablet A", "Tablet B");
        assertThat(page.items().get(1).value()).isEqualByComparingTo("1234.56");
        assertThat(page.items().get(1).priceId()).isNotNull();
        assertThat(prices.providerPrices(tablets(1L).withPage(1)).items())
                .extracting(ProviderPriceRow::title).containsExactly("Tablet C");

        PriceGridQuery byPrice = tablets(1L).withSort(PriceSort.PRICE, true);
        assertThat(prices.providerPrices(byPrice).items()).extracting(ProviderPriceRow::sku).containsExactly("T-8", "T-7");

        PriceGridQuery lacking = tablets(2L).withFilters(3L, null, 2L, null, 2L).withLimit(0, 50);
        assertThat(prices.providerPrices(lacking).items()).extracting(ProviderPriceRow::sku).containsExactly("T-9", "T-10")
                .hasSize(2);
        assertThat(prices.providerPrices(lacking).items()).allSatisfy(r -> assertThat(r.priceId()).isNull());

        PriceGridQuery ofBeta = tablets(1L).withFilters(3L, 2L, 1L, null, null);
        assertThat(prices.providerPrices(ofBeta).items()).extracting(ProviderPriceRow::sku).containsExactly("T-8");
        assertThat(prices.providerPrices(tablets(1L).withText("tablet c")).items()).hasSize(1);
        assertThat(prices.providerPrices(tablets(1L).withText("t-9")).items()).hasSize(1);
    }

    @Test
    void allProvidersGridMarksTheCheapestAndTheSpread() {
        ProductPricesRow row = prices.productPrices(tablets(null).withText("Tablet A")).items().get(0);
        assertThat(row.offers()).isEqualTo(3);
        assertThat(row.min()).isEqualByComparingTo("950.00");
        assertThat(row.max()).isEqualByComparingTo("1100.00");
        assertThat(row.spread()).isEqualByComparingTo("150.00");
        assertThat(row.spreadPercent()).isEqualByComparingTo("15.8");
        assertThat(row.cheapestProvider()).isEqualTo("Shop two");

        List<OfferRow> offers = prices.offers(7);
        assertThat(offers).extracting(OfferRow::provider).containsExactly("Shop two", "Shop one", "Shop three");
        assertThat(offers).extracting(OfferRow::cheapest).containsExactly(true, false, false);

        PriceGridQuery notAtThree = tablets(null).withFilters(3L, null, null, 1L, 3L).withLimit(0, 50);
        assertThat(prices.productPrices(notAtThree).items()).extracting(ProductPricesRow::sku).containsExactly("T-8", "T-9");
        PriceGridQuery atTwo = tablets(null).withFilters(3L, null, null, 2L, null).withLimit(0, 50);
        assertThat(prices.productPrices(atTwo).items()).extracting(ProductPricesRow::sku).containsExactly("T-7", "T-8");
        assertThat(prices.productPrices(tablets(null).withSort(PriceSort.PRICE, false).withLimit(0, 50)).items())
                .extracting(ProductPricesRow::sku).containsExactly("T-9", "T-7", "T-8", "T-10");
        Page<ProductPricesRow> all = prices.productPrices(tablets(null));
        assertThat(all.total()).isEqualTo(4);
        assertThat(prices.productPrices(tablets(null).withPage(1)).items()).extracting(ProductPricesRow::offers)
                .containsExactly(1, 0);
    }

    @Test
    void aChangeClosesTheCurrentPriceKeepsItAsHistoryAndRecordsWho() {
        long before = current(3, 1);
        long id = prices.changePrice(change(3, 1, "109.90", null));
        assertThat(id).isNotEqualTo(before);
        assertThat(current(3, 1)).isEqualTo(id);
        List<PriceHistoryRow> history = prices.history(3, 1L);
        assertThat(history).extracting(PriceHistoryRow::value).extracting(BigDecimal::toPlainString)
                .containsExactly("99.99", "109.90");
        PriceHistoryRow old = history.get(0);
        PriceHistoryRow now = history.get(1);
        assertThat(old.validTo()).isEqualTo(now.validFrom());
        assertThat(old.closedBy()).isEqualTo(TestDatabase.ADMIN_USER);
        assertThat(now.createdBy()).isEqualTo(TestDatabase.ADMIN_USER);
        assertThat(now.current()).isTrue();
        assertThat(old.current()).isFalse();

        // The same value again changes nothing.
        assertThat(prices.changePrice(change(3, 1, "109.90", null))).isEqualTo(id);
        assertThat(prices.history(3, 1L)).hasSize(2);
    }

    @Test
    void aFutureChangeWaitsItsTurnAndSalesKeepSellingAtTheCurrentPrice() {
        long today = current(5, 1);
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));
        long scheduled = prices.changePrice(change(5, 1, "550.00", tomorrow));
        assertThat(current(5, 1)).as("the price valid now is unchanged").isEqualTo(today);
        ProviderPriceRow row = prices.providerPrices(PriceGridQuery.provider(1, 50).withText("P-5")).items().get(0);
        assertThat(row.value()).isEqualByComparingTo("500.00");
        assertThat(row.nextValue()).isEqualByComparingTo("550.00");
        assertThat(row.nextFrom()).isNotNull();

        var sales = db.backend().sales();
        assertThatThrownBy(() -> sales.recordSale(new SaleDraft(UUID.randomUUID(), 1L, 1L,
                List.of(new SaleLine(5, scheduled, 1)))))
                .as("a scheduled price is not sold before its date").isInstanceOf(ValidationException.class);
        assertThat(sales.recordSale(new SaleDraft(UUID.randomUUID(), 1L, 1L, List.of(new SaleLine(5, today, 1)))).total())
                .isEqualByComparingTo("500.00");

        // A change from now replaces the scheduled one: it is kept as cancelled, never in effect.
        long replaced = prices.changePrice(change(5, 1, "520.00", null));
        List<PriceHistoryRow> history = prices.history(5, 1L);
        assertThat(history).extracting(h -> h.value().toPlainString() + (h.cancelled() ? " cancelled" : "")
                        + (h.current() ? " current" : ""))
                .containsExactly("500.00", "520.00 current", "550.00 cancelled");
        assertThat(current(5, 1)).isEqualTo(replaced);
        assertThat(db.count("SELECT count(*) FROM price WHERE product_id = 5 AND provider_id = 1 AND valid_to IS NULL"))
                .isEqualTo(1);
    }

    @Test
    void removingAnOfferEndsItAndKeepsItsHistory() {
        long id = current(4, 1);
        prices.removeOffer(4, 1, id);
        assertThat(db.count("SELECT count(*) FROM price WHERE product_id = 4 AND provider_id = 1 "
                + "AND (valid_to IS NULL OR valid_to > now())")).isZero();
        assertThat(prices.history(4, 1L)).singleElement().satisfies(h -> {
            assertThat(h.closedBy()).isEqualTo(TestDatabase.ADMIN_USER);
            assertThat(h.current()).isFalse();
        });
        assertThatThrownBy(() -> prices.removeOffer(4, 1, id)).isInstanceOf(ConcurrentChangeException.class);
        // Offered again later: a new row, the old one stays history.
        long again = prices.changePrice(new PriceChange(4, 1, null, new BigDecimal("155.00"), "RUB", null));
        assertThat(prices.history(4, 1L)).extracting(PriceHistoryRow::priceId).containsExactly(id, again);
    }

    @Test
    void anEditBasedOnAnOldPriceIsAConflict() {
        long seen = current(6, 2 - 1);
        prices.changePrice(new PriceChange(6, 1, seen, new BigDecimal("610.00"), "RUB", null));
        assertThatThrownBy(() -> prices.changePrice(new PriceChange(6, 1, seen, new BigDecimal("620.00"), "RUB", null)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> prices.changePrice(new PriceChange(6, 1, null, new BigDecimal("630.00"), "RUB", null)))
                .as("someone saw no price, but there is one").isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void twoPeopleChangingOnePriceAtOnceLoseNothingAndDuplicateNothing() throws Exception {
        int people = 6;
        for (int round = 0; round < 5; round++) {
            long seen = current(2, 2);
            long rowsBefore = db.count("SELECT count(*) FROM price WHERE product_id = 2 AND provider_id = 2");
            CountDownLatch go = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(people);
            List<Future<Long>> tries = new ArrayList<>();
            for (int i = 0; i < people; i++) {
                BigDecimal value = new BigDecimal(2000 + round * 10 + i);
                tries.add(pool.submit(() -> {
                    go.await();
                    return prices.changePrice(new PriceChange(2, 2, seen, value, "RUB", null));
                }));
            }
            go.countDown();
            int won = 0;
            int conflicts = 0;
            long winner = -1;
            for (Future<Long> f : tries) {
                try {
                    winner = f.get();
                    won++;
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ConcurrentChangeException.class);
                    conflicts++;
                }
            }
            pool.shutdown();
            assertThat(won).as("exactly one change wins").isEqualTo(1);
            assertThat(conflicts).isEqualTo(people - 1);
            assertThat(current(2, 2)).isEqualTo(winner);
            assertThat(db.count("SELECT count(*) FROM price WHERE product_id = 2 AND provider_id = 2"))
                    .as("one new row, no duplicate").isEqualTo(rowsBefore + 1);
            assertThat(db.count("SELECT count(*) FROM price WHERE id = " + seen + " AND valid_to IS NOT NULL"))
                    .as("the price the winner saw is history now").isEqualTo(1);
        }
    }

    @Test
    void badValuesAreRefusedByTheServiceAndByTheDatabase() {
        long id = current(1, 1);
        assertProblem(new PriceChange(1, 1, id, BigDecimal.ZERO, "RUB", null), "prices.validation.positive");
        assertProblem(new PriceChange(1, 1, id, new BigDecimal("-5"), "RUB", null), "prices.validation.positive");
        assertProblem(new PriceChange(1, 1, id, new BigDecimal("1.005"), "RUB", null), "prices.validation.kopecks");
        assertProblem(new PriceChange(1, 1, id, new BigDecimal("10000000000"), "RUB", null), "prices.validation.tooLarge");
        assertProblem(new PriceChange(1, 1, id, null, "RUB", null), "prices.validation.required");
        assertProblem(new PriceChange(1, 1, id, BigDecimal.TEN, "rub", null), "prices.validation.currency");
        assertProblem(new PriceChange(1, 1, id, BigDecimal.TEN, "RUB", Instant.now().minus(Duration.ofDays(1))),
                "prices.validation.past");
        assertThat(current(1, 1)).isEqualTo(id);

        assertRefused("INSERT INTO price(product_id, provider_id, value) VALUES (3, 3, 0)", "price_value_check");
        assertRefused("INSERT INTO price(product_id, provider_id, value, currency) VALUES (3, 3, 1, 'rub')",
                "price_currency_check");
        assertRefused("INSERT INTO price(product_id, provider_id, value, valid_from, valid_to) "
                + "VALUES (1, 1, 5, now() - interval '5 days', now() - interval '4 days')", "price_no_overlap");
        assertRefused("INSERT INTO price(product_id, provider_id, value, valid_from) VALUES (1, 1, 5, now() + interval '1 day')",
                "price_current_key");
        assertRefused("UPDATE price SET value = 1 WHERE id = " + id, "history");
        assertRefused("DELETE FROM price WHERE id = " + id, "cannot be deleted");
        assertRefused("UPDATE price SET valid_to = now() - interval '1 day' WHERE id = " + id, "into the past");
        long closed = db.count("SELECT min(id) FROM price WHERE valid_to IS NOT NULL AND valid_to < now()");
        assertRefused("UPDATE price SET valid_to = NULL WHERE id = " + closed, "is history");
        assertRefused("UPDATE price SET closed_by = 'someone' WHERE id = " + id, "");
    }

    private static void assertProblem(PriceChange change, String key) {
        assertThatThrownBy(() -> prices.changePrice(change)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).contains(key));
    }

    /** The statement fails with that text in the message, or, for "", leaves closed_by as the trigger set it. */
    private static void assertRefused(String sql, String text) {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute(sql);
            if (!text.isEmpty()) {
                throw new AssertionError("not refused: " + sql);
            }
            assertThat(db.count("SELECT count(*) FROM price WHERE closed_by = 'someone'")).isZero();
        } catch (SQLException e) {
            assertThat(e.getMessage()).contains(text);
        }
    }

    @Test
    void bulkPreviewListsEveryRowOldToNewAndApplyChangesThemInOneGo() {
        BulkChange plus5 = new BulkChange(2, 1L, null, BulkChange.Kind.PERCENT, new BigDecimal("5"), Rounding.KOPECKS, null);
        BulkPreview preview = prices.previewBulk(plus5);
        assertThat(preview.count()).isEqualTo(2);
        assertThat(preview.rows()).extracting(r -> r.sku() + " " + r.oldValue() + " -> " + r.newValue())
                .containsExactly("P-1 950.00 -> 997.50", "P-2 " + preview.rows().get(1).oldValue() + " -> "
                        + preview.rows().get(1).oldValue().multiply(new BigDecimal("1.05")).setScale(2, java.math.RoundingMode.HALF_UP));
        assertThat(db.count("SELECT value FROM price WHERE id = " + current(1, 2))).as("a preview writes nothing").isEqualTo(950);

        BulkResult result = prices.applyBulk(preview);
        assertThat(result.changed()).isEqualTo(2);
        assertThat(db.count("SELECT value * 100 FROM price WHERE id = " + current(1, 2))).isEqualTo(99750);
        assertThat(prices.history(1, 2L)).hasSize(2);

        // The same preview again is stale: its prices are history now.
        assertThatThrownBy(() -> prices.applyBulk(preview)).isInstanceOf(ConcurrentChangeException.class);
    }

    @Test
    void bulkChangeRoundsByTheShopsRulesAndRefusesPricesAtOrBelowZero() {
        // Provider 1, category Phones, producer Acme: P-1 1000.00, P-5 and P-6 (their values vary with other tests).
        BulkChange minus = new BulkChange(1, 1L, 1L, BulkChange.Kind.AMOUNT, new BigDecimal("-0.44"), Rounding.ROUBLES_90, null);
        BulkPreview p = prices.previewBulk(minus);
        assertThat(p.rows()).extracting(BulkPreviewRow::sku).containsExactly("P-1", "P-5", "P-6");
        assertThat(p.rows().get(0).newValue()).isEqualByComparingTo("1090");
        assertThat(rounded("1234.56", Rounding.KOPECKS_90)).isEqualByComparingTo("1234.90");
        assertThat(rounded("1234.95", Rounding.KOPECKS_90)).isEqualByComparingTo("1235.90");
        assertThat(rounded("1234.90", Rounding.KOPECKS_90)).isEqualByComparingTo("1234.90");
        assertThat(rounded("1234.56", Rounding.ROUBLES_90)).isEqualByComparingTo("1290");
        assertThat(rounded("1290.00", Rounding.ROUBLES_90)).isEqualByComparingTo("1290");
        assertThat(rounded("85.00", Rounding.ROUBLES_90)).isEqualByComparingTo("90");
        assertThat(rounded("1234.50", Rounding.ROUBLES)).isEqualByComparingTo("1235");
        assertThat(rounded("1234.555", Rounding.KOPECKS)).isEqualByComparingTo("1234.56");

        BulkPreview wipeOut = prices.previewBulk(new BulkChange(1, 2L, null, BulkChange.Kind.AMOUNT,
                new BigDecimal("-100"), Rounding.KOPECKS, null));
        assertThat(wipeOut.invalid()).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> prices.applyBulk(wipeOut)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).contains("prices.validation.bulkInvalid"));
        assertThatThrownBy(() -> prices.previewBulk(new BulkChange(1, null, null, BulkChange.Kind.PERCENT,
                new BigDecimal("-100"), Rounding.KOPECKS, null))).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> prices.previewBulk(new BulkChange(1, null, null, BulkChange.Kind.PERCENT,
                BigDecimal.ZERO, Rounding.KOPECKS, null))).isInstanceOf(ValidationException.class);
    }

    @Test
    void aBulkChangeFromADateSchedulesEveryRow() {
        Instant nextWeek = Instant.now().plus(Duration.ofDays(7));
        BulkPreview p = prices.previewBulk(new BulkChange(3, 1L, null, BulkChange.Kind.PERCENT, new BigDecimal("10"),
                Rounding.ROUBLES, nextWeek));
        assertThat(p.rows()).singleElement().satisfies(r -> assertThat(r.newValue()).isEqualByComparingTo("1210"));
        long today = current(1, 3);
        prices.applyBulk(p);
        assertThat(current(1, 3)).isEqualTo(today);
        assertThat(prices.offers(1)).filteredOn(o -> o.providerId() == 3).singleElement()
                .satisfies(o -> assertThat(o.nextValue()).isEqualByComparingTo("1210"));
    }

    private static BigDecimal rounded(String v, Rounding r) {
        try (Connection c = db.connect(); var ps = c.prepareStatement("SELECT shopdesk_round_price(?, ?)")) {
            ps.setBigDecimal(1, new BigDecimal(v));
            ps.setString(2, r.name());
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getBigDecimal(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theGridsViewExportsToCsvForExcelAndToXlsx() throws Exception {
        var export = db.backend().priceExport();
        java.io.ByteArrayOutputStream csv = new java.io.ByteArrayOutputStream();
        List<String> headers = List.of("Артикул", "Наименование", "Категория", "Производитель", "Код", "Цена", "Валюта", "С");
        assertThat(export.export(tablets(1L), org.shopdesk.domain.pricing.ExportFormat.CSV, headers, csv)).isEqualTo(3);
        String text = csv.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFАртикул;Наименование;");
        assertThat(text.lines().toList()).hasSize(4);
        assertThat(text.lines().toList().get(2)).startsWith("T-8;Tablet B;Tablets;Beta;;1234,56;RUB;");

        java.io.ByteArrayOutputStream xlsx = new java.io.ByteArrayOutputStream();
        List<String> allHeaders = List.of("SKU", "Title", "Category", "Producer", "Offers", "Min", "Max", "Spread", "%", "Cheapest");
        assertThat(export.export(tablets(null), org.shopdesk.domain.pricing.ExportFormat.XLSX, allHeaders, xlsx)).isEqualTo(4);
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.toByteArray()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("T-7");
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(950.0);
            assertThat(sheet.getRow(1).getCell(9).getStringCellValue()).isEqualTo("Shop two");
        }
    }
}
