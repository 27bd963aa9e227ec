package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.BasketDraft;
import org.shopdesk.domain.purchasing.BasketLine;
import org.shopdesk.domain.purchasing.CheckDetails;
import org.shopdesk.domain.purchasing.CheckPage;
import org.shopdesk.domain.purchasing.CheckQuery;
import org.shopdesk.domain.purchasing.CheckTotals;
import org.shopdesk.domain.purchasing.LineRefusal;
import org.shopdesk.domain.purchasing.PurchaseKind;
import org.shopdesk.domain.purchasing.ReturnDraft;
import org.shopdesk.domain.purchasing.ReturnLine;
import org.shopdesk.domain.purchasing.SaleReceipt;
import org.shopdesk.domain.purchasing.SaleRefusedException;
import org.shopdesk.service.purchasing.CheckHistoryService;
import org.shopdesk.service.purchasing.ReceiptService;
import org.shopdesk.service.purchasing.ReceiptTexts;
import org.shopdesk.service.purchasing.ReturnService;
import org.shopdesk.service.purchasing.SaleService;
import org.shopdesk.testing.PurchaseFixture;
import org.shopdesk.testing.TestDatabase;

/** Returns (service and database rules), the history with its footer, and receipts as PDF. */
class ReturnAndHistoryTest {
    private static TestDatabase db;
    private static SaleService sales;
    private static ReturnService returns;
    private static CheckHistoryService history;
    private static ReceiptService receipts;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        PurchaseFixture.load(db);
        sales = db.backend().sales();
        returns = db.backend().returns();
        history = db.backend().checkHistory();
        receipts = db.backend().receipts();
        // A second customer, so that the history's customer filter has something to leave out.
        db.sql("INSERT INTO customer(name) VALUES ('Ольга')");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static BasketLine line(long product, long provider, int quantity) {
        long price = db.count("SELECT id FROM price WHERE valid_to IS NULL AND product_id = " + product
                + " AND provider_id = " + provider);
        return new BasketLine(product, provider, price, quantity);
    }

    private static SaleReceipt sell(long customer, BasketLine... lines) {
        return sales.recordBasket(new BasketDraft(UUID.randomUUID(), customer, List.of(lines))).checks().get(0);
    }

    private static int balance(long product, long provider) {
        return (int) db.count("SELECT goods_balance FROM stock_goods WHERE product_id = " + product + " AND provider_id = " + provider);
    }

    @Test
    void aPartialReturnPutsStockBackKeepsTheSaleAndNeverExceedsWhatWasSold() {
        SaleReceipt sale = sell(1, line(1, 1, 3), line(2, 1, 1));
        int phones = balance(1, 1);
        SaleReceipt back = returns.recordReturn(new ReturnDraft(UUID.randomUUID(), sale.purchaseId(),
                List.of(new ReturnLine(1, 1))));
        assertThat(back.total()).isEqualByComparingTo("1000.50");
        assertThat(balance(1, 1)).isEqualTo(phones + 1);
        assertThat(db.count("SELECT count(*) FROM stock_movement WHERE reason = 'RETURN' AND delta = 1 AND purchase_id = "
                + back.purchaseId())).isEqualTo(1);
        assertThat(db.count("SELECT returns_id FROM purchase WHERE kind = 'RETURN' AND id = " + back.purchaseId()))
                .isEqualTo(sale.purchaseId());
        assertThat(db.count("SELECT total * 100 FROM purchase WHERE id = " + sale.purchaseId())).isEqualTo(330150);

        long checks = db.count("SELECT count(*) FROM purchase");
        assertThatThrownBy(() -> returns.recordReturn(new ReturnDraft(UUID.randomUUID(), sale.purchaseId(),
                List.of(new ReturnLine(2, 1), new ReturnLine(1, 3))))).isInstanceOfSatisfying(SaleRefusedException.class,
                e -> assertThat(e.refusals()).singleElement().satisfies(r -> {
                    assertThat(r.reason()).isEqualTo(LineRefusal.Reason.RETURN_LIMIT);
                    assertThat(r.line()).isEqualTo(1);
                    assertThat(r.available()).isEqualTo(2);
                    assertThat(r.asked()).isEqualTo(3);
                }));
        assertThatThrownBy(() -> returns.recordReturn(new ReturnDraft(UUID.randomUUID(), sale.purchaseId(),
                List.of(new ReturnLine(3, 1))))).isInstanceOf(SaleRefusedException.class);
        assertThat(db.count("SELECT count(*) FROM purchase")).isEqualTo(checks);

        CheckDetails details = history.details(sale.purchaseId());
        assertThat(details.lines()).extracting(l -> l.returned()).containsExactly(1, 0);
        assertThat(details.returnIds()).containsExactly(back.purchaseId());

        SaleReceipt rest = returns.returnWholeSale(UUID.randomUUID(), sale.purchaseId());
        assertThat(rest.units()).isEqualTo(3);
        assertThat(rest.total()).isEqualByComparingTo("2301.00");
        assertThat(history.details(sale.purchaseId()).returnable()).isFalse();
        assertProblem(() -> returns.returnWholeSale(UUID.randomUUID(), sale.purchaseId()), "purchase.return.nothingLeft");
        assertProblem(() -> returns.returnWholeSale(UUID.randomUUID(), back.purchaseId()), "purchase.return.ofReturn");
        assertProblem(() -> returns.recordReturn(new ReturnDraft(UUID.randomUUID(), sale.purchaseId(), List.of())),
                "purchase.return.empty");
    }

    @Test
    void theSameReturnSavedTwiceIsOneReturn() {
        SaleReceipt sale = sell(1, line(2, 2, 2));
        ReturnDraft draft = new ReturnDraft(UUID.randomUUID(), sale.purchaseId(), List.of(new ReturnLine(2, 1)));
        SaleReceipt first = returns.recordReturn(draft);
        assertThat(returns.recordReturn(draft)).isEqualTo(first);
        assertThat(db.count("SELECT count(*) FROM purchase WHERE returns_id = " + sale.purchaseId())).isEqualTo(1);
    }

    @Test
    void theDatabaseRefusesReturnsBeyondTheSaleWhateverTheClient() throws SQLException {
        SaleReceipt sale = sell(1, line(3, 2, 2));
        long price = db.count("SELECT price_id FROM purchase_line WHERE purchase_id = " + sale.purchaseId());
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            String head = "INSERT INTO purchase(customer_id, provider_id, kind, returns_id) VALUES (1, 2, 'RETURN', "
                    + sale.purchaseId() + ") RETURNING id";
            // More than was sold, in one statement of two lines.
            assertThatThrownBy(() -> inOneTransaction(c, head, "(%d, 2, 3, " + price + ", 2, 250), (%d, 2, 3, " + price
                    + ", 1, 250)")).satisfies(e -> assertConstraint(e, "purchase_return_within_sale"));
            // A product the sale did not have, and the right product at another price.
            assertThatThrownBy(() -> inOneTransaction(c, head, "(%d, 2, 2, (SELECT id FROM price WHERE product_id = 2 "
                    + "AND provider_id = 2), 1, 310)")).satisfies(e -> assertConstraint(e, "purchase_return_within_sale"));
            assertThatThrownBy(() -> inOneTransaction(c, head, "(%d, 2, 3, " + price + ", 1, 1)"))
                    .satisfies(e -> assertConstraint(e, "purchase_return_within_sale"));
            // A return for another customer, or of a return.
            assertThatThrownBy(() -> st.execute("INSERT INTO purchase(customer_id, provider_id, kind, returns_id) VALUES (2, 2, "
                    + "'RETURN', " + sale.purchaseId() + ")")).satisfies(e -> assertConstraint(e, "purchase_return_of_sale"));
            // Within what was sold it passes, in two returns.
            inOneTransaction(c, head, "(%d, 2, 3, " + price + ", 1, 250)");
            inOneTransaction(c, head, "(%d, 2, 3, " + price + ", 1, 250)");
            assertThatThrownBy(() -> inOneTransaction(c, head, "(%d, 2, 3, " + price + ", 1, 250)"))
                    .satisfies(e -> assertConstraint(e, "purchase_return_within_sale"));
            long aReturn = db.count("SELECT max(id) FROM purchase WHERE returns_id = " + sale.purchaseId());
            assertThatThrownBy(() -> st.execute("INSERT INTO purchase(customer_id, provider_id, kind, returns_id) VALUES (1, 2, "
                    + "'RETURN', " + aReturn + ")")).satisfies(e -> assertConstraint(e, "purchase_return_of_sale"));
            // At REPEATABLE READ a return could not see the others: refused there.
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            assertThatThrownBy(() -> inOneTransaction(c, head, "(%d, 2, 3, " + price + ", 1, 250)"))
                    .hasMessageContaining("READ COMMITTED");
        }
    }

    @Test
    void twoClerksReturningTheSameUnitsAtOnceCannotBothSucceed() throws Exception {
        SaleReceipt sale = sell(1, line(2, 2, 3));
        long price = db.count("SELECT price_id FROM purchase_line WHERE purchase_id = " + sale.purchaseId());
        String head = "INSERT INTO purchase(customer_id, provider_id, kind, returns_id) VALUES (1, 2, 'RETURN', "
                + sale.purchaseId() + ") RETURNING id";
        try (Connection first = db.connect(); Connection second = db.connect()) {
            first.setAutoCommit(false);
            long id = insertReturn(first, head, "(%d, 2, 2, " + price + ", 2, 310)");
            // The second clerk's return of two more waits for the first, then counts its lines.
            CompletableFuture<Void> other = CompletableFuture.runAsync(() -> {
                try {
                    inOneTransaction(second, head, "(%d, 2, 2, " + price + ", 2, 310)");
                } catch (SQLException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
            });
            Thread.sleep(300);
            assertThat(other).isNotDone();
            first.commit();
            assertThatThrownBy(() -> other.get(10, TimeUnit.SECONDS)).satisfies(e -> assertConstraint(e, "purchase_return_within_sale"));
            assertThat(id).isPositive();
        }
        assertThat(db.count("SELECT sum(l.quantity) FROM purchase r JOIN purchase_line l ON l.purchase_id = r.id "
                + "WHERE r.returns_id = " + sale.purchaseId())).isEqualTo(2);
    }

    @Test
    void theHistoryFiltersPagesAndSumsTheFilteredSetNetOfReturns() {
        Instant start = Instant.now().minusSeconds(1);
        SaleReceipt a = sell(2, line(1, 2, 1));
        SaleReceipt b = sell(2, line(2, 2, 2));
        SaleReceipt c = sell(2, line(1, 1, 1), line(2, 1, 1));
        SaleReceipt back = returns.recordReturn(new ReturnDraft(UUID.randomUUID(), b.purchaseId(), List.of(new ReturnLine(2, 1))));
        CheckQuery olga = CheckQuery.all().withCustomer(2L);
        CheckPage page = history.page(olga);
        assertThat(page.rows()).extracting(r -> r.id()).containsExactly(back.purchaseId(), c.purchaseId(), b.purchaseId(),
                a.purchaseId());
        assertThat(page.rows().get(0).kind()).isEqualTo(PurchaseKind.RETURN);
        assertThat(page.rows().get(0).returnsId()).isEqualTo(b.purchaseId());
        assertThat(page.rows().get(1).customer()).isEqualTo("Ольга");
        assertThat(page.more()).isFalse();
        CheckTotals totals = history.totals(olga);
        assertThat(totals.checks()).isEqualTo(4);
        assertThat(totals.sales()).isEqualTo(3);
        assertThat(totals.returns()).isEqualTo(1);
        // 990 + 620 + 1300.50 - 310
        assertThat(totals.netRevenue()).isEqualByComparingTo("2600.50");
        assertThat(totals.averageCheck()).isEqualByComparingTo("970.17");

        CheckQuery twoAPage = new CheckQuery(null, null, 2L, null, null, null, null, null, 0, 2);
        CheckPage first = history.page(twoAPage);
        assertThat(first.more()).isTrue();
        CheckPage second = history.page(twoAPage.after(first.nextBefore()));
        assertThat(second.rows()).extracting(r -> r.id()).containsExactly(b.purchaseId(), a.purchaseId());
        assertThat(second.more()).isFalse();

        assertThat(history.page(olga.withProvider(1L)).rows()).extracting(r -> r.id()).containsExactly(c.purchaseId());
        assertThat(history.page(olga.withProduct(2L)).rows()).extracting(r -> r.id())
                .containsExactly(back.purchaseId(), c.purchaseId(), b.purchaseId());
        assertThat(history.page(olga.withKind(PurchaseKind.RETURN)).rows()).extracting(r -> r.id())
                .containsExactly(back.purchaseId());
        assertThat(history.totals(olga.withKind(PurchaseKind.SALE)).netRevenue()).isEqualByComparingTo("2910.50");
        String clerk = page.rows().get(0).clerk();
        assertThat(history.page(olga.withClerk(clerk)).rows()).hasSize(4);
        assertThat(history.page(olga.withClerk("nobody")).rows()).isEmpty();
        assertThat(history.totals(olga.withClerk("nobody")).averageCheck()).isNull();
        assertThat(history.page(olga.withPeriod(start, Instant.now().plusSeconds(5))).rows()).hasSize(4);
        assertThat(history.page(olga.withPeriod(start.minus(10, ChronoUnit.DAYS), start)).rows()).isEmpty();
        assertThatThrownBy(() -> history.page(olga.withPeriod(start, start))).isInstanceOf(ValidationException.class);
        assertThat(history.totals(CheckQuery.all()).checks()).isEqualTo(db.count("SELECT count(*) FROM purchase"));
    }

    @Test
    void theFooterFromTheChartsSummariesEqualsTheSumOfTheChecks() throws Exception {
        // Past days: checks of two providers (and a return) 3 to 12 days ago, then summed as the charts do.
        StringBuilder past = new StringBuilder();
        for (int day = 3; day <= 12; day++) {
            for (int provider = 1; provider <= 2; provider++) {
                past.append("INSERT INTO purchase(customer_id, provider_id, purchased_at) VALUES (1, ").append(provider)
                        .append(", now() - interval '").append(day).append(" days' + interval '").append(provider * 5)
                        .append(" hours') RETURNING id;");
            }
        }
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            for (String insert : past.toString().split(";")) {
                long id;
                try (var rs = st.executeQuery(insert)) {
                    rs.next();
                    id = rs.getLong(1);
                }
                long provider = db.count("SELECT provider_id FROM purchase WHERE id = " + id);
                st.execute("INSERT INTO purchase_line(purchase_id, provider_id, product_id, price_id, quantity, unit_price) "
                        + "SELECT " + id + ", provider_id, product_id, id, " + (1 + id % 3) + ", value FROM price "
                        + "WHERE product_id = 2 AND provider_id = " + provider + " AND valid_to IS NULL");
            }
            st.execute("""
                    WITH s AS (SELECT id, customer_id, provider_id, purchased_at FROM purchase
                                WHERE purchased_at < now() - interval '8 days' ORDER BY id LIMIT 1),
                         r AS (INSERT INTO purchase(customer_id, provider_id, kind, returns_id, purchased_at)
                               SELECT customer_id, provider_id, 'RETURN', id, purchased_at + interval '1 day' FROM s RETURNING id, returns_id)
                    INSERT INTO purchase_line(purchase_id, provider_id, product_id, price_id, quantity, unit_price)
                    SELECT r.id, l.provider_id, l.product_id, l.price_id, 1, l.unit_price
                      FROM r JOIN purchase_line l ON l.purchase_id = r.returns_id""");
            st.execute("SELECT shopdesk_roll_up_sales((now() AT TIME ZONE (SELECT time_zone FROM sales_rollup))::date - 1)");
        }
        assertThat(db.count("SELECT count(*) FROM sales_day_provider")).isPositive();
        String rolled;
        String zone;
        try (Connection c = db.connect(); Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT rolled_until, time_zone FROM sales_rollup")) {
            rs.next();
            rolled = rs.getString(1);
            zone = rs.getString(2);
        }
        // The footers below do read the summary (and the period's start and end as days of it).
        assertThat(org.shopdesk.data.purchasing.CheckQueries.totalsSql(CheckQuery.all(), rolled, zone).sql())
                .contains("sales_day_provider");
        assertThat(org.shopdesk.data.purchasing.CheckQueries.totalsSql(CheckQuery.all().withCustomer(1L), rolled, zone).sql())
                .doesNotContain("sales_day_provider");
        assertThat(org.shopdesk.data.purchasing.CheckQueries.totalsSql(CheckQuery.all().withProduct(2L), rolled, zone).sql())
                .contains("sales_day_product_checks");
        Instant now = Instant.now();
        List<CheckQuery> queries = List.of(CheckQuery.all(), CheckQuery.all().withProvider(1L),
                CheckQuery.all().withKind(PurchaseKind.SALE), CheckQuery.all().withKind(PurchaseKind.RETURN),
                CheckQuery.all().withPeriod(now.minus(6, ChronoUnit.DAYS).minus(77, ChronoUnit.MINUTES), null),
                CheckQuery.all().withPeriod(now.minus(20, ChronoUnit.DAYS), now.minus(4, ChronoUnit.DAYS)).withProvider(2L),
                CheckQuery.all().withPeriod(now.minus(10, ChronoUnit.DAYS), now.minus(9, ChronoUnit.DAYS)),
                CheckQuery.all().withProduct(2L), CheckQuery.all().withProduct(1L), CheckQuery.all().withProduct(2L).withProvider(1L),
                CheckQuery.all().withProduct(2L).withKind(PurchaseKind.RETURN),
                CheckQuery.all().withProduct(2L).withPeriod(now.minus(6, ChronoUnit.DAYS).minus(77, ChronoUnit.MINUTES), null),
                CheckQuery.all().withProduct(2L).withPeriod(now.minus(11, ChronoUnit.DAYS).plus(3, ChronoUnit.HOURS),
                        now.minus(4, ChronoUnit.DAYS).plus(5, ChronoUnit.HOURS)));
        try (Connection c = db.connect()) {
            for (CheckQuery q : queries) {
                CheckTotals live = org.shopdesk.data.purchasing.CheckQueries.totalsSql(q).list(c, rs -> new CheckTotals(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4), rs.getBigDecimal(5))).get(0);
                CheckTotals shown = history.totals(q);
                assertThat(shown.checks()).as(q.toString()).isEqualTo(live.checks());
                assertThat(shown.sales()).as(q.toString()).isEqualTo(live.sales());
                assertThat(shown.returns()).as(q.toString()).isEqualTo(live.returns());
                assertThat(shown.netRevenue()).as(q.toString()).isEqualByComparingTo(live.netRevenue());
                if (live.averageCheck() == null) {
                    assertThat(shown.averageCheck()).isNull();
                } else {
                    assertThat(shown.averageCheck()).as(q.toString()).isEqualByComparingTo(live.averageCheck());
                }
            }
            assertThat(history.totals(CheckQuery.all()).checks()).isGreaterThan(20);
        }
    }

    @Test
    void aReceiptIsARealPdfWithEveryPartInEitherLanguage(@TempDir Path dir) throws Exception {
        SaleReceipt sale = sell(1, line(1, 1, 2), line(2, 1, 1));
        Path ru = receipts.writePdf(sale.purchaseId(), texts(Locale.forLanguageTag("ru")), Locale.forLanguageTag("ru"),
                ZoneId.of("Europe/Moscow"), dir.resolve("ru.pdf"));
        assertThat(Files.readAllBytes(ru)).startsWith("%PDF-".getBytes());
        // Kept beside the screens' pictures, to be looked at.
        Files.createDirectories(Path.of("target", "screens"));
        Files.copy(ru, Path.of("target", "screens", "purchases-receipt-ru.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text = text(ru);
        assertThat(text).contains("Интернет-магазин ShopDesk", "Кассовый чек № " + sale.purchaseId(), "Поставщик: Альфа, ИНН —",
                "Кассир: " + db.user(), "Покупатель: Иван Петров", "P-1 — Телефон Alpha", "P-2 — Чехол Case",
                "1 000,50", "2 001,00", "Итого", "2 301,00 RUB");
        assertThat(text).doesNotContain("ВОЗВРАТ");

        SaleReceipt back = returns.recordReturn(new ReturnDraft(UUID.randomUUID(), sale.purchaseId(), List.of(new ReturnLine(2, 1))));
        Path en = receipts.writePdf(back.purchaseId(), texts(Locale.ENGLISH), Locale.ENGLISH, ZoneId.of("UTC"),
                dir.resolve("en.pdf"));
        Files.copy(en, Path.of("target", "screens", "purchases-receipt-return-en.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(text(en)).contains("RETURN receipt No. " + back.purchaseId(),
                "Return of goods bought with check No. " + sale.purchaseId(), "Seller: Альфа", "Customer: Иван Петров",
                "Total returned to the customer", "300.00 RUB");
        if (!receipts.canPrint()) {
            assertProblem(() -> receipts.print(en), "purchase.receipt.noPrinter");
        }
    }

    @Test
    void aLongBasketBreaksTheReceiptOverPagesAndAnEmojiDoesNotBreakIt(@TempDir Path dir) throws Exception {
        StringBuilder products = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            products.append(i == 0 ? "" : ", ").append("('LONG-").append(i).append("', 'Очень длинное название товара номер ")
                    .append(i).append(" с подробностями о цвете, размере и комплектации 🎧', 1, 1)");
        }
        db.sql("INSERT INTO products(sku, title, category_id, producer_id) VALUES " + products,
                "INSERT INTO price(product_id, provider_id, value) SELECT id, 3, 10 FROM products WHERE sku LIKE 'LONG-%'",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) SELECT id, 3, 5, 'RECEIPT' FROM products "
                        + "WHERE sku LIKE 'LONG-%'");
        long firstLong = db.count("SELECT min(id) FROM products WHERE sku LIKE 'LONG-%'");
        List<BasketLine> lines = java.util.stream.LongStream.range(firstLong, firstLong + 60).mapToObj(id -> line(id, 3, 1))
                .toList();
        SaleReceipt sale = sales.recordBasket(new BasketDraft(UUID.randomUUID(), 1L, lines)).checks().get(0);
        Path pdf = receipts.writePdf(sale.purchaseId(), texts(Locale.ENGLISH), Locale.ENGLISH, ZoneId.of("UTC"),
                dir.resolve("long.pdf"));
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        assertThat(text(pdf)).contains("LONG-59", "600.00 RUB");
    }

    /** The constraint the server named in its refusal (RAISE ... CONSTRAINT, or a real constraint). */
    private static void assertConstraint(Throwable e, String constraint) {
        Throwable t = e;
        while (t != null && !(t instanceof org.postgresql.util.PSQLException)) {
            t = t.getCause();
        }
        assertThat(t).as("a refusal by the server").isNotNull();
        var server = ((org.postgresql.util.PSQLException) t).getServerErrorMessage();
        assertThat(server.getSQLState()).isEqualTo("23514");
        assertThat(server.getConstraint()).isEqualTo(constraint);
    }

    private static ReceiptTexts texts(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return (key, args) -> new MessageFormat(bundle.getString(key), locale).format(args);
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            // PDF text extraction gives non-breaking spaces as they are; the checks use plain ones.
            return new PDFTextStripper().getText(doc).replace('\u00a0', ' ').replace('\u202f', ' ');
        }
    }

    private static long insertReturn(Connection c, String head, String lineValues) throws SQLException {
        long id;
        try (Statement st = c.createStatement(); var rs = st.executeQuery(head)) {
            rs.next();
            id = rs.getLong(1);
        }
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO purchase_line(purchase_id, provider_id, product_id, price_id, quantity, unit_price) VALUES "
                    + lineValues.replace("%d", Long.toString(id)));
        }
        return id;
    }

    private static void inOneTransaction(Connection c, String head, String lineValues) throws SQLException {
        c.setAutoCommit(false);
        try {
            insertReturn(c, head, lineValues);
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void assertProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).contains(key));
    }
}
