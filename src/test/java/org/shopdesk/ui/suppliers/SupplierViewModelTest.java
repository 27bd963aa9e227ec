package org.shopdesk.ui.suppliers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.party.ProviderDetails;
import org.shopdesk.domain.party.ProviderDraft;
import org.shopdesk.domain.party.ProviderRow;
import org.shopdesk.domain.party.ProviderStatus;
import org.shopdesk.service.suppliers.ProviderRules;
import org.shopdesk.service.suppliers.SupplierService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.kit.UiSettings;

/** The Suppliers view models without a toolkit: tasks run inline, over a real database. */
class SupplierViewModelTest {
    static TestDatabase db;
    static SupplierService suppliers;

    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
    final List<Throwable> unhandled = new ArrayList<>();
    UiContext ui;

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

    @BeforeEach
    void runner() {
        TaskRunner tasks = TaskRunner.inline(unhandled::add);
        ui = UiContext.of(messages, tasks, dialogs, new ErrorPresenter(messages, dialogs, "log"), null,
                UiSettings.inMemory());
    }

    @Test
    void theStatusFilterStartsTheListAgainAndTheTabsFollowTheCard() {
        SupplierListViewModel list = new SupplierListViewModel(suppliers, ui);
        SupplierFormViewModel form = new SupplierFormViewModel(suppliers, ui);
        SupplierTabsViewModel tabs = new SupplierTabsViewModel(suppliers, ui);
        list.attach(form, tabs);
        list.load();
        assertThat(list.list().rows()).extracting(ProviderRow::name).contains("Alpha", "Archivable");
        list.statusProperty().set(ProviderStatus.ARCHIVED);
        assertThat(list.list().rows()).isEmpty();
        list.statusProperty().set(ProviderStatus.ACTIVE);

        ProviderRow alpha = list.list().rows().stream().filter(r -> r.name().equals("Alpha")).findFirst().orElseThrow();
        assertThat(list.list().select(alpha)).isTrue();
        assertThat(form.record().get().name()).isEqualTo("Alpha");
        // A tab loads only when looked at.
        assertThat(tabs.sales().loadsProperty().get()).isZero();
        tabs.setActive(SupplierTabsViewModel.Tab.SALES);
        assertThat(tabs.sales().rows()).hasSize(3);
        tabs.setActive(SupplierTabsViewModel.Tab.OFFERS);
        tabs.setActive(SupplierTabsViewModel.Tab.SALES);
        assertThat(tabs.sales().loadsProperty().get()).as("still up to date: no second load").isEqualTo(1);
        assertThat(form.canDelete().get()).as("Alpha has history").isFalse();
        assertThat(unhandled).isEmpty();
    }

    @Test
    void theCardChecksAsTheUserTypesAndNamesTheProviderThatHasTheName() {
        SupplierFormViewModel form = new SupplierFormViewModel(suppliers, ui);
        form.nameProperty().set("alpha");
        form.kppProperty().set("773601001");
        assertThat(form.problem(ProviderRules.KPP)).contains("Only an organisation has a KPP: enter its 10-digit INN first.");
        form.innProperty().set("7707083893");
        assertThat(form.problem(ProviderRules.KPP)).as("the INN made the KPP right").isEmpty();
        form.kppProperty().set("");
        form.innProperty().set("");
        assertThat(form.state().canSave().get()).isTrue();
        form.save();
        assertThat(form.problem(ProviderRules.NAME)).contains("Provider «Alpha» already has this name.");
        assertThat(form.takenProperty().get().name()).isEqualTo("Alpha");
        form.openTaken();
        assertThat(form.record().get().name()).isEqualTo("Alpha");
        assertThat(form.takenProperty().get()).isNull();
    }

    @Test
    void aProviderWithoutHistoryIsDeletedFromTheCard() {
        ProviderDetails lonely = suppliers.saveProvider(ProviderDraft.named("Lonely"));
        SupplierFormViewModel form = new SupplierFormViewModel(suppliers, ui);
        form.record().show(lonely.id());
        assertThat(form.canDelete().get()).isTrue();
        form.delete();
        assertThat(form.record().get()).isNull();
        assertThat(form.state().messageProperty().get()).isEqualTo("Deleted: Lonely");
        assertThat(db.count("SELECT count(*) FROM provider WHERE name = 'Lonely'")).isZero();
        assertThat(dialogs.shown).anyMatch(m -> m.startsWith("Delete «Lonely»?"));
    }

    @Test
    void theOffersAndStockTabsLeadToThePricesAndStockScreensOnTheShownProvider() {
        SupplierListViewModel list = new SupplierListViewModel(suppliers, ui);
        SupplierFormViewModel form = new SupplierFormViewModel(suppliers, ui);
        SupplierTabsViewModel tabs = new SupplierTabsViewModel(suppliers, ui);
        list.attach(form, tabs);
        List<Object> asked = new ArrayList<>();
        ui.navigator().route(org.shopdesk.ui.prices.OpenPrices.class, "nav.prices");
        ui.navigator().route(org.shopdesk.ui.stock.OpenStock.class, "nav.stock");
        ui.navigator().attach(key -> true);
        ui.navigator().handle(org.shopdesk.ui.prices.OpenPrices.class, asked::add);
        ui.navigator().handle(org.shopdesk.ui.stock.OpenStock.class, asked::add);
        assertThat(tabs.openPrices()).as("no provider shown yet").isFalse();
        assertThat(tabs.providerShownProperty().get()).isFalse();

        list.load();
        ProviderRow alpha = list.list().rows().stream().filter(r -> r.name().equals("Alpha")).findFirst().orElseThrow();
        list.list().select(alpha);
        assertThat(tabs.providerShownProperty().get()).isTrue();
        assertThat(tabs.openPrices()).isTrue();
        assertThat(tabs.openStock()).isTrue();
        assertThat(asked).containsExactly(new org.shopdesk.ui.prices.OpenPrices(alpha.id(), "Alpha"),
                new org.shopdesk.ui.stock.OpenStock(alpha.id(), "Alpha"));
        assertThat(unhandled).isEmpty();
    }
}
