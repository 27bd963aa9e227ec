package org.shopdesk.ui.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopdesk.app.Backend;
import org.shopdesk.domain.purchasing.BasketDraft;
import org.shopdesk.domain.purchasing.BasketLine;
import org.shopdesk.domain.purchasing.CheckLineRow;
import org.shopdesk.domain.purchasing.CheckRow;
import org.shopdesk.testing.PurchaseFixture;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real Purchases screen over a real database, headless, from the keyboard as a clerk
 * would. English here; {@link PurchasesScreenRuTest} runs the same in Russian.
 */
@ExtendWith(ApplicationExtension.class)
class PurchasesScreenTest {
    static TestDatabase db;
    static Backend backend;

    ScreenFixture fx;
    Scene scene;
    SaleViewModel sale;
    HistoryViewModel history;

    Locale locale() {
        return Locale.ENGLISH;
    }

    String lang() {
        return locale().getLanguage();
    }

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        PurchaseFixture.load(db);
        backend = db.backend();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        fx = new ScreenFixture(locale());
        sale = new SaleViewModel(backend.sales(), backend.saleLookup(), backend.receipts(), fx.ui);
        history = new HistoryViewModel(backend.checkHistory(), backend.returns(), backend.saleLookup(), backend.receipts(),
                fx.ui);
        scene = fx.show(stage, fx.views.load(PurchasesController.class, new PurchasesController(fx.ui.navigator()),
                new SaleController(sale, fx.ui), new HistoryController(history, fx.ui)).root());
    }

    @Test
    void aWholeSaleFromTheKeyboardWithTwoProvidersAndItsReceipts(FxRobot robot) throws Exception {
        long checks = db.count("SELECT count(*) FROM purchase");
        robot.type(KeyCode.F2).write("ivan@ex");
        waitUntil(() -> !sale.customers().isEmpty());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> sale.customerProperty().get() != null);
        assertThat(robot.lookup("#productField").queryAs(TextField.class).isFocused()).isTrue();

        // Two scans: code and Enter each. The cheapest offer in stock: P-1 from Beta, P-2 from Альфа.
        robot.write("P-1").type(KeyCode.ENTER);
        waitUntil(() -> sale.lines().size() == 1);
        robot.write("4600000000017").type(KeyCode.ENTER);
        waitUntil(() -> sale.lines().size() == 1 && sale.lines().get(0).quantity() == 2);
        robot.write("P-2").type(KeyCode.ENTER);
        waitUntil(() -> sale.lines().size() == 2);
        assertThat(robot.lookup("#productField").queryAs(TextField.class).isFocused()).as("focus stays for the next scan")
                .isTrue();
        assertThat(sale.lines()).extracting(SaleViewModel.Line::provider).containsExactly("Beta", "Альфа");
        // F4: the quantity of the last line.
        robot.type(KeyCode.F4).write("3").type(KeyCode.ENTER);
        waitUntil(() -> sale.lines().get(1).quantity() == 3);
        assertThat(sale.totalProperty().get()).isEqualByComparingTo("2880.00");
        assertThat(robot.lookup("#saleTotal").queryAs(Label.class).getText()).isEqualTo(fx.ui.formats().money(
                new java.math.BigDecimal("2880.00")));
        Snapshots.save(scene, "purchases-sale-basket-" + lang());

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> db.count("SELECT count(*) FROM purchase") == checks + 2);
        waitUntil(() -> sale.receiptsReadyProperty().get());
        assertThat(sale.lines()).isEmpty();
        String saved = robot.lookup("#saleMessage").queryAs(Label.class).getText();
        List<Long> ids = List.of(db.count("SELECT max(id) - 1 FROM purchase"), db.count("SELECT max(id) FROM purchase"));
        assertThat(saved).contains(Long.toString(ids.get(0)), Long.toString(ids.get(1)));
        List<Path> receipts = sale.lastReceipts();
        assertThat(receipts).hasSize(2);
        // One receipt per check, in provider order: Альфа's check (P-2), then Beta's (P-1).
        assertThat(text(receipts.get(0))).contains(fx.messages.get("purchase.receipt.title", ids.get(0)), "P-2",
                "Альфа", "Иван Петров", fx.ui.formats().money(new java.math.BigDecimal("900.00")));
        assertThat(text(receipts.get(1))).contains(fx.messages.get("purchase.receipt.title", ids.get(1)), "P-1",
                "Beta", fx.ui.formats().money(new java.math.BigDecimal("1980.00")));
        Snapshots.save(scene, "purchases-sale-saved-" + lang());

        // Ctrl+N: a new sale starts at the customer field.
        robot.press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#customerField").queryAs(TextField.class).isFocused());
        assertThat(sale.customerProperty().get()).isNull();
    }

    @Test
    void aSaleShortOfStockIsRefusedByLineAndNothingIsSaved(FxRobot robot) {
        long checks = db.count("SELECT count(*) FROM purchase");
        int charger = (int) db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 3 AND provider_id = 2");
        robot.type(KeyCode.F2).write("ivan@ex");
        waitUntil(() -> !sale.customers().isEmpty());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> sale.customerProperty().get() != null);
        robot.write("P-3").type(KeyCode.ENTER);
        waitUntil(() -> sale.lines().size() == 1);
        robot.type(KeyCode.F4).write(Integer.toString(charger + 5)).type(KeyCode.ENTER);
        waitUntil(() -> sale.lines().get(0).quantity() == charger + 5);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        String expected = fx.messages.get("purchase.refused.stock", 1, "Зарядка Charger", "Beta", charger, charger + 5);
        waitUntil(() -> robot.lookup("#saleMessage").queryAs(Label.class).getText().contains(expected));
        assertThat(sale.lines()).as("the basket is kept").hasSize(1);
        assertThat(db.count("SELECT count(*) FROM purchase")).isEqualTo(checks);
        Snapshots.save(scene, "purchases-sale-refused-" + lang());

        // A fractional quantity is refused at the field.
        robot.type(KeyCode.F4).write("1.5").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#saleMessage").queryAs(Label.class).getText()
                .equals(fx.messages.get("purchase.quantity.whole")));
        assertThat(sale.lines().get(0).quantity()).isEqualTo(charger + 5);
    }

    @Test
    void aPartialReturnFromTheHistory(FxRobot robot) {
        long saleId = backend.sales().recordBasket(new BasketDraft(UUID.randomUUID(), 1L, List.of(new BasketLine(1, 1,
                db.count("SELECT id FROM price WHERE product_id = 1 AND provider_id = 1 AND valid_to IS NULL"), 3))))
                .checks().get(0).purchaseId();
        int stock = (int) db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 1 AND provider_id = 1");
        robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT2).release(KeyCode.CONTROL);
        TableView<CheckRow> table = robot.lookup("#table").queryTableView();
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.id() == saleId));
        waitUntil(() -> history.totalsProperty().get() != null);
        robot.interact(() -> table.getSelectionModel().select(
                table.getItems().stream().filter(r -> r.id() == saleId).findFirst().orElseThrow()));
        TableView<CheckLineRow> lines = robot.lookup("#detailTable").queryTableView();
        waitUntil(() -> lines.getItems().size() == 1);
        robot.interact(() -> lines.getSelectionModel().select(0));
        robot.clickOn("#returnQuantity").eraseText(3).write("2").type(KeyCode.ENTER);
        waitUntil(() -> db.count("SELECT count(*) FROM purchase WHERE returns_id = " + saleId) == 1);
        waitUntil(() -> !lines.getItems().isEmpty() && lines.getItems().get(0).returned() == 2);
        assertThat(db.count("SELECT goods_balance FROM stock_goods WHERE product_id = 1 AND provider_id = 1"))
                .isEqualTo(stock + 2);
        // Two more than are left is refused with the limit.
        robot.clickOn("#returnQuantity").eraseText(3).write("2").type(KeyCode.ENTER);
        waitUntil(() -> robot.lookup("#historyMessage").queryAs(Label.class).getText().contains(fx.messages.get("purchase.refused.returnLimit", 1, "Телефон Alpha", "", 1, 2)));
        assertThat(db.count("SELECT count(*) FROM purchase WHERE returns_id = " + saleId)).isEqualTo(1);
        waitUntil(() -> history.totalsProperty().get() != null && history.totalsProperty().get().returns() >= 1);
        Snapshots.save(scene, "purchases-history-return-" + lang());
    }

    private static String text(Path pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    static void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
