package org.shopdesk.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.catalogue.ProductRow;
import org.shopdesk.domain.catalogue.ProductSort;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.kit.PagedList;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.kit.UiSettings;

/** The Catalogue's view models without a toolkit: tasks run inline, over a real database. */
class CatalogueViewModelTest {
    static TestDatabase db;
    static CatalogueService catalogue;
    static NamedItem tools;
    static NamedItem maker;
    static NamedItem misc;
    static NamedItem other;

    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
    final List<Throwable> unhandled = new ArrayList<>();
    TaskRunner tasks;
    ErrorPresenter errors;
    UiContext ui;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        catalogue = db.backend().catalogue();
        tools = catalogue.createCategory("Tools");
        NamedItem garden = catalogue.createCategory("Garden");
        maker = catalogue.createProducer("Maker");
        // What the form tests create goes here, so the list tests can filter it out.
        misc = catalogue.createCategory("Misc");
        other = catalogue.createProducer("Other");
        for (int i = 0; i < 250; i++) {
            catalogue.saveProduct(new ProductDraft(null, null, String.format("T-%03d", i), null, "Tool " + i, null,
                    i < 200 ? tools.id() : garden.id(), maker.id()));
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void runner() {
        tasks = TaskRunner.inline(unhandled::add);
        errors = new ErrorPresenter(messages, dialogs, "log");
        ui = UiContext.of(messages, tasks, dialogs, errors, null, UiSettings.inMemory());
    }

    @Test
    void pagesAndStartsAgainWhenAFilterChanges() {
        CatalogueViewModel catalogueVm = new CatalogueViewModel(catalogue, ui);
        PagedList<ProductRow, ProductSort> vm = catalogueVm.list();
        catalogueVm.producerProperty().set(maker);
        assertThat(vm.totalProperty().get()).isEqualTo(250);
        assertThat(vm.pageCountProperty().get()).isEqualTo(3);
        assertThat(vm.rows()).hasSize(CatalogueViewModel.PAGE_SIZE);
        vm.lastPage();
        assertThat(vm.pageProperty().get()).isEqualTo(2);
        assertThat(vm.rows()).hasSize(50);
        vm.nextPage();
        assertThat(vm.pageProperty().get()).isEqualTo(2);

        catalogueVm.categoryProperty().set(tools);
        assertThat(vm.pageProperty().get()).isZero();
        assertThat(vm.totalProperty().get()).isEqualTo(200);

        int loads = vm.loadsProperty().get();
        vm.sortBy(ProductSort.SKU, true); // one header click: order and direction together
        assertThat(vm.loadsProperty().get()).isEqualTo(loads + 1);
        assertThat(vm.rows().get(0).sku()).isEqualTo("T-199");

        vm.searchTextProperty().set("tool 19");
        vm.restart();
        assertThat(vm.rows()).extracting(ProductRow::title).contains("Tool 19", "Tool 190").hasSize(11);
        assertThat(unhandled).isEmpty();
    }

    @Test
    void formRefusesBadInputBeforeTheDatabaseAndShowsWhy() {
        ProductFormViewModel form = new ProductFormViewModel(catalogue, ui);
        form.newProduct();
        assertThat(form.problems()).isEmpty(); // nothing shouted at an untouched form
        form.titleProperty().set("Hammer");
        form.save();
        assertThat(form.problems()).containsEntry("sku", "Fill in this field.")
                .containsKeys("category", "producer").doesNotContainKey("title");
        assertThat(form.messageProperty().get()).isEqualTo("Not saved: fix the highlighted fields.");
        assertThat(form.messageIsErrorProperty().get()).isTrue();
        assertThat(db.count("SELECT count(*) FROM products WHERE title = 'Hammer'")).isZero();
    }

    @Test
    void formSavesAndReportsWhatTheDatabaseRefused() {
        ProductFormViewModel form = new ProductFormViewModel(catalogue, ui);
        boolean[] saved = {false};
        form.setOnSaved(() -> saved[0] = true);
        form.newProduct();
        form.skuProperty().set("t-000");
        form.titleProperty().set("Copy of tool 0");
        form.categoryProperty().set(misc);
        form.producerProperty().set(other);
        form.save();
        assertThat(form.problems()).containsEntry("sku", "Another product already has SKU T-000.");
        assertThat(saved[0]).isFalse();

        form.skuProperty().set("HM-1");
        assertThat(form.problems()).doesNotContainKey("sku");
        form.save();
        assertThat(saved[0]).isTrue();
        assertThat(form.record().get().sku()).isEqualTo("HM-1");
        assertThat(form.dirtyProperty().get()).isFalse();
        assertThat(form.messageProperty().get()).isEqualTo("Saved: Copy of tool 0");
    }

    @Test
    void keepsUnsavedChangesUnlessTheUserAgreesToDropThem() {
        ProductFormViewModel form = new ProductFormViewModel(catalogue, ui);
        long first = catalogue.findProducts(org.shopdesk.domain.catalogue.ProductQuery.firstPage(2)).items().get(0).id();
        long second = catalogue.findProducts(org.shopdesk.domain.catalogue.ProductQuery.firstPage(2)).items().get(1).id();
        form.open(first);
        form.titleProperty().set("Changed but not saved");
        dialogs.answer = false;
        form.open(second);
        assertThat(form.record().get().id()).isEqualTo(first);
        assertThat(form.titleProperty().get()).isEqualTo("Changed but not saved");
        dialogs.answer = true;
        form.open(second);
        assertThat(form.record().get().id()).isEqualTo(second);
    }

    @Test
    void aStaleEditIsRefusedWithAPlainMessage() {
        ProductFormViewModel form = new ProductFormViewModel(catalogue, ui);
        long id = catalogue.findProducts(org.shopdesk.domain.catalogue.ProductQuery.firstPage(1)).items().get(0).id();
        form.open(id);
        var current = catalogue.product(id);
        catalogue.saveProduct(new ProductDraft(id, current.version(), current.sku(), null, current.title() + " (2)",
                null, current.categoryId(), current.producerId()));
        form.titleProperty().set("Mine");
        form.save();
        assertThat(form.messageProperty().get()).startsWith("Someone else changed this record");
        assertThat(catalogue.product(id).title()).endsWith("(2)");
    }

    @Test
    void categoriesInUseAreNotDeletedAndTheUserIsToldWhy() {
        NamedItemsWindow window = new NamedItemsWindow(catalogue, ui, () -> null);
        NamedItemsViewModel vm = window.viewModel(NamedItemsWindow.Kind.CATEGORIES);
        vm.load();
        vm.selectedProperty().set(vm.items().stream().filter(i -> i.name().equals("Tools")).findFirst().orElseThrow());
        vm.delete();
        assertThat(dialogs.shown).last().asString().isEqualTo("Tools is used by 200 product(s) and cannot be deleted.");
        dialogs.text = "Spare parts";
        vm.add();
        assertThat(vm.items()).extracting(NamedItem::name).contains("Spare parts");
        dialogs.text = "tools";
        vm.add();
        assertThat(dialogs.shown).last().asString().isEqualTo("The name tools is already taken.");
    }
}
