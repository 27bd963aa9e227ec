package org.shopdesk.ui.customers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.party.CustomerDetails;
import org.shopdesk.domain.party.CustomerDraft;
import org.shopdesk.domain.party.CustomerRow;
import org.shopdesk.domain.party.CustomerStatus;
import org.shopdesk.service.party.CustomerService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.kit.UiSettings;

/** The Customers view models without a toolkit: tasks run inline, over a real database. */
class CustomerViewModelTest {
    static TestDatabase db;
    static CustomerService customers;
    static CustomerDetails anna;

    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
    final List<Throwable> unhandled = new ArrayList<>();
    UiContext ui;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        customers = db.backend().customers();
        anna = customers.saveCustomer(CustomerDraft.of("Анна", "Петрова", "anna@example.ru", "+79161234567"));
        for (int i = 0; i < 120; i++) {
            customers.saveCustomer(CustomerDraft.of("Client" + i, "Bulk", null, String.format("+7903111%04d", i)));
        }
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
        dialogs.answer = true;
        dialogs.shown.clear();
    }

    @Test
    void searchesByAPhoneFragmentAndPages() {
        CustomerListViewModel list = new CustomerListViewModel(customers, ui);
        list.load();
        assertThat(list.list().totalProperty().get()).isGreaterThanOrEqualTo(121);
        list.list().searchTextProperty().set("8 (916) 123-45");
        list.list().restart();
        assertThat(list.list().rows()).extracting(CustomerRow::id).containsExactly(anna.id());
        list.list().searchTextProperty().set("903 111");
        list.list().restart();
        assertThat(list.list().totalProperty().get()).isEqualTo(120);
        assertThat(list.list().pageCountProperty().get()).isEqualTo(2);
        list.statusProperty().set(CustomerStatus.ARCHIVED);
        assertThat(list.list().rows()).isEmpty();
        assertThat(unhandled).isEmpty();
    }

    @Test
    void aDuplicatePhoneNamesItsOwnerAndOpensIt() {
        CustomerFormViewModel form = new CustomerFormViewModel(customers, ui);
        form.newCustomer();
        form.firstNameProperty().set("Анна");
        form.phoneProperty().set("8 916 123 45 67");
        form.save();
        assertThat(form.problems()).containsEntry("phone", "The phone +79161234567 belongs to Анна Петрова already.");
        assertThat(form.duplicateOwnerProperty().get()).isEqualTo(new CustomerFormViewModel.Owner(anna.id(), "Анна Петрова"));
        form.openDuplicateOwner(); // the dialogs answer yes to "discard the draft?"
        assertThat(form.record().get().id()).isEqualTo(anna.id());
        assertThat(form.emailProperty().get()).isEqualTo("anna@example.ru");
        assertThat(form.duplicateOwnerProperty().get()).isNull();
    }

    @Test
    void createsEditsAndShowsTheChecks() {
        CustomerFormViewModel form = new CustomerFormViewModel(customers, ui);
        boolean[] saved = {false};
        form.setOnSaved(() -> saved[0] = true);
        form.newCustomer();
        form.firstNameProperty().set("Иван");
        form.lastNameProperty().set("Сидоров");
        form.phoneProperty().set("8 (926) 000-11-22");
        form.otherEmailsProperty().set("ivan@home.example\nIvan@Work.Example");
        form.save();
        assertThat(saved[0]).isTrue();
        CustomerDetails c = form.record().get();
        assertThat(c.phone()).isEqualTo("+79260001122");
        assertThat(c.email()).isEqualTo("ivan@home.example");
        assertThat(c.otherEmails()).containsExactly("ivan@work.example");
        assertThat(form.state().messageProperty().get()).isEqualTo("Saved: Иван Сидоров");
        assertThat(form.history().rows()).isEmpty();

        form.lastNameProperty().set("Сидоров-Младший");
        form.save();
        assertThat(form.record().get().lastName()).isEqualTo("Сидоров-Младший");
        assertThat(form.record().get().version()).isGreaterThan(c.version());
    }

    @Test
    void erasingAsksTwiceAndArchivingKeepsTheRecord() {
        CustomerDetails c = customers.saveCustomer(CustomerDraft.of("Ольга", "Смирнова", "olga@example.ru", "+79265550000"));
        CustomerFormViewModel form = new CustomerFormViewModel(customers, ui);
        form.record().show(c.id());
        dialogs.answer = false;
        form.erase();
        assertThat(dialogs.shown).hasSize(1);
        assertThat(customers.customer(c.id()).erased()).isFalse();

        dialogs.answer = true;
        dialogs.shown.clear();
        form.erase();
        assertThat(dialogs.shown).hasSize(2);
        assertThat(dialogs.shown.get(1)).startsWith("This cannot be undone");
        CustomerDetails erased = form.record().get();
        assertThat(erased.erased()).isTrue();
        assertThat(form.firstNameProperty().get()).isEmpty();
        assertThat(form.displayName(erased)).isEqualTo("Erased customer #" + c.id());
        assertThat(form.canChange().get()).isFalse();
        assertThat(unhandled).isEmpty();
    }
}
