package org.shopdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.StaffLogins;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.shell.MainWindowController;
import org.shopdesk.ui.shell.ShellViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The main window as each role sees it, connected as a real login: the screens it cannot use are
 * not in the navigation, and the writes it cannot do are disabled. What is shown comes from the
 * database's privileges, not from a setting.
 */
@ExtendWith(ApplicationExtension.class)
class RoleWindowScreenTest {
    static TestDatabase db;
    static StaffLogins logins;
    Stage stage;

    @BeforeAll
    static void shop() {
        logins = new StaffLogins();
        db = TestDatabase.create();
        db.sql("INSERT INTO category (name) VALUES ('Tools')", "INSERT INTO producer (name) VALUES ('Acme')",
                "INSERT INTO products (sku, title, category_id, producer_id) VALUES ('SKU-1', 'Hammer', 1, 1)",
                "UPDATE products SET title = 'Claw hammer' WHERE id = 1");
    }

    @AfterAll
    static void drop() {
        db.close();
        logins.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aClerkSeesTheCatalogueReadOnlyAndNeitherAuditNorAdministration(FxRobot robot) {
        Scene scene = window(robot, "shopdesk_clerk", Locale.ENGLISH);
        assertThat(nav(robot)).containsExactly("Catalogue", "Suppliers", "Customers", "Prices", "Stock", "Purchases");
        assertCatalogueReadOnly(robot, true);
        assertStockReadOnly(robot, true);
        Snapshots.save(scene, "staff-window-clerk-en");
    }

    @Test
    void purchasingEditsTheCatalogue(FxRobot robot) {
        Scene scene = window(robot, "shopdesk_purchasing", Locale.ENGLISH);
        assertThat(nav(robot)).containsExactly("Catalogue", "Suppliers", "Customers", "Prices", "Stock", "Purchases", "Charts");
        assertCatalogueReadOnly(robot, false);
        assertStockReadOnly(robot, false);
        Snapshots.save(scene, "staff-window-purchasing-en");
    }

    @Test
    void aManagerReadsTheCatalogueAndTheAuditTrail(FxRobot robot) {
        Scene scene = window(robot, "shopdesk_manager", new Locale("ru"));
        assertThat(nav(robot)).containsExactly("Каталог", "Поставщики", "Покупатели", "Цены", "Склад", "Продажи", "Аналитика", "Аудит");
        assertCatalogueReadOnly(robot, true);
        robot.interact(() -> navButton(robot, "Аудит").fire());
        waitUntil(() -> !robot.lookup("#table").queryAllAs(TableView.class).stream()
                .filter(t -> t.getScene() != null && t.getItems().size() > 0 && t.getId().equals("table")).toList().isEmpty());
        Snapshots.save(scene, "audit-manager-ru");
    }

    @Test
    void anAdministratorManagesStaffLogins(FxRobot robot) {
        String login = logins.create("shopdesk_clerk");
        Scene scene = window(robot, "shopdesk_administrator", Locale.ENGLISH);
        assertThat(nav(robot)).containsExactly("Catalogue", "Suppliers", "Customers", "Prices", "Stock", "Purchases", "Charts", "Audit", "Logins");
        robot.interact(() -> navButton(robot, "Logins").fire());
        waitUntil(() -> robot.lookup(".table-view").queryAllAs(TableView.class).stream()
                .anyMatch(t -> t.getItems().stream().anyMatch(i -> i.toString().contains(login))));
        Snapshots.save(scene, "staff-administrator-en");
        robot.interact(() -> navButton(robot, "Audit").fire());
        WaitForAsyncUtils.waitForFxEvents();
        Snapshots.save(scene, "audit-administrator-en");
    }

    @Test
    void theAdministratorScreenInRussian(FxRobot robot) {
        Scene scene = window(robot, "shopdesk_administrator", new Locale("ru"));
        robot.interact(() -> navButton(robot, "Логины").fire());
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#loginField").write("X");
        robot.clickOn("#passwordField").write("short");
        robot.interact(() -> robot.lookup(n -> n instanceof Button b && "Создать логин".equals(b.getText()))
                .queryAs(Button.class).fire());
        waitUntil(() -> !robot.lookup("#loginError").queryAs(Labeled.class).getText().isEmpty());
        assertThat(robot.lookup("#passwordError").queryAs(Labeled.class).getText()).isEqualTo("Не короче 8 символов.");
        Snapshots.save(scene, "staff-administrator-ru");
    }

    private Scene window(FxRobot robot, String group, Locale locale) {
        String login = logins.create(group);
        Backend backend = Backend.connect(ConnectionTarget.server(db.url(), login, StaffLogins.PASSWORD, "test"),
                TestDatabase.testDirs(), false);
        closeLater(backend);
        ScreenFixture fx = new ScreenFixture(locale);
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            MainWindowController main = new MainWindowController(new ShellViewModel(fx.messages, fx.tasks.busyProperty()),
                    fx.messages, new NoActions());
            var view = fx.views.load(MainWindowController.class, main);
            scene[0] = fx.show(stage, view.root());
            main.showScreens(new Screens(fx.ui, () -> stage).all(backend));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return scene[0];
    }

    private static final List<Backend> OPEN = new java.util.concurrent.CopyOnWriteArrayList<>();

    private static void closeLater(Backend b) {
        OPEN.add(b);
    }

    @AfterAll
    static void closeBackends() {
        OPEN.forEach(Backend::close);
    }

    private static List<String> nav(FxRobot robot) {
        return robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream().map(ToggleButton::getText).toList();
    }

    private static ToggleButton navButton(FxRobot robot, String text) {
        return robot.lookup(".nav-button").queryAllAs(ToggleButton.class).stream().filter(b -> b.getText().equals(text))
                .findFirst().orElseThrow();
    }

    private static void assertCatalogueReadOnly(FxRobot robot, boolean readOnly) {
        Node newButton = robot.lookup("#newButton").query();
        Node formButtons = robot.lookup(".form-buttons").query();
        assertThat(newButton.isDisabled()).as("New product disabled").isEqualTo(readOnly);
        assertThat(formButtons.isDisabled()).as("Save / archive disabled").isEqualTo(readOnly);
    }

    /** Opens the Stock screen: receipts, write-offs, counts and levels are purchasing's. */
    private static void assertStockReadOnly(FxRobot robot, boolean readOnly) {
        robot.interact(() -> navButton(robot, "Stock").fire());
        WaitForAsyncUtils.waitForFxEvents();
        Node book = robot.lookup("#bookButton").query();
        Node count = robot.lookup("#bookCountButton").query();
        if (readOnly) {
            assertThat(book.isDisabled() || !book.isVisible()).as("Book movement unavailable").isTrue();
            assertThat(count.isDisabled() || !count.isVisible()).as("Book count unavailable").isTrue();
            assertThat(org.shopdesk.ui.kit.WriteActions.isReadOnly(book)).isTrue();
            assertThat(robot.lookup("#receiptToggle").query().isDisabled()).as("receipt / write-off / count").isTrue();
        } else {
            assertThat(org.shopdesk.ui.kit.WriteActions.isReadOnly(book)).isFalse();
        }
        robot.interact(() -> navButton(robot, "Catalogue").fire());
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met in time", e);
        }
    }

    private static final class NoActions implements MainWindowController.Actions {
        @Override
        public void openConnectionDialog() {
        }

        @Override
        public void backupNow() {
        }

        @Override
        public void restore() {
        }

        @Override
        public void showAbout() {
        }

        @Override
        public void exit() {
        }
    }
}
