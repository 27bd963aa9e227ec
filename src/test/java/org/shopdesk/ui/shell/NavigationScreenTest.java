package org.shopdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopdesk.app.Backend;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.domain.purchasing.CheckRow;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.purchases.HistoryController;
import org.shopdesk.ui.purchases.HistoryViewModel;
import org.shopdesk.ui.purchases.NewCustomerViewModel;
import org.shopdesk.ui.purchases.OpenChecks;
import org.shopdesk.ui.customers.CustomerFormViewModel;
import org.shopdesk.ui.purchases.PurchasesController;
import org.shopdesk.ui.purchases.SaleController;
import org.shopdesk.ui.purchases.SaleViewModel;
import org.shopdesk.ui.stock.BalancesController;
import org.shopdesk.ui.stock.BalancesViewModel;
import org.shopdesk.ui.stock.CountSheetController;
import org.shopdesk.ui.stock.CountSheetViewModel;
import org.shopdesk.ui.stock.JournalController;
import org.shopdesk.ui.stock.JournalViewModel;
import org.shopdesk.ui.stock.StockController;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The navigation between screens in the real main window: a click on a sale's check in the Stock
 * journal opens the Purchases screen (built on that first show), selects its button and shows the
 * check in the history.
 */
@ExtendWith(ApplicationExtension.class)
class NavigationScreenTest {
    static TestDatabase db;
    static Backend backend;
    static long saleId;

    ScreenFixture fx;
    Scene scene;
    HistoryViewModel history;
    SaleViewModel sale;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Tools')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO provider(name) VALUES ('Main warehouse'), ('Second shop')",
                "INSERT INTO contacts(email) VALUES ('c@example.ru')",
                "INSERT INTO customer(name, contact_id) VALUES ('Ivan', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('HAM-500', 'Hammer 500 g', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value) VALUES (1, 1, 500), (1, 2, 510)",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason, note) VALUES "
                        + "(1, 1, 50, 'RECEIPT', 'Invoice 1001'), (1, 2, 5, 'RECEIPT', null)");
        backend = db.backend();
        backend.sales().recordSale(new SaleDraft(UUID.randomUUID(), 1L, 1L, List.of(new SaleLine(1, 1, 3))));
        backend.sales().recordSale(new SaleDraft(UUID.randomUUID(), 1L, 2L, List.of(new SaleLine(1, 2, 1))));
        saleId = db.count("SELECT min(id) FROM purchase");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        fx = new ScreenFixture(Locale.ENGLISH);
        ZoneId zone = ZoneId.systemDefault();
        MainWindowController main = new MainWindowController(new ShellViewModel(fx.messages, fx.tasks.busyProperty()),
                fx.messages, null);
        Parent window = fx.views.load(MainWindowController.class, main).root();
        scene = fx.show(stage, window);
        main.showScreens(List.of(
                new Screen("nav.stock", () -> {
                    JournalViewModel journal = new JournalViewModel(backend.stock(), fx.ui, zone, LocalDate.now(zone));
                    CountSheetViewModel count = new CountSheetViewModel(backend.stock(), backend.catalogue(), fx.ui, zone);
                    return fx.views.load(StockController.class, new StockController(journal, count),
                            new BalancesController(new BalancesViewModel(backend.stock(), backend.catalogue(), fx.ui), fx.ui),
                            new JournalController(journal, fx.ui), new CountSheetController(count, fx.ui)).root();
                }),
                new Screen("nav.purchases", () -> {
                    history = new HistoryViewModel(backend.checkHistory(), backend.returns(), backend.saleLookup(),
                            backend.receipts(), fx.ui);
                    sale = new SaleViewModel(backend.sales(), backend.saleLookup(), backend.receipts(), fx.ui);
                    NewCustomerViewModel newCustomer = new NewCustomerViewModel(
                            new CustomerFormViewModel(backend.customers(), fx.ui), sale);
                    return fx.views.load(PurchasesController.class, new PurchasesController(fx.ui.navigator()),
                            new SaleController(sale, fx.ui).withNewCustomer(newCustomer),
                            new HistoryController(history, fx.ui)).root();
                }, List.of(OpenChecks.class))), fx.ui.navigator());
    }

    @Test
    void aSalesCheckInTheStockJournalOpensInThePurchasesHistory(FxRobot robot) {
        assertThat(history).as("Purchases is built on its first show, not before").isNull();
        robot.clickOn(robot.lookup(".tab-pane .tab").match(n -> ((javafx.scene.control.Labeled) n.lookup(".tab-label"))
                .getText().equals(fx.messages.get("stock.tab.journal"))).queryAs(javafx.scene.Node.class));
        waitUntil(() -> robot.lookup(".journal-check-link").queryAllAs(Hyperlink.class).stream()
                .anyMatch(l -> l.getText().equals("#" + saleId)));
        Snapshots.save(scene, "links-journal-en");
        Hyperlink link = robot.lookup(".journal-check-link").queryAllAs(Hyperlink.class).stream()
                .filter(l -> l.getText().equals("#" + saleId)).findFirst().orElseThrow();
        robot.clickOn(link);

        waitUntil(() -> history != null && history.detailsProperty().get() != null);
        assertThat(history.detailsProperty().get().check().id()).isEqualTo(saleId);
        assertThat(navButton(robot, "nav.purchases").isSelected()).isTrue();
        assertThat(navButton(robot, "nav.stock").isSelected()).isFalse();
        @SuppressWarnings("unchecked")
        TableView<CheckRow> checks = robot.lookup("#table").match(n -> n instanceof TableView<?> t
                && t.getScene() == scene && t.isVisible()).queryAs(TableView.class);
        waitUntil(() -> checks.getItems().stream().anyMatch(r -> r.id() == saleId));
        Snapshots.save(scene, "links-history-en");

        // A second request reuses the built screen: a provider's checks over a period, the box showing it.
        LocalDate today = LocalDate.now();
        robot.interact(() -> fx.ui.navigator().open(OpenChecks.provider(2L, "Second shop", today, today)));
        waitUntil(() -> checks.getItems().size() == 1 && checks.getItems().get(0).providerId() == 2L);
        ComboBox<?> box = robot.lookup("#providerBox").queryAs(ComboBox.class);
        assertThat(box.getValue().toString()).isEqualTo("Second shop");
        assertThat(history.fromProperty().get()).isEqualTo(today);
    }

    @Test
    void aNewCustomerIsCreatedWithoutLeavingTheSaleAndBecomesItsCustomer(FxRobot robot) {
        robot.clickOn(navButton(robot, "nav.purchases"));
        waitUntil(() -> sale != null);
        long before = db.count("SELECT count(*) FROM customer");
        robot.clickOn("#customerField").write("Olga Smirnova");
        robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.N)
                .release(javafx.scene.input.KeyCode.N, javafx.scene.input.KeyCode.SHIFT, javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#newCustomerPane").query().isVisible());
        assertThat(robot.lookup("#newFirstName").queryAs(javafx.scene.control.TextField.class).getText()).isEqualTo("Olga");
        robot.clickOn("#newEmail").write("olga@");
        waitUntil(() -> robot.lookup("#newEmailError").queryAs(javafx.scene.control.Label.class).isVisible());
        assertThat(robot.lookup("#newCustomerSave").queryAs(javafx.scene.control.Button.class).isDisabled()).isTrue();
        Snapshots.save(scene, "links-new-customer-refused-en");
        robot.write("example.ru");
        waitUntil(() -> !robot.lookup("#newCustomerSave").queryAs(javafx.scene.control.Button.class).isDisabled());
        robot.clickOn("#newCustomerSave");
        waitUntil(() -> sale.customerProperty().get() != null);
        assertThat(sale.customerProperty().get().email()).isEqualTo("olga@example.ru");
        assertThat(db.count("SELECT count(*) FROM customer")).isEqualTo(before + 1);
        assertThat(robot.lookup("#newCustomerPane").query().isVisible()).isFalse();
        Snapshots.save(scene, "links-new-customer-saved-en");
    }

    private ToggleButton navButton(FxRobot robot, String key) {
        return robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream()
                .filter(b -> b.getText().equals(fx.messages.get(key))).findFirst().orElseThrow();
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
