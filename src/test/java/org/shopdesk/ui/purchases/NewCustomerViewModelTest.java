package org.shopdesk.ui.purchases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.app.Backend;
import org.shopdesk.domain.party.CustomerDraft;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.customers.CustomerFormViewModel;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.kit.UiSettings;

/** A customer created from the sale, toolkit-free: the Customers rules refuse, a good one becomes the sale's. */
class NewCustomerViewModelTest {
    static TestDatabase db;
    static Backend backend;

    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
    final List<Throwable> unhandled = new ArrayList<>();

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        backend = db.backend();
        backend.customers().saveCustomer(CustomerDraft.of("Анна", "Петрова", "anna@example.ru", "+79161234567"));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void badInputIsRefusedAtTheFieldAndAGoodCustomerBecomesTheSalesCustomer() {
        UiContext ui = UiContext.of(messages, TaskRunner.inline(unhandled::add), dialogs,
                new ErrorPresenter(messages, dialogs, "log"), null, UiSettings.inMemory());
        SaleViewModel sale = new SaleViewModel(backend.sales(), backend.saleLookup(), backend.receipts(), ui);
        CustomerFormViewModel form = new CustomerFormViewModel(backend.customers(), ui);
        NewCustomerViewModel vm = new NewCustomerViewModel(form, sale);
        long before = db.count("SELECT count(*) FROM customer");

        // What the clerk typed in the customer field is carried over: here an e-mail.
        vm.start("oleg@example");
        assertThat(vm.openProperty().get()).isTrue();
        assertThat(form.emailProperty().get()).isEqualTo("oleg@example");
        form.firstNameProperty().set("Олег");
        assertThat(form.problem("email")).isPresent();
        assertThat(form.state().canSave().get()).isFalse();

        // Someone else's phone: the database's rule, told in words, nothing saved, the sale unchanged.
        form.emailProperty().set("oleg@example.ru");
        form.phoneProperty().set("+7 916 123-45-67");
        vm.save();
        assertThat(db.count("SELECT count(*) FROM customer")).isEqualTo(before);
        assertThat(sale.customerProperty().get()).isNull();
        assertThat(vm.openProperty().get()).isTrue();

        form.phoneProperty().set("+7 903 555-44-33");
        vm.save();
        assertThat(db.count("SELECT count(*) FROM customer")).isEqualTo(before + 1);
        assertThat(vm.openProperty().get()).isFalse();
        assertThat(sale.customerProperty().get()).isNotNull();
        assertThat(sale.customerProperty().get().id())
                .isEqualTo(db.count("SELECT max(id) FROM customer"));
        assertThat(sale.customerProperty().get().fullName()).isEqualTo("Олег");

        // A second one starts empty (a typed name is split into first and last).
        vm.start("Ivan Sidorov");
        assertThat(form.firstNameProperty().get()).isEqualTo("Ivan");
        assertThat(form.lastNameProperty().get()).isEqualTo("Sidorov");
        assertThat(form.emailProperty().get()).isEmpty();
        vm.cancel();
        assertThat(vm.openProperty().get()).isFalse();
        assertThat(db.count("SELECT count(*) FROM customer")).isEqualTo(before + 1);
        assertThat(unhandled).isEmpty();
    }
}
