package org.shopdesk.ui.suppliers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopdesk.ui.suppliers.SuppliersScreenTest.button;
import static org.shopdesk.ui.suppliers.SuppliersScreenTest.field;
import static org.shopdesk.ui.suppliers.SuppliersScreenTest.label;
import static org.shopdesk.ui.suppliers.SuppliersScreenTest.rowIndex;
import static org.shopdesk.ui.suppliers.SuppliersScreenTest.tabHeader;
import static org.shopdesk.ui.suppliers.SuppliersScreenTest.table;
import static org.shopdesk.ui.suppliers.SuppliersScreenTest.waitUntil;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopdesk.service.suppliers.SupplierService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Suppliers screen in Russian: every text from the bundle, nothing clipped; its pictures. */
@ExtendWith(ApplicationExtension.class)
class SuppliersScreenRuTest {
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
        fx = new ScreenFixture(Locale.forLanguageTag("ru"));
        scene = SupplierScreenData.show(fx, stage, suppliers);
    }

    @Test
    void theListTheCardAndTheTabsSpeakRussian(FxRobot robot) {
        waitUntil(() -> rowIndex(robot, "Alpha") >= 0);
        assertThat(label(robot, "#totalLabel").getText()).isEqualTo("Поставщиков: 5");
        robot.interact(() -> table(robot).getSelectionModel().select(rowIndex(robot, "Alpha")));
        waitUntil(() -> field(robot, "#nameField").getText().equals("Alpha"));
        assertThat(label(robot, "#formTitle").getText()).isEqualTo("Поставщик «Alpha»");
        assertThat(button(robot, "#archiveButton").getText()).isEqualTo("В архив");
        Snapshots.save(scene, "suppliers-card-ru");
        robot.clickOn(tabHeader(robot, 1));
        waitUntil(() -> !robot.lookup("#offersTable").queryAs(TableView.class).getItems().isEmpty());
        Snapshots.save(scene, "suppliers-offers-ru");
        robot.clickOn(tabHeader(robot, 2));
        waitUntil(() -> !robot.lookup("#stockTable").queryAs(TableView.class).getItems().isEmpty());
        Snapshots.save(scene, "suppliers-stock-ru");
        robot.clickOn(tabHeader(robot, 3));
        waitUntil(() -> !robot.lookup("#salesTable").queryAs(TableView.class).getItems().isEmpty());
        Snapshots.save(scene, "suppliers-sales-ru");
    }

    @Test
    void badInputIsRefusedInRussian(FxRobot robot) {
        waitUntil(() -> rowIndex(robot, "Alpha") >= 0);
        long before = db.count("SELECT count(*) FROM provider");
        robot.clickOn("#newButton");
        robot.clickOn("#nameField").write("Ошибка");
        robot.clickOn("#innField").write("77070838");
        waitUntil(() -> label(robot, "#innError").getText().startsWith("ИНН — 10 цифр"));
        robot.clickOn("#kppField").write("7736");
        waitUntil(() -> label(robot, "#kppError").getText().startsWith("КПП — 9 знаков"));
        robot.clickOn("#emailField").write("почта@");
        waitUntil(() -> label(robot, "#emailError").getText().startsWith("Адрес почты"));
        assertThat(button(robot, "#saveButton").isDisabled()).isTrue();
        Snapshots.save(scene, "suppliers-bad-input-ru");
        assertThat(db.count("SELECT count(*) FROM provider")).isEqualTo(before);
    }

    @Test
    void aDuplicateNameNamesTheProviderInRussian(FxRobot robot) {
        waitUntil(() -> rowIndex(robot, "Alpha") >= 0);
        robot.clickOn("#newButton");
        robot.clickOn("#nameField").write("alpha");
        robot.clickOn("#saveButton");
        waitUntil(() -> label(robot, "#nameError").getText().equals("Это название уже у поставщика «Alpha»."));
        Snapshots.save(scene, "suppliers-duplicate-ru");
    }
}
