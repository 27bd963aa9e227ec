package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.domain.stock.BalanceQuery;
import org.shopdesk.domain.stock.BalanceRow;
import org.shopdesk.domain.stock.BalanceSort;
import org.shopdesk.domain.stock.CountDraft;
import org.shopdesk.domain.stock.CountLine;
import org.shopdesk.domain.stock.CountResult;
import org.shopdesk.domain.stock.CountSheetLine;
import org.shopdesk.domain.stock.JournalPage;
import org.shopdesk.domain.stock.JournalQuery;
import org.shopdesk.domain.stock.JournalRow;
import org.shopdesk.domain.stock.MovementResult;
import org.shopdesk.domain.stock.ReceiptDraft;
import org.shopdesk.domain.stock.StockReason;
import org.shopdesk.domain.stock.WriteOffDraft;
import org.shopdesk.domain.stock.WriteOffReason;
import org.shopdesk.service.stock.StockRules;
import org.shopdesk.service.stock.StockService;
import org.shopdesk.testing.TestDatabase;

/** The stock's use cases through the service, against the real schema and its triggers. */
class StockServiceTest {
    private static TestDatabase db;
    private static StockService stock;

    // Products 1-4 active, 5 archived; providers 1-2 active, 3 archived.
    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Tools'), ('Paint')",
                "INSERT INTO producer(name) VALUES ('Acme'), ('Bolt')",
                "INSERT INTO provider(name) VALUES ('Main'), ('Second'), ('Gone')",
                "INSERT INTO contacts(email) VALUES ('ivan@example.ru')",
                "INSERT INTO customer(name, contact_id) VALUES ('Ivan', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('H-1', 'Hammer', 1, 1), "
                        + "('S-1', 'Screwdriver', 1, 2), ('P-1', 'Paint white', 2, 1), ('P-2', 'Paint red', 2, 2), "
                        + "('X-1', 'Old saw', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value) VALUES (1, 1, 500), (2, 1, 200), (3, 1, 300), (4, 1, 310)",
                "UPDATE products SET archived = true WHERE id = 5",
                "UPDATE provider SET archived = true WHERE id = 3");
        stock = db.backend().stock();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static long balance(long product, long provider) {
        return db.count("SELECT coalesce(max(goods_balance), 0) FROM stock_goods WHERE product_id = " + product
                + " AND provider_id = " + provider);
    }

    private static long journalRows() {
        return db.count("SELECT count(*) FROM stock_movement");
    }

    private static List<String> keys(ValidationException e) {
        return e.problems().stream().map(Problem::messageKey).toList();
    }

    private static void refusedWith(Runnable action, String key) {
        long rows = journalRows();
        assertThatThrownBy(action::run).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(keys(e)).contains(key));
        assertThat(journalRows()).isEqualTo(rows);
    }

    @Test
    void aReceiptIsOneJournalRowWithWhoAndWhenFromTheDatabase() {
        long before = balance(3, 2);
        MovementResult r = stock.receive(new ReceiptDraft(3L, 2L, 12, " Invoice 77 "));
        assertThat(r.balance()).isEqualTo(before + 12);
        assertThat(db.count("SELECT count(*) FROM stock_movement WHERE id = " + r.movementId()
                + " AND reason = 'RECEIPT' AND delta = 12 AND note = 'Invoice 77' AND moved_by = session_user"
                + " AND moved_at > now() - interval '1 minute'")).isEqualTo(1);
    }

    @Test
    void badQuantitiesAndMissingPartiesAreRefusedBeforeTheDatabase() {
        refusedWith(() -> stock.receive(new ReceiptDraft(1L, 1L, 0, null)), "stock.validation.positive");
        refusedWith(() -> stock.receive(new ReceiptDraft(1L, 1L, -5, null)), "stock.validation.positive");
        refusedWith(() -> stock.receive(new ReceiptDraft(1L, 1L, 1_000_001, null)), "stock.validation.tooLarge");
        refusedWith(() -> stock.receive(new ReceiptDraft(null, 1L, 1, null)), "validation.required");
        refusedWith(() -> stock.receive(new ReceiptDraft(1L, null, 1, null)), "validation.required");
        refusedWith(() -> stock.receive(new ReceiptDraft(1L, 1L, 1, "x".repeat(201))), "validation.tooLong");
        refusedWith(() -> stock.receive(new ReceiptDraft(999L, 1L, 1, null)), "validation.gone");
        refusedWith(() -> stock.writeOff(new WriteOffDraft(1L, 1L, 1, null, null)), "validation.required");
        refusedWith(() -> stock.writeOff(new WriteOffDraft(1L, 1L, 1, WriteOffReason.OTHER, " ")),
                "stock.validation.noteForOther");
        refusedWith(() -> stock.count(new CountDraft(1L, List.of(), null)), "stock.validation.countEmpty");
        refusedWith(() -> stock.count(new CountDraft(1L, List.of(new CountLine(1, 1), new CountLine(1, 2)), null)),
                "stock.validation.countTwice");
        refusedWith(() -> stock.count(new CountDraft(1L, List.of(new CountLine(1, 2_000_000)), null)),
                "stock.validation.tooLarge");
    }

    @Test
    void quantitiesTypedAsTextMustBeWholeAndSane() {
        assertThat(StockRules.checkQuantityText("q", "1.5", 1)).get().extracting(Problem::messageKey)
                .isEqualTo("stock.validation.whole");
        assertThat(StockRules.checkQuantityText("q", "2,25", 1)).get().extracting(Problem::messageKey)
                .isEqualTo("stock.validation.whole");
        assertThat(StockRules.checkQuantityText("q", "-3", 1)).get().extracting(Problem::messageKey)
                .isEqualTo("stock.validation.negative");
        assertThat(StockRules.checkQuantityText("q", "0", 1)).get().extracting(Problem::messageKey)
                .isEqualTo("stock.validation.positive");
        assertThat(StockRules.checkQuantityText("q", "12abc", 1)).get().extracting(Problem::messageKey)
                .isEqualTo("stock.validation.number");
        assertThat(StockRules.checkQuantityText("q", "99999999999999", 1)).get().extracting(Problem::messageKey)
                .isEqualTo("stock.validation.tooLarge");
        assertThat(StockRules.checkQuantityText("q", "", 1)).get().extracting(Problem::messageKey)
                .isEqualTo("validation.required");
        assertThat(StockRules.checkQuantityText("q", "1 200", 1)).isEmpty();
        assertThat(StockRules.parseQuantity("1 200")).isEqualTo(1200);
        assertThat(StockRules.checkQuantityText("q", "0", 0)).isEmpty();
    }

    @Test
    void archivedGoodsAndProvidersAreRefusedWithTheirNames() {
        db.sql("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (4, 2, 3, 'RECEIPT')");
        long rows = journalRows();
        assertThatThrownBy(() -> stock.receive(new ReceiptDraft(5L, 1L, 1, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.of(StockRules.PRODUCT, "stock.validation.archived", "Old saw", "Main")));
        refusedWith(() -> stock.writeOff(new WriteOffDraft(1L, 3L, 1, WriteOffReason.LOST, null)), "stock.validation.archived");
        refusedWith(() -> stock.count(new CountDraft(1L, List.of(new CountLine(5, 1)), null)), "stock.validation.archived");
        refusedWith(() -> stock.count(new CountDraft(3L, List.of(new CountLine(1, 1)), null)), "stock.validation.archived");
        assertThat(journalRows()).isEqualTo(rows);
    }

    @Test
    void aWriteOffBeyondTheBalanceIsRefusedNamingGoodsProviderAndWhatIsThere() {
        db.sql("INSERT INTO provider(name) VALUES ('Small')");
        long small = db.count("SELECT id FROM provider WHERE name = 'Small'");
        stock.receive(new ReceiptDraft(2L, small, 4, null));
        long rows = journalRows();
        assertThatThrownBy(() -> stock.writeOff(new WriteOffDraft(2L, small, 5, WriteOffReason.DAMAGED, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.of(StockRules.QUANTITY, "stock.validation.writeOffShort", "Screwdriver", "Small", 4, 5)));
        assertThat(journalRows()).isEqualTo(rows);
        assertThat(balance(2, small)).isEqualTo(4);
        MovementResult r = stock.writeOff(new WriteOffDraft(2L, small, 4, WriteOffReason.EXPIRED, null));
        assertThat(r.balance()).isZero();
        assertThat(db.count("SELECT count(*) FROM stock_movement WHERE id = " + r.movementId()
                + " AND delta = -4 AND write_off_reason = 'EXPIRED'")).isEqualTo(1);
        // Goods never stocked have nothing to write off.
        assertThatThrownBy(() -> stock.writeOff(new WriteOffDraft(3L, small, 1, WriteOffReason.LOST, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).args())
                        .containsExactly("Paint white", "Small", 0, 1));
    }

    @Test
    void aCountSheetBooksEveryDifferenceInOneGoAndLeavesUncountedLinesAlone() {
        db.sql("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES "
                + "(1, 2, 10, 'RECEIPT'), (2, 2, 10, 'RECEIPT'), (3, 2, 10, 'RECEIPT'), (4, 2, 10, 'RECEIPT')");
        long b1 = balance(1, 2);
        long b2 = balance(2, 2);
        long b3 = balance(3, 2);
        long b4 = balance(4, 2);
        List<CountSheetLine> sheet = stock.countSheet(2L, null);
        assertThat(sheet).extracting(CountSheetLine::title).contains("Hammer", "Screwdriver", "Paint white", "Paint red");
        assertThat(stock.countSheet(2L, 2L)).extracting(CountSheetLine::category).containsOnly("Paint");

        CountResult result = stock.count(new CountDraft(2L, List.of(new CountLine(1, (int) b1 - 2),
                new CountLine(2, (int) b2), new CountLine(3, (int) b3 + 5)), "Year-end count"));
        assertThat(result).isEqualTo(new CountResult(3, 2, 5, 2));
        assertThat(balance(1, 2)).isEqualTo(b1 - 2);
        assertThat(balance(2, 2)).isEqualTo(b2);
        assertThat(balance(3, 2)).isEqualTo(b3 + 5);
        assertThat(balance(4, 2)).isEqualTo(b4);
        // The line that matched is on record as counted, without moving anything.
        assertThat(db.count("SELECT count(*) FROM stock_movement WHERE product_id = 2 AND provider_id = 2 "
                + "AND reason = 'COUNT_CORRECTION' AND delta = 0 AND note = 'Year-end count'")).isEqualTo(1);
        assertThat(stock.countSheet(2L, 1L)).filteredOn(l -> l.productId() == 2).singleElement()
                .extracting(CountSheetLine::lastCounted).isNotNull();

        // A negative line refuses the whole sheet, naming the goods, the provider and the books.
        long rows = journalRows();
        assertThatThrownBy(() -> stock.count(new CountDraft(2L, List.of(new CountLine(1, 3), new CountLine(4, -1)), null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).containsExactly(
                        Problem.of(StockRules.QUANTITY, "stock.validation.countNegative", "Paint red", "Second", (int) b4)));
        assertThat(journalRows()).isEqualTo(rows);
        assertThat(balance(1, 2)).isEqualTo(b1 - 2);
    }

    @Test
    void balancesAreFilteredSortedPagedAndKnowTheirSalesRateCoverAndSuggestion() {
        // Provider 1: hammer sold 30 in the last 30 days (1 a day), screwdriver nothing.
        db.sql("INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, 1, 100, 'RECEIPT'), "
                + "(2, 1, 3, 'RECEIPT'), (4, 1, 1, 'RECEIPT')");
        SaleDraft sale = new SaleDraft(UUID.randomUUID(), 1L, 1L, List.of(new SaleLine(1, 1, 30)));
        db.backend().sales().recordSale(sale);
        stock.count(new CountDraft(1L, List.of(new CountLine(4, 1)), null));

        BalanceQuery all = new BalanceQuery("", null, null, 1L, false, BalanceSort.PRODUCT, false, 0, 50);
        Page<BalanceRow> page = stock.balances(all);
        BalanceRow hammer = page.items().stream().filter(r -> r.productId() == 1).findFirst().orElseThrow();
        assertThat(hammer.sold30Days()).isEqualTo(30);
        assertThat(hammer.balance()).isEqualTo(balance(1, 1));
        assertThat(hammer.daysOfCover()).isEqualByComparingTo(java.math.BigDecimal.valueOf(hammer.balance()));
        // One a day, 7 days' lead time, half again as safety: 10.5 -> 11.
        assertThat(hammer.suggestedLevel()).isEqualTo(11);
        BalanceRow screwdriver = page.items().stream().filter(r -> r.productId() == 2).findFirst().orElseThrow();
        assertThat(screwdriver.daysOfCover()).isNull();
        assertThat(screwdriver.suggestedLevel()).isNull();
        assertThat(page.items().stream().filter(r -> r.productId() == 4).findFirst().orElseThrow().lastCounted())
                .isCloseTo(Instant.now(), org.assertj.core.api.Assertions.within(1, ChronoUnit.MINUTES));
        assertThat(page.items()).extracting(BalanceRow::provider).containsOnly("Main");

        // Levels: the suggestion applied to the hammer, a level by hand on the screwdriver.
        assertThat(stock.applySuggested(List.of(hammer.stockId(), screwdriver.stockId()))).isEqualTo(1);
        stock.setReorderLevel(screwdriver.stockId(), screwdriver.version(), 5);
        assertThatThrownBy(() -> stock.setReorderLevel(screwdriver.stockId(), screwdriver.version(), 6))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> stock.setReorderLevel(screwdriver.stockId(), screwdriver.version() + 1, -1))
                .isInstanceOf(ValidationException.class);
        Page<BalanceRow> reorder = stock.balances(all.withNeedsReorder(true));
        assertThat(reorder.items()).extracting(BalanceRow::title).containsExactly("Screwdriver");
        assertThat(reorder.items()).allMatch(BalanceRow::needsReorder);
        assertThat(reorder.total()).isEqualTo(1);

        // Filters and search.
        assertThat(stock.balances(new BalanceQuery("paint", null, null, null, false, null, false, 0, 50)).items())
                .extracting(BalanceRow::title).allMatch(t -> t.startsWith("Paint"));
        assertThat(stock.balances(new BalanceQuery("", 2L, null, null, false, null, false, 0, 50)).items())
                .extracting(BalanceRow::category).containsOnly("Paint");
        assertThat(stock.balances(new BalanceQuery("", null, 2L, null, false, null, false, 0, 50)).items())
                .extracting(BalanceRow::producer).containsOnly("Bolt");
        assertThat(stock.balances(BalanceQuery.firstPage(50)).items()).extracting(BalanceRow::title).doesNotContain("Old saw");

        // Every column sorts in the database, both ways; paging agrees with the whole list.
        for (BalanceSort sort : BalanceSort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
                BalanceQuery q = new BalanceQuery("", null, null, null, false, sort, desc, 0, 50);
                List<BalanceRow> rows = stock.balances(q).items();
                assertThat(rows).as(sort + " " + desc).hasSize((int) stock.balances(q).total());
                List<BalanceRow> paged = new java.util.ArrayList<>();
                for (int p = 0; p * 2 < rows.size(); p++) {
                    paged.addAll(stock.balances(new BalanceQuery("", null, null, null, false, sort, desc, p * 2, 2)).items());
                }
                assertThat(paged).as("paged " + sort + " " + desc).extracting(BalanceRow::stockId)
                        .containsExactlyElementsOf(rows.stream().map(BalanceRow::stockId).toList());
            }
        }
        List<Integer> byBalance = stock.balances(new BalanceQuery("", null, null, null, false, BalanceSort.BALANCE, true,
                0, 50)).items().stream().map(BalanceRow::balance).toList();
        assertThat(byBalance).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        List<BalanceRow> byCover = stock.balances(new BalanceQuery("", null, null, 1L, false, BalanceSort.DAYS_OF_COVER, false,
                0, 50)).items();
        assertThat(byCover.get(byCover.size() - 1).daysOfCover()).isNull();
        assertThat(byCover.get(0).daysOfCover()).isNotNull();
    }

    @Test
    void theJournalShowsRunningBalancesInOutTotalsAndTheCheckOfASale() {
        db.sql("INSERT INTO provider(name) VALUES ('Journal')");
        long provider = db.count("SELECT id FROM provider WHERE name = 'Journal'");
        db.sql("INSERT INTO price(product_id, provider_id, value) VALUES (1, " + provider + ", 100)");
        long price = db.count("SELECT id FROM price WHERE provider_id = " + provider);
        stock.receive(new ReceiptDraft(1L, provider, 20, "first"));
        long check = db.backend().sales().recordSale(new SaleDraft(UUID.randomUUID(), 1L, provider,
                List.of(new SaleLine(1, price, 3)))).purchaseId();
        stock.writeOff(new WriteOffDraft(1L, provider, 2, WriteOffReason.DAMAGED, null));
        stock.count(new CountDraft(provider, List.of(new CountLine(1, 16)), "recount"));
        stock.receive(new ReceiptDraft(1L, provider, 4, null));

        JournalPage pair = stock.journal(JournalQuery.ofPair(1L, provider, 50));
        assertThat(pair.page().items()).extracting(JournalRow::reason).containsExactly(StockReason.RECEIPT,
                StockReason.COUNT_CORRECTION, StockReason.WRITE_OFF, StockReason.SALE, StockReason.RECEIPT);
        assertThat(pair.page().items()).extracting(JournalRow::balanceAfter).containsExactly(20L, 16L, 15L, 17L, 20L);
        assertThat(pair.page().items()).extracting(JournalRow::unitsIn).containsExactly(4, 1, 0, 0, 20);
        assertThat(pair.page().items()).extracting(JournalRow::unitsOut).containsExactly(0, 0, 2, 3, 0);
        assertThat(pair.unitsIn()).isEqualTo(25);
        assertThat(pair.unitsOut()).isEqualTo(5);
        assertThat(pair.page().total()).isEqualTo(5);
        JournalRow sold = pair.page().items().get(3);
        assertThat(sold.purchaseId()).isEqualTo(check);
        assertThat(pair.page().items().get(2).writeOffReason()).isEqualTo(WriteOffReason.DAMAGED);
        assertThat(sold.movedBy()).isEqualTo(db.user());

        // Paged, the running balance is the same; filtered, it is still the balance of the whole journal.
        JournalQuery paged = new JournalQuery(1L, provider, null, null, null, null, 0, 2);
        assertThat(stock.journal(paged.withPage(1)).page().items()).extracting(JournalRow::balanceAfter)
                .containsExactly(15L, 17L);
        JournalPage writeOffs = stock.journal(new JournalQuery(1L, provider, StockReason.WRITE_OFF, null, null, null, 0, 50));
        assertThat(writeOffs.page().items()).extracting(JournalRow::balanceAfter).containsExactly(15L);
        assertThat(writeOffs.unitsOut()).isEqualTo(2);
        // Across pairs (by provider only, by person, by period) the same balances come out.
        JournalPage byProvider = stock.journal(new JournalQuery(null, provider, null, null, null, null, 0, 50));
        assertThat(byProvider.page().items()).extracting(JournalRow::balanceAfter).containsExactly(20L, 16L, 15L, 17L, 20L);
        JournalPage byPerson = stock.journal(new JournalQuery(1L, null, StockReason.SALE, db.user().substring(0, 3), null,
                null, 0, 50));
        assertThat(byPerson.page().items()).extracting(JournalRow::purchaseId).contains(check);
        assertThat(stock.journal(new JournalQuery(null, provider, null, "nobody-such", null, null, 0, 50)).page().total())
                .isZero();
        Instant now = Instant.now();
        assertThat(stock.journal(new JournalQuery(null, provider, null, null, now.minusSeconds(3600), now.plusSeconds(60),
                0, 50)).page().total()).isEqualTo(5);
        assertThat(stock.journal(new JournalQuery(null, provider, null, null, now.plusSeconds(60), null, 0, 50)).page().total())
                .isZero();
    }

    @Test
    void leadTimeIsAProvidersFieldWithinAYear() {
        int version = (int) db.count("SELECT version FROM provider WHERE id = 2");
        stock.setLeadTime(2L, version, 14);
        assertThat(db.count("SELECT lead_time_days FROM provider WHERE id = 2")).isEqualTo(14);
        assertThatThrownBy(() -> stock.setLeadTime(2L, version, 10)).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> stock.setLeadTime(2L, version + 1, 366)).isInstanceOf(ValidationException.class);
        assertThat(stock.providers()).extracting(p -> p.name()).contains("Main", "Second").doesNotContain("Gone");
    }
}
