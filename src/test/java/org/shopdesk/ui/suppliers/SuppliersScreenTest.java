package org.shopdesk.ui.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopdesk.domain.party.ProviderDetails;
import org.shopdesk.domain.party.ProviderOffer;
import org.shopdesk.domain.party.ProviderRow;
import org.shopdesk.service.suppliers.SupplierService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real Suppliers screen over a real database, headless, as purchasing staff would:
 * keyboard first (Ctrl+N, Ctrl+S, Ctrl+F, Enter, Esc), create, edit, search, archive, a bad
 * input refused at the field, a name another provider has, and two people editing one provider.
 */
@ExtendWith(ApplicationExtension.class)
class SuppliersScreenTest {
    static TestDatabase db;
    static SupplierService suppliers;

    ScreenFixture fx;
    Scene scene;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        suppliers = db.backend().suppliers();
        SupplierScreenData.fill(db, suppliers);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        fx = new ScreenFixture(Locale.ENGLISH);
        scene = SupplierScreenData.show(fx, stage, suppliers);
    }

    @Test
    void createsAProviderFromTheKeyboard(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() >= 3);
        robot.clickOn("#table").press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> field(robot, "#nameField").isFocused());
        robot.write("Северный ветер");
        robot.clickOn("#innField").write("500100732259");
        robot.clickOn("#phoneField").write("8 (916) 123-45-67");
        robot.clickOn("#emailField").write("Sales@Veter.RU");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> db.count("SELECT count(*) FROM provider WHERE name = 'Северный ветер' AND phone = '+79161234567' "
                + "AND email = 'sales@veter.ru' AND inn = '500100732259'") == 1);
        waitUntil(() -> label(robot, "#formMessage").getText().startsWith("Saved"));
        // The card shows what was stored: the phone in E.164.
        assertThat(field(robot, "#phoneField").getText()).isEqualTo("+79161234567");
        waitUntil(() -> table(robot).getItems().stream().anyMatch(r -> r.name().equals("Северный ветер")));
        Snapshots.save(scene, "suppliers-created-en");
    }

    @Test
    void opensARowWithEnterEditsAndRevertsWithEscape(FxRobot robot) {
        waitUntil(() -> rowIndex(robot, "Beta") >= 0);
        robot.interact(() -> table(robot).getSelectionModel().select(rowIndex(robot, "Beta")));
        robot.interact(() -> table(robot).requestFocus());
        robot.type(KeyCode.ENTER);
        waitUntil(() -> field(robot, "#nameField").isFocused() && field(robot, "#nameField").getText().equals("Beta"));
        robot.clickOn("#contactPersonField").write("Анна Смирнова");
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> db.count("SELECT count(*) FROM provider WHERE name = 'Beta' AND contact_person = 'Анна Смирнова' "
                + "AND version = 1") == 1);

        robot.clickOn("#addressField").write("Somewhere else");
        assertThat(button(robot, "#revertButton").isDisabled()).isFalse();
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> field(robot, "#addressField").getText().isEmpty());
        assertThat(button(robot, "#saveButton").isDisabled()).isTrue();
        assertThat(db.count("SELECT count(*) FROM provider WHERE address IS NOT NULL AND name = 'Beta'")).isZero();
    }

    @Test
    void searchesByInnWithCtrlF(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() >= 3);
        robot.clickOn("#table").press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> robot.lookup("#search").queryAs(TextField.class).isFocused());
        robot.write("7707 08");
        waitUntil(() -> table(robot).getItems().size() == 1);
        assertThat(table(robot).getItems().get(0).name()).isEqualTo("Alpha");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> field(robot, "#nameField").getText().equals("Alpha"));
        // The offers tab lists what Alpha sells now.
        robot.clickOn(tabHeader(robot, 1));
        waitUntil(() -> offers(robot).getItems().size() == 2);
        assertThat(offers(robot).getItems()).extracting(ProviderOffer::title).containsExactly("Case", "Phone");
        Snapshots.save(scene, "suppliers-offers-en");
        robot.clickOn(tabHeader(robot, 3));
        waitUntil(() -> !robot.lookup("#salesTable").queryAs(TableView.class).getItems().isEmpty());
        Snapshots.save(scene, "suppliers-sales-en");
        robot.clickOn(tabHeader(robot, 0));
        Snapshots.save(scene, "suppliers-search-en");
    }

    @Test
    void archivesAProviderWithHistoryInsteadOfDeletingIt(FxRobot robot) {
        waitUntil(() -> rowIndex(robot, "Archivable") >= 0);
        robot.interact(() -> table(robot).getSelectionModel().select(rowIndex(robot, "Archivable")));
        waitUntil(() -> field(robot, "#nameField").getText().equals("Archivable"));
        assertThat(button(robot, "#deleteButton").isVisible()).as("history: no delete").isFalse();
        robot.clickOn("#archiveButton");
        waitUntil(() -> db.count("SELECT count(*) FROM provider WHERE name = 'Archivable' AND archived") == 1);
        waitUntil(() -> rowIndex(robot, "Archivable") < 0);
        assertThat(fx.dialogs.shown).anyMatch(m -> m.startsWith("Archive «Archivable»?"));
        assertThat(button(robot, "#archiveButton").getText()).isEqualTo("Return from archive");
        Snapshots.save(scene, "suppliers-archived-en");
    }

    @Test
    void refusesBadInputAtTheFieldAndSavesNothing(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() >= 3);
        long before = db.count("SELECT count(*) FROM provider");
        robot.clickOn("#newButton");
        robot.clickOn("#nameField").write("Bad input");
        robot.clickOn("#innField").write("7707083894");
        waitUntil(() -> label(robot, "#innError").getText().startsWith("This INN does not add up"));
        robot.clickOn("#phoneField").write("8 916 CALL-NOW");
        waitUntil(() -> label(robot, "#phoneError").getText().startsWith("A phone number is digits only"));
        robot.clickOn("#emailField").write("ivan@");
        waitUntil(() -> label(robot, "#emailError").getText().startsWith("An e-mail looks like"));
        assertThat(button(robot, "#saveButton").isDisabled()).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        Snapshots.save(scene, "suppliers-bad-input-en");
        assertThat(db.count("SELECT count(*) FROM provider")).isEqualTo(before);
    }

    @Test
    void aNameAnotherProviderHasOffersToOpenIt(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() >= 3);
        robot.clickOn("#newButton");
        robot.clickOn("#nameField").write("ALPHA");
        robot.clickOn("#saveButton");
        waitUntil(() -> label(robot, "#nameError").getText().equals("Provider «Alpha» already has this name."));
        Hyperlink open = robot.lookup("#takenLink").queryAs(Hyperlink.class);
        assertThat(open.isVisible()).isTrue();
        assertThat(open.getText()).isEqualTo("Open «Alpha»");
        Snapshots.save(scene, "suppliers-duplicate-en");
        robot.clickOn("#takenLink");
        waitUntil(() -> field(robot, "#nameField").getText().equals("Alpha")
                && label(robot, "#formTitle").getText().equals("Provider «Alpha»"));
    }

    @Test
    void theSecondOfTwoEditorsIsToldToReload(FxRobot robot) {
        waitUntil(() -> rowIndex(robot, "Contested") >= 0);
        robot.interact(() -> table(robot).getSelectionModel().select(rowIndex(robot, "Contested")));
        waitUntil(() -> field(robot, "#nameField").getText().equals("Contested"));
        // Someone else saves the same provider meanwhile.
        long id = db.count("SELECT id FROM provider WHERE name = 'Contested'");
        ProviderDetails theirs = suppliers.provider(id);
        suppliers.saveProvider(theirs.toDraft().withContacts("theirs@shop.ru", null));

        robot.clickOn("#emailField").write("mine@shop.ru");
        robot.clickOn("#saveButton");
        waitUntil(() -> label(robot, "#formMessage").getText().startsWith("Someone else changed this record"));
        assertThat(button(robot, "#reloadButton").isVisible()).isTrue();
        assertThat(db.count("SELECT count(*) FROM provider WHERE email = 'theirs@shop.ru'")).isEqualTo(1);
        Snapshots.save(scene, "suppliers-conflict-en");
        robot.clickOn("#reloadButton");
        waitUntil(() -> field(robot, "#emailField").getText().equals("theirs@shop.ru"));
        assertThat(button(robot, "#reloadButton").isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    static TableView<ProviderRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    static TableView<ProviderOffer> offers(FxRobot robot) {
        return robot.lookup("#offersTable").queryAs(TableView.class);
    }

    static javafx.scene.Node tabHeader(FxRobot robot, int index) {
        return robot.lookup(".tab-header-area .tab").nth(index).query();
    }

    static int rowIndex(FxRobot robot, String name) {
        var items = table(robot).getItems();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    static Button button(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Button.class);
    }

    static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }

    static void waitUntil(Callable<Boolean> condition) {
        try {
            // A node looked up while ControlsFX wraps the scene in its decoration pane may be missing
            // for a moment: that is "not yet", not a failure.
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                try {
                    return condition.call();
                } catch (org.testfx.service.query.EmptyNodeQueryException e) {
                    return false;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 20 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
