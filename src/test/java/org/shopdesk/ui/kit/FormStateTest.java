package org.shopdesk.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.catalogue.ProductRow;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.catalogue.CatalogueViewModel;
import org.shopdesk.ui.catalogue.ProductFormViewModel;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;

/** Form state in the Catalogue's form, without a toolkit, over a real database. */
class FormStateTest {
    static TestDatabase db;
    static CatalogueService catalogue;
    static NamedItem tools;
    static NamedItem maker;

    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
    final ErrorPresenter errors = new ErrorPresenter(messages, dialogs, "log");
    final List<Throwable> unhandled = new ArrayList<>();

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        catalogue = db.backend().catalogue();
        tools = catalogue.createCategory("Tools");
        maker = catalogue.createProducer("Maker");
        for (int i = 0; i < 5; i++) {
            catalogue.saveProduct(new ProductDraft(null, null, "F-" + i, null, "Form item " + i, null, tools.id(),
                    maker.id()));
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private UiContext ui(TaskRunner tasks) {
        return UiContext.of(messages, tasks, dialogs, errors, null, UiSettings.inMemory());
    }

    @Test
    void savePressedTwiceMakesOneSave() {
        // Background work waits in a queue until the test runs it: the second press comes while the first save runs.
        Deque<Runnable> queued = new ArrayDeque<>();
        TaskRunner tasks = new TaskRunner(queued::add, Runnable::run, unhandled::add);
        ProductFormViewModel form = new ProductFormViewModel(catalogue, ui(tasks));
        form.skuProperty().set("TWICE-1");
        form.titleProperty().set("Pressed twice");
        form.categoryProperty().set(tools);
        form.producerProperty().set(maker);
        assertThat(form.state().canSave().get()).isTrue();

        form.save();
        assertThat(form.state().savingProperty().get()).isTrue();
        assertThat(form.state().canSave().get()).as("Save is disabled while saving").isFalse();
        form.save();
        assertThat(queued).as("one save sent").hasSize(1);
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
        assertThat(db.count("SELECT count(*) FROM products WHERE sku = 'TWICE-1'")).isEqualTo(1);
        assertThat(form.messageProperty().get()).isEqualTo("Saved: Pressed twice");
        assertThat(form.state().savingProperty().get()).isFalse();
        assertThat(form.state().canSave().get()).as("nothing left to save").isFalse();
        assertThat(unhandled).isEmpty();
    }

    @Test
    void archiveAsksFirstThenSaysWhatItDid() {
        ProductFormViewModel form = new ProductFormViewModel(catalogue, ui(TaskRunner.inline(unhandled::add)));
        long id = catalogue.saveProduct(new ProductDraft(null, null, "ARCH-1", null, "Archive me", null, tools.id(),
                maker.id())).id();
        int[] refreshed = {0};
        form.setOnSaved(() -> refreshed[0]++);
        form.open(id);

        dialogs.answer = false;
        form.toggleArchived();
        assertThat(dialogs.shown).last().asString().startsWith("Archive Archive me?");
        assertThat(db.count("SELECT count(*) FROM products WHERE archived AND id = " + id)).as("a no writes nothing").isZero();
        assertThat(refreshed[0]).isZero();

        dialogs.answer = true;
        form.toggleArchived();
        assertThat(db.count("SELECT count(*) FROM products WHERE archived AND id = " + id)).isOne();
        assertThat(form.messageProperty().get()).isEqualTo("Archived: Archive me");
        assertThat(form.record().get().archived()).isTrue();
        assertThat(refreshed[0]).isOne();

        int asked = dialogs.shown.size();
        form.toggleArchived();
        assertThat(dialogs.shown).as("bringing back asks nothing").hasSize(asked);
        assertThat(db.count("SELECT count(*) FROM products WHERE NOT archived AND id = " + id)).isOne();
        assertThat(form.messageProperty().get()).isEqualTo("Back in the catalogue: Archive me");
        assertThat(refreshed[0]).isEqualTo(2);
        assertThat(unhandled).isEmpty();
    }

    @Test
    void dirtyComparesTheNormalisedDraft() {
        ProductFormViewModel form = new ProductFormViewModel(catalogue, ui(TaskRunner.inline(unhandled::add)));
        long id = catalogue.findProducts(org.shopdesk.domain.catalogue.ProductQuery.firstPage(1)).items().get(0).id();
        form.open(id);
        String title = form.titleProperty().get();
        form.titleProperty().set("  " + title + " ");
        assertThat(form.dirtyProperty().get()).as("spaces the save would strip").isFalse();
        form.skuProperty().set(form.skuProperty().get().toLowerCase(Locale.ROOT));
        assertThat(form.dirtyProperty().get()).as("a SKU is saved in upper case").isFalse();
        form.titleProperty().set(title + "!");
        assertThat(form.dirtyProperty().get()).isTrue();
        form.titleProperty().set(title);
        assertThat(form.dirtyProperty().get()).as("back as loaded").isFalse();
    }

    @Test
    void decliningToDiscardKeepsTheListOnTheProductTheFormShows() {
        UiContext ui = ui(TaskRunner.inline(unhandled::add));
        CatalogueViewModel catalogueVm = new CatalogueViewModel(catalogue, ui);
        ProductFormViewModel form = new ProductFormViewModel(catalogue, ui);
        catalogueVm.attach(form);
        catalogueVm.load();
        PagedList<ProductRow, ?> list = catalogueVm.list();
        ProductRow first = list.rows().get(0);
        ProductRow second = list.rows().get(1);

        assertThat(list.select(first)).isTrue();
        assertThat(form.record().get().id()).isEqualTo(first.id());
        form.titleProperty().set("Edited, not saved");

        dialogs.answer = false;
        assertThat(list.select(second)).isFalse();
        assertThat(list.selectedProperty().get().id()).as("the list stays on the form's product").isEqualTo(first.id());
        assertThat(form.record().get().id()).isEqualTo(first.id());
        assertThat(form.titleProperty().get()).isEqualTo("Edited, not saved");

        dialogs.answer = true;
        assertThat(list.select(second)).isTrue();
        assertThat(form.record().get().id()).isEqualTo(second.id());
        assertThat(list.selectedProperty().get().id()).isEqualTo(second.id());

        // A new product saved from the form becomes the list's selection too.
        assertThat(catalogueVm.newProduct(form)).isTrue();
        assertThat(list.selectedProperty().get()).isNull();
        form.skuProperty().set("F-NEW");
        form.titleProperty().set("Form item new");
        form.categoryProperty().set(tools);
        form.producerProperty().set(maker);
        form.save();
        assertThat(list.selectedProperty().get().sku()).isEqualTo("F-NEW");
        assertThat(list.selectedProperty().get().id()).isEqualTo(form.record().get().id());
    }

    @Test
    void aConcurrentChangeOffersReload() {
        ProductFormViewModel form = new ProductFormViewModel(catalogue, ui(TaskRunner.inline(unhandled::add)));
        long id = catalogue.findProducts(org.shopdesk.domain.catalogue.ProductQuery.firstPage(5)).items().get(4).id();
        form.open(id);
        var current = catalogue.product(id);
        catalogue.saveProduct(new ProductDraft(id, current.version(), current.sku(), null, current.title() + " (theirs)",
                null, current.categoryId(), current.producerId()));
        form.titleProperty().set("Mine");
        form.save();
        assertThat(form.state().conflictProperty().get()).isTrue();
        assertThat(form.messageProperty().get()).startsWith("Someone else changed this record");
        form.record().reload();
        assertThat(form.titleProperty().get()).endsWith("(theirs)");
        assertThat(form.state().conflictProperty().get()).isFalse();
        assertThat(form.dirtyProperty().get()).isFalse();
    }
}
