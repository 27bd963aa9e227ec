package org.shopdesk.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.controlsfx.control.SearchableComboBox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.catalogue.ProductRow;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real Catalogue screen over a real database, headless, as a clerk would. */
@ExtendWith(ApplicationExtension.class)
class CatalogueScreenTest {
    static TestDatabase db;
    static CatalogueService catalogue;
    static NamedItem phones;
    static NamedItem acme;

    ScreenFixture fx;
    Scene scene;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        catalogue = db.backend().catalogue();
        phones = catalogue.createCategory("Phones");
        catalogue.createCategory("Laptops");
        acme = catalogue.createProducer("Acme");
        catalogue.createProducer("Globex");
        catalogue.saveProduct(new ProductDraft(null, null, "GAL-A54", null, "Galaxy A54 128 GB", null,
                phones.id(), acme.id()));
        catalogue.saveProduct(new ProductDraft(null, null, "GAL-S24", null, "Galaxy S24 256 GB", null,
                phones.id(), acme.id()));
        catalogue.saveProduct(new ProductDraft(null, null, "MOU-185", null, "Wireless Mouse M185", null,
                phones.id(), acme.id()));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        fx = new ScreenFixture(Locale.ENGLISH);
        CatalogueViewModel list = new CatalogueViewModel(catalogue, fx.ui);
        ProductFormViewModel form = new ProductFormViewModel(catalogue, fx.ui);
        NamedItemsWindow named = new NamedItemsWindow(catalogue, fx.ui, () -> stage);
        scene = fx.show(stage, fx.views.load(CatalogueController.class,
                new CatalogueController(list, form, fx.ui, named), new ProductFormController(form, fx.ui)).root());
    }

    @Test
    void searchesAsYouType(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() >= 3);
        robot.clickOn("#search").write("galaxy");
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(table(robot).getItems()).extracting(ProductRow::sku).containsExactly("GAL-A54", "GAL-S24");
        Snapshots.save(scene, "catalogue-search-en");
    }

    @Test
    void createsAndEditsAProduct(FxRobot robot) {
        waitUntil(() -> !table(robot).getItems().isEmpty() && !categories(robot).getItems().isEmpty());
        robot.clickOn("#newButton");
        robot.clickOn("#skuField").write("kb-100");
        robot.clickOn("#titleField").write("Keyboard K100");
        robot.interact(() -> {
            pick(robot.lookup("#categoryField").queryAs(SearchableComboBox.class), "Laptops");
            pick(robot.lookup("#producerField").queryAs(SearchableComboBox.class), "Globex");
        });
        robot.clickOn("#saveButton");
        waitUntil(() -> db.count("SELECT count(*) FROM products WHERE sku = 'KB-100'") == 1);
        waitUntil(() -> label(robot, "#formMessage").getText().startsWith("Saved"));
        Snapshots.save(scene, "catalogue-created-en");

        robot.doubleClickOn("#titleField").eraseText(20).write("Keyboard K100 Pro");
        robot.clickOn("#saveButton");
        waitUntil(() -> db.count("SELECT count(*) FROM products WHERE title = 'Keyboard K100 Pro'") == 1);
        assertThat(db.count("SELECT version FROM products WHERE sku = 'KB-100'")).isEqualTo(1);
    }

    @Test
    void refusesBadInputWithAMessageAndSavesNothing(FxRobot robot) {
        waitUntil(() -> !categories(robot).getItems().isEmpty());
        long before = db.count("SELECT count(*) FROM products");
        robot.clickOn("#newButton");
        robot.clickOn("#skuField").write("EMPTY-TITLE");
        robot.interact(() -> {
            pick(robot.lookup("#categoryField").queryAs(SearchableComboBox.class), "Phones");
            pick(robot.lookup("#producerField").queryAs(SearchableComboBox.class), "Acme");
        });
        robot.clickOn("#saveButton");
        waitUntil(() -> label(robot, "#titleError").getText().equals("Fill in this field."));
        assertThat(label(robot, "#formMessage").getText()).isEqualTo("Not saved: fix the highlighted fields.");
        Snapshots.save(scene, "catalogue-empty-title-en");

        // Pasted rather than typed: 101 key presses add half a minute and test nothing more.
        robot.interact(() -> field(robot, "#titleField").setText("x".repeat(101)));
        waitUntil(() -> label(robot, "#titleError").getText().startsWith("Too long: at most 100 characters (now 101)"));
        robot.clickOn("#saveButton");

        robot.doubleClickOn("#titleField").eraseText(101).write("Duplicate");
        robot.doubleClickOn("#skuField").eraseText(20).write("gal-a54");
        robot.clickOn("#saveButton");
        waitUntil(() -> label(robot, "#skuError").getText().equals("Another product already has SKU GAL-A54."));
        Snapshots.save(scene, "catalogue-duplicate-sku-en");
        assertThat(db.count("SELECT count(*) FROM products")).isEqualTo(before);
    }

    @SuppressWarnings("unchecked")
    static void pick(SearchableComboBox<?> box, String name) {
        SearchableComboBox<NamedItem> b = (SearchableComboBox<NamedItem>) box;
        b.setValue(b.getItems().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow());
    }

    @SuppressWarnings("unchecked")
    static TableView<ProductRow> table(FxRobot robot) {
        return robot.lookup("#table").queryAs(TableView.class);
    }

    @SuppressWarnings("unchecked")
    static SearchableComboBox<NamedItem> categories(FxRobot robot) {
        return robot.lookup("#categoryField").queryAs(SearchableComboBox.class);
    }

    static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    static TextField field(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TextField.class);
    }
}
