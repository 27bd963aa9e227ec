package org.shopdesk.ui.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopdesk.app.Backend;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.domain.stock.BalanceRow;
import org.shopdesk.domain.stock.JournalRow;
import org.shopdesk.domain.stock.WriteOffReason;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Stock screen over a real database, headless, as a storekeeper would. */
@ExtendWith(ApplicationExtension.class)
class StockScreenTest {
    static TestDatabase db;
    static Backend backend;

    Stage stage;
    Scene scene;

    // Provider 1 "Main warehouse" holds hammer 40, screwdriver 12, white paint 7, red paint 3; provider 2 a little.
    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Tools'), ('Paint')",
                "INSERT INTO producer(name) VALUES ('Acme'), ('Bolt')",
                "INSERT INTO provider(name) VALUES ('Main warehouse'), ('Second shop')",
                "INSERT INTO contacts(email) VALUES ('c@example.ru')",
                "INSERT INTO customer(name, contact_id) VALUES ('Ivan', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('HAM-500', 'Hammer 500 g', 1, 1), "
                        + "('SCR-PH2', 'Screwdriver PH2', 1, 2), ('PNT-W1', 'Paint white 1 l', 2, 1), ('PNT-R1', 'Paint red 1 l', 2, 2)",
                "INSERT INTO price(product_id, provider_id, value) VALUES (1, 1, 500), (2, 1, 200)",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason, note) VALUES "
                        + "(1, 1, 50, 'RECEIPT', 'Invoice 1001'), (2, 1, 12, 'RECEIPT', null), (3, 1, 7, 'RECEIPT', null), "
                        + "(4, 1, 3, 'RECEIPT', null), (1, 2, 5, 'RECEIPT', null)",
                "UPDATE stock_goods SET reorder_level = 5 WHERE product_id = 4 AND provider_id = 1");
        backend = db.backend();
        backend.sales().recordSale(new SaleDraft(UUID.randomUUID(), 1L, 1L, List.of(new SaleLine(1, 1, 10))));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        show(Locale.ENGLISH);
    }

    private void show(Locale locale) {
        ScreenFixture fx = new ScreenFixture(locale);
        ZoneId zone = ZoneId.systemDefault();
        BalancesViewModel balances = new BalancesViewModel(backend.stock(), backend.catalogue(), fx.ui);
        JournalViewModel journal = new JournalViewModel(backend.stock(), fx.ui, zone, LocalDate.now(zone));
        CountSheetViewModel count = new CountSheetViewModel(backend.stock(), backend.catalogue(), fx.ui, zone);
        scene = fx.show(stage, fx.views.load(StockController.class, new StockController(journal, count),
                new BalancesController(balances, fx.ui), new JournalController(journal, fx.ui),
                new CountSheetController(count, fx.ui)).root());
    }

    private static long balance(long product, long provider) {
        return db.count("SELECT goods_balance FROM stock_goods WHERE product_id = " + product + " AND provider_id = " + provider);
    }

    @Test
    void aReceiptIsBookedOnTheChosenBalance(FxRobot robot) {
        selectRow(robot, "Hammer 500 g", "Main warehouse");
        long before = balance(1, 1);
        robot.clickOn("#quantityField").write("25");
        robot.interact(() -> field(robot, "#noteField").setText("Invoice 2002"));
        robot.clickOn("#bookButton");
        waitUntil(() -> balance(1, 1) == before + 25);
        waitUntil(() -> label(robot, "#stockMessage").getText().equals("Received 25 of Hammer 500 g at Main warehouse."));
        assertThat(db.count("SELECT count(*) FROM stock_movement WHERE note = 'Invoice 2002' AND delta = 25")).isEqualTo(1);
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.productId() == 1 && r.providerId() == 1
                && r.balance() == before + 25));
        Snapshots.save(scene, "stock-receipt-en");
    }

    @Test
    void aWriteOffBeyondTheBalanceIsRefusedAndChangesNothing(FxRobot robot) {
        selectRow(robot, "Screwdriver PH2", "Main warehouse");
        long before = balance(2, 1);
        long journal = db.count("SELECT count(*) FROM stock_movement");
        robot.clickOn("#writeOffToggle");
        robot.clickOn("#quantityField").write("1.5");
        waitUntil(() -> label(robot, "#quantityError").getText().equals("A quantity is a whole number of units, without a fraction."));
        assertThat(robot.lookup("#bookButton").queryAs(Button.class).isDisabled()).isTrue();
        robot.interact(() -> field(robot, "#quantityField").setText("999"));
        robot.interact(() -> reasonBox(robot).setValue(WriteOffReason.DAMAGED));
        robot.clickOn("#bookButton");
        waitUntil(() -> label(robot, "#stockMessage").getText()
                .equals("Only " + before + " of Screwdriver PH2 at Main warehouse: 999 cannot be written off."));
        assertThat(balance(2, 1)).isEqualTo(before);
        assertThat(db.count("SELECT count(*) FROM stock_movement")).isEqualTo(journal);
        Snapshots.save(scene, "stock-writeoff-refused-en");
    }

    @Test
    void aCountSheetOfThreeLinesBooksItsDifferencesAndLeavesTheRest(FxRobot robot) {
        long screwdriver = balance(2, 1);
        long red = balance(4, 1);
        robot.clickOn(tabLabel(robot, 1));
        waitUntil(() -> providerPicker(robot).getItems().size() > 1);
        robot.interact(() -> pick(providerPicker(robot), "Main warehouse"));
        TableView<CountSheetViewModel.Line> sheet = robot.lookup("#countTable").queryAs(TableView.class);
        waitUntil(() -> sheet.getItems().size() == 4);
        // Hammer counted as in the books, white paint two short, red paint one over; the screwdriver is not counted.
        long hammer = balance(1, 1);
        robot.interact(() -> {
            line(sheet, "Hammer 500 g").countedProperty().set(Long.toString(hammer));
            line(sheet, "Paint white 1 l").countedProperty().set("5");
            line(sheet, "Paint red 1 l").countedProperty().set(Long.toString(red + 1));
        });
        robot.interact(() -> field(robot, "#countNoteField").setText("November count"));
        Snapshots.save(scene, "stock-count-typed-en");
        robot.clickOn("#bookCountButton");
        waitUntil(() -> label(robot, "#countMessage").getText().startsWith("Count booked: 3 lines, 2 differed"));
        assertThat(balance(3, 1)).isEqualTo(5);
        assertThat(balance(4, 1)).isEqualTo(red + 1);
        assertThat(balance(1, 1)).isEqualTo(hammer);
        assertThat(balance(2, 1)).isEqualTo(screwdriver);
        assertThat(db.count("SELECT count(*) FROM stock_movement WHERE note = 'November count'")).isEqualTo(3);
        Snapshots.save(scene, "stock-count-en");
    }

    @Test
    void oneClickOnABalanceOpensItsJournalWithRunningBalanceAndTheSalesCheck(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() >= 5);
        Hyperlink open = robot.lookup(".hyperlink").match(n -> {
            javafx.scene.control.TableRow<?> row = (javafx.scene.control.TableRow<?>) n.getParent().getParent();
            return row.getItem() instanceof BalanceRow r && r.productId() == 1 && r.providerId() == 1;
        }).queryAs(Hyperlink.class);
        robot.clickOn(open);
        waitUntil(() -> label(robot, "#pairLabel").getText().equals("Journal of Hammer 500 g at Main warehouse"));
        TableView<JournalRow> journal = robot.lookup("#journalTable").queryAs(TableView.class);
        waitUntil(() -> !journal.getItems().isEmpty());
        JournalRow newest = journal.getItems().get(0);
        assertThat(newest.balanceAfter()).isEqualTo(balance(1, 1));
        assertThat(journal.getItems()).allMatch(r -> r.productId() == 1 && r.providerId() == 1);
        assertThat(journal.getItems()).anyMatch(r -> r.purchaseId() != null && r.delta() == -10);
        JournalRow oldest = journal.getItems().get(journal.getItems().size() - 1);
        assertThat(oldest.balanceAfter()).isEqualTo(50);
        waitUntil(() -> label(robot, "#totalsLabel").getText().startsWith("In "));
        Snapshots.save(scene, "stock-journal-en");
    }

    @Test
    void theScreenSpeaksRussian(FxRobot robot) {
        robot.interact(() -> show(Locale.forLanguageTag("ru")));
        selectRow(robot, "Screwdriver PH2", "Main warehouse");
        long before = balance(2, 1);
        robot.clickOn("#writeOffToggle");
        robot.interact(() -> {
            field(robot, "#quantityField").setText("999");
            reasonBox(robot).setValue(WriteOffReason.LOST);
        });
        robot.clickOn("#bookButton");
        waitUntil(() -> label(robot, "#stockMessage").getText().equals("У поставщика Main warehouse есть только " + before
                + " шт. товара «Screwdriver PH2»: списать 999 нельзя."));
        Snapshots.save(scene, "stock-writeoff-refused-ru");
        robot.interact(() -> robot.lookup("#needsReorder").queryAs(javafx.scene.control.CheckBox.class).setSelected(true));
        waitUntil(() -> table(robot).getItems().size() == 1 && table(robot).getItems().get(0).needsReorder());
        Snapshots.save(scene, "stock-balances-reorder-ru");
        robot.interact(() -> robot.lookup("#needsReorder").queryAs(javafx.scene.control.CheckBox.class).setSelected(false));

        robot.clickOn(tabLabel(robot, 1));
        waitUntil(() -> providerPicker(robot).getItems().size() > 1);
        robot.interact(() -> pick(providerPicker(robot), "Main warehouse"));
        waitUntil(() -> label(robot, "#countMessage").getText().startsWith("Строк: 4"));
        Snapshots.save(scene, "stock-count-ru");

        robot.clickOn(tabLabel(robot, 0));
        waitUntil(() -> table(robot).getItems().size() >= 5);
        robot.interact(() -> robot.lookup("#journalButton").queryAs(Button.class).fire());
        waitUntil(() -> label(robot, "#pairLabel").getText().startsWith("Журнал: "));
        Snapshots.save(scene, "stock-journal-ru");
    }

    private void selectRow(FxRobot robot, String title, String provider) {
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.title().equals(title)));
        BalanceRow row = table(robot).getItems().stream().filter(r -> r.title().equals(title) && r.provider().equals(provider))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            table(robot).getSelectionModel().clearSelection();
            table(robot).getSelectionModel().select(row);
        });
        waitUntil(() -> label(robot, "#selectedLabel").getText().contains(title));
    }

    private static CountSheetViewModel.Line line(TableView<CountSheetViewModel.Line> sheet, String title) {
        return sheet.getItems().stream().filter(l -> l.sheet().title().equals(title)).findFirst().orElseThrow();
    }

    private static javafx.scene.Node tabLabel(FxRobot robot, int index) {
        return robot.lookup(".tab").nth(index).query();
    }

    @SuppressWarnings("unchecked")
    private static TableView<BalanceRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<NamedItem> providerPicker(FxRobot robot) {
        return robot.lookup("#providerPicker").queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<WriteOffReason> reasonBox(FxRobot robot) {
        return robot.lookup("#reasonField").queryAs(ComboBox.class);
    }

    private static void pick(ComboBox<NamedItem> box, String name) {
        box.setValue(box.getItems().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow());
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    private static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
