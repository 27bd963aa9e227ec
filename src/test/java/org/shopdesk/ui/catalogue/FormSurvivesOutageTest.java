package org.shopdesk.ui.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.catalogue.CatalogueStore;
import org.shopdesk.data.catalogue.ProductQueries;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.service.common.IdempotentWrite;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.kit.UiSettings;

/** The database goes away in the middle of an edit: the form keeps what the clerk typed. */
class FormSurvivesOutageTest {

    @Test
    void anUnsavedFormSurvivesTheDatabaseGoingAwayAndSavesOnceItIsBack() {
        try (TestDatabase db = TestDatabase.create()) {
            NamedItem category = db.backend().catalogue().createCategory("Tools");
            NamedItem producer = db.backend().catalogue().createProducer("Maker");
            // A four-second retry window instead of fifteen, so the outage is reported quickly; it
            // still lets the save after the outage step over connections the server has closed and
            // open new ones on a loaded machine (one second was seen too short at load 15-20).
            CatalogueService catalogue = new CatalogueService(new Transactions(db.backend().dataSource(), db.backend().sessionFactory()),
                    new CatalogueStore(), new ProductQueries(), new IdempotentWrite(new IdempotentWrite.Policy(
                            java.time.Duration.ofSeconds(4), java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(300))));
            Messages messages = Messages.forLocale(Locale.ENGLISH);
            ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
            ProductFormViewModel form = new ProductFormViewModel(catalogue, UiContext.of(messages, TaskRunner.inline(e -> { }),
                    dialogs, new ErrorPresenter(messages, dialogs, "log"), null, UiSettings.inMemory()));
            form.newProduct();
            form.skuProperty().set("DRILL-1");
            form.titleProperty().set("Cordless drill");
            form.categoryProperty().set(category);
            form.producerProperty().set(producer);

            TestDatabase.admin("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS false");
            TestDatabase.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db.name() + "'");
            form.save();
            assertThat(form.messageProperty().get()).startsWith("Not saved. The database cannot be reached right now.");
            assertThat(form.skuProperty().get()).isEqualTo("DRILL-1");
            assertThat(form.titleProperty().get()).isEqualTo("Cordless drill");
            assertThat(form.dirtyProperty().get()).isTrue();

            TestDatabase.admin("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS true");
            form.save();
            assertThat(form.messageProperty().get()).isEqualTo("Saved: Cordless drill");
            assertThat(db.count("SELECT count(*) FROM products WHERE sku = 'DRILL-1'")).isEqualTo(1);
        }
    }
}
