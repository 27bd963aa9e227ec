package org.shopdesk.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shopdesk.ui.catalogue.CatalogueScreenTest.categories;
import static org.shopdesk.ui.catalogue.CatalogueScreenTest.label;
import static org.shopdesk.ui.catalogue.CatalogueScreenTest.pick;
import static org.shopdesk.ui.catalogue.CatalogueScreenTest.table;
import static org.shopdesk.ui.catalogue.CatalogueScreenTest.waitUntil;

import java.util.Locale;
import javafx.scene.Scene;
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

/** The Catalogue in Russian: the list with Cyrillic titles, and a refusal in the user's language. */
@ExtendWith(ApplicationExtension.class)
class CatalogueScreenRuTest {
    static TestDatabase db;
    static CatalogueService catalogue;

    ScreenFixture fx;
    Scene scene;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        catalogue = db.backend().catalogue();
        NamedItem phones = catalogue.createCategory("Смартфоны");
        NamedItem maker = catalogue.createProducer("Самсунг");
        catalogue.saveProduct(new ProductDraft(null, null, "GAL-A54", null, "Смартфон Galaxy A54 128 ГБ", null,
                phones.id(), maker.id()));
        catalogue.saveProduct(new ProductDraft(null, null, "GAL-S24", null, "Смартфон Galaxy S24 256 ГБ", null,
                phones.id(), maker.id()));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        fx = new ScreenFixture(Locale.forLanguageTag("ru"));
        CatalogueViewModel list = new CatalogueViewModel(catalogue, fx.ui);
        ProductFormViewModel form = new ProductFormViewModel(catalogue, fx.ui);
        NamedItemsWindow named = new NamedItemsWindow(catalogue, fx.ui, () -> stage);
        scene = fx.show(stage, fx.views.load(CatalogueController.class,
                new CatalogueController(list, form, fx.ui, named), new ProductFormController(form, fx.ui)).root());
    }

    @Test
    void listsAndRefusesInRussian(FxRobot robot) {
        waitUntil(() -> table(robot).getItems().size() == 2);
        assertThat(table(robot).getItems()).extracting(ProductRow::title)
                .containsExactly("Смартфон Galaxy A54 128 ГБ", "Смартфон Galaxy S24 256 ГБ");
        Snapshots.save(scene, "catalogue-list-ru");

        waitUntil(() -> !categories(robot).getItems().isEmpty());
        long before = db.count("SELECT count(*) FROM products");
        robot.clickOn("#newButton");
        robot.clickOn("#skuField").write("EMPTY-TITLE");
        robot.interact(() -> {
            pick(robot.lookup("#categoryField").queryAs(SearchableComboBox.class), "Смартфоны");
            pick(robot.lookup("#producerField").queryAs(SearchableComboBox.class), "Самсунг");
        });
        robot.clickOn("#saveButton");
        waitUntil(() -> label(robot, "#titleError").getText().equals(fx.messages.get("validation.required")));
        assertThat(label(robot, "#formMessage").getText()).isEqualTo(fx.messages.get("form.fixFields"))
                .isNotEqualTo("Not saved: fix the highlighted fields.");
        assertThat(db.count("SELECT count(*) FROM products")).isEqualTo(before);
        Snapshots.save(scene, "catalogue-empty-title-ru");
    }
}
