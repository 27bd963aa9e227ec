package org.shopdesk.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopdesk.domain.party.CustomerDetails;
import org.shopdesk.domain.party.CustomerDraft;
import org.shopdesk.domain.party.CustomerRow;
import org.shopdesk.service.party.CustomerService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Customers screen over a real database, headless, as a clerk would: keyboard first. */
@ExtendWith(ApplicationExtension.class)
class CustomersScreenTest {
    static TestDatabase db;
    static CustomerService customers;
    static CustomerDetails anna;
    static CustomerDetails buyer;

    ScreenFixture fx;
    Scene scene;
    Stage stage;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        customers = db.backend().customers();
        anna = customers.saveCustomer(new CustomerDraft(null, null, "Анна", "Петрова", "anna.petrova@example.ru",
                "+79161234567", java.util.List.of(), java.util.List.of("+74951234567"), "Постоянный покупатель"));
        buyer = customers.saveCustomer(CustomerDraft.of("Борис", "Покупателев", "boris@example.ru", "+79267654321"));
        customers.saveCustomer(CustomerDraft.of("James", "Smith", "james.smith@example.com", "+447700900123"));
        db.sql("INSERT INTO category(name) VALUES ('Phones')", "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO provider(name) VALUES ('Shop one')",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES ('P-1', 'Phone', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value) VALUES (1, 1, 1000.50)");
        for (int i = 1; i <= 3; i++) {
            long check = db.count("INSERT INTO purchase(customer_id, provider_id, purchased_at) VALUES (" + buyer.id()
                    + ", 1, now() - interval '" + i + " days') RETURNING id");
            db.sql("INSERT INTO purchase_line(purchase_id, provider_id, product_id, price_id, quantity, unit_price) "
                    + "VALUES (" + check + ", 1, 1, 1, " + i + ", 1000.50)");
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        scene = show(stage, Locale.ENGLISH);
    }

    private Scene show(Stage on, Locale locale) {
        fx = new ScreenFixture(locale);
        CustomerListViewModel list = new CustomerListViewModel(customers, fx.ui);
        CustomerFormViewModel form = new CustomerFormViewModel(customers, fx.ui);
        return fx.show(on, fx.views.load(CustomersController.class, new CustomersController(list, form, fx.ui),
                new CustomerFormController(form, fx.ui)).root());
    }

    @Test
    void aClerkCreatesACustomerFromTheKeyboardAlone(FxRobot robot) {
        waitUntil(() -> !table(robot).getItems().isEmpty());
        robot.press(KeyCode.SHORTCUT, KeyCode.N).release(KeyCode.N, KeyCode.SHORTCUT);
        robot.write("Мария").type(KeyCode.TAB).write("Кузнецова").type(KeyCode.TAB)
                .write("8 (903) 555-66-77").type(KeyCode.TAB).write("Maria.K@Example.RU");
        robot.press(KeyCode.SHORTCUT, KeyCode.S).release(KeyCode.S, KeyCode.SHORTCUT);
        waitUntil(() -> db.count("SELECT count(*) FROM customer c JOIN contacts k ON k.id = c.contact_id "
                + "WHERE c.name = 'Мария' AND c.last_name = 'Кузнецова' AND k.phone = '+79035556677' "
                + "AND k.email = 'maria.k@example.ru'") == 1);
        waitUntil(() -> label(robot, "#formMessage").getText().equals("Saved: Мария Кузнецова"));
        Snapshots.save(scene, "customers-created-en");
    }

    @Test
    void findsByAPhoneFragmentAndEdits(FxRobot robot) {
        waitUntil(() -> !table(robot).getItems().isEmpty());
        robot.press(KeyCode.SHORTCUT, KeyCode.F).release(KeyCode.F, KeyCode.SHORTCUT);
        robot.write("916 123");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems()).extracting(CustomerRow::id).containsExactly(anna.id());
        Snapshots.save(scene, "customers-search-en");
        robot.clickOn(firstRow(robot));
        waitUntil(() -> "Петрова".equals(robot.lookup("#lastNameField").queryTextInputControl().getText()));
        robot.doubleClickOn("#notesField").eraseText(30).write("VIP: звонить после 18:00");
        robot.clickOn("#saveButton");
        waitUntil(() -> db.count("SELECT count(*) FROM customer WHERE notes = 'VIP: звонить после 18:00'") == 1);
    }

    @Test
    void aDuplicatePhoneIsRefusedAndOffersTheExistingCustomer(FxRobot robot) {
        waitUntil(() -> !table(robot).getItems().isEmpty());
        long before = db.count("SELECT count(*) FROM customer");
        robot.clickOn("#newButton");
        robot.write("Анна").type(KeyCode.TAB).write("Дубликатова").type(KeyCode.TAB).write("+7 916 123 45 67");
        robot.clickOn("#saveButton");
        waitUntil(() -> label(robot, "#phoneError").getText().equals("The phone +79161234567 belongs to Анна Петрова already."));
        waitUntil(() -> robot.lookup("#openExistingButton").query().isVisible());
        Snapshots.save(scene, "customers-duplicate-en");
        robot.clickOn("#openExistingButton");
        waitUntil(() -> "anna.petrova@example.ru".equals(robot.lookup("#emailField").queryTextInputControl().getText()));
        assertThat(robot.lookup("#otherPhonesField").queryTextInputControl().getText()).isEqualTo("+74951234567");
        assertThat(db.count("SELECT count(*) FROM customer")).isEqualTo(before);
    }

    @Test
    void archivesThenErasesACustomerWithChecks(FxRobot robot) {
        waitUntil(() -> !table(robot).getItems().isEmpty());
        robot.clickOn("#search").write("boris@");
        waitUntil(() -> table(robot).getItems().size() == 1);
        robot.clickOn(firstRow(robot));
        waitUntil(() -> "Покупателев".equals(robot.lookup("#lastNameField").queryTextInputControl().getText()));
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(1));
        waitUntil(() -> history(robot).getItems().size() == 3);
        Snapshots.save(scene, "customers-checks-en");
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(0));
        robot.clickOn("#archiveButton");
        waitUntil(() -> db.count("SELECT count(*) FROM customer WHERE archived AND id = " + buyer.id()) == 1);
        assertThat(robot.lookup("#deleteButton").query().isDisabled()).isTrue(); // it has checks
        robot.clickOn("#eraseButton");
        waitUntil(() -> db.count("SELECT count(*) FROM customer WHERE erased_at IS NOT NULL AND id = " + buyer.id()) == 1);
        assertThat(fx.dialogs.shown).anySatisfy(m -> assertThat(m).startsWith("This cannot be undone"));
        assertThat(db.count("SELECT count(*) FROM purchase WHERE customer_id = " + buyer.id())).isEqualTo(3);
        waitUntil(() -> label(robot, "#formMessage").getText().startsWith("Personal data erased"));
        Snapshots.save(scene, "customers-erased-en");
    }

    @Test
    void picturesInRussian(FxRobot robot) {
        robot.interact(() -> scene = show(stage, Locale.forLanguageTag("ru")));
        waitUntil(() -> !table(robot).getItems().isEmpty());
        Snapshots.save(scene, "customers-list-ru");
        robot.clickOn("#search").write("916 123");
        waitUntil(() -> table(robot).getItems().size() == 1);
        Snapshots.save(scene, "customers-search-ru");
        robot.clickOn("#newButton");
        robot.write("Анна").type(KeyCode.TAB).type(KeyCode.TAB).write("8 916 123-45-67");
        robot.clickOn("#saveButton");
        waitUntil(() -> label(robot, "#phoneError").getText().equals("Телефон +79161234567 уже есть у покупателя: Анна Петрова."));
        Snapshots.save(scene, "customers-duplicate-ru");
        robot.clickOn("#openExistingButton");
        waitUntil(() -> "Петрова".equals(robot.lookup("#lastNameField").queryTextInputControl().getText()));
        Snapshots.save(scene, "customers-form-ru");
    }

    @SuppressWarnings("unchecked")
    private static TableView<CustomerRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    private static TableView<Object> history(FxRobot robot) {
        return robot.lookup("#historyTable").queryAs(TableView.class);
    }

    /** The list's first row (the form's own table of checks has rows too). */
    private static javafx.scene.Node firstRow(FxRobot robot) {
        // The table keeps a hidden spare row for measuring: the first row is the visible one with a customer.
        return robot.from(robot.lookup("#table").queryAs(javafx.scene.Node.class)).lookup(".table-row-cell")
                .match((javafx.scene.control.TableRow<?> r) -> r.isVisible() && r.getItem() != null)
                .queryAs(javafx.scene.Node.class);
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
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
