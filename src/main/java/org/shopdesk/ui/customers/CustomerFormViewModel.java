package org.shopdesk.ui.customers;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableMap;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.common.SavedButNotReplicatedException;
import org.shopdesk.domain.party.CustomerCheckRow;
import org.shopdesk.domain.party.CustomerDetails;
import org.shopdesk.domain.party.CustomerDraft;
import org.shopdesk.domain.party.DuplicateContactException;
import org.shopdesk.service.party.CustomerRules;
import org.shopdesk.service.party.CustomerService;
import org.shopdesk.ui.kit.FormState;
import org.shopdesk.ui.kit.LoadedRecord;
import org.shopdesk.ui.kit.PagedList;
import org.shopdesk.ui.kit.UiContext;

/**
 * The customer form: a new customer or the one picked in the list, its checks, and what may be
 * done to it (archive, delete while it has no history, erase its personal data). The service's
 * rules are checked as the clerk types; an e-mail or phone someone else has comes back naming that
 * customer, with the way to open it instead of making the person twice.
 */
public final class CustomerFormViewModel {
    public static final int HISTORY_PAGE_SIZE = 50;

    /** Whose e-mail or phone the clerk typed: the customer to open instead. */
    public record Owner(long id, String name) {
    }

    private final CustomerService customers;
    private final UiContext ui;

    private final StringProperty firstName = new SimpleStringProperty("");
    private final StringProperty lastName = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty otherEmails = new SimpleStringProperty("");
    private final StringProperty otherPhones = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final LoadedRecord<CustomerDetails> loaded;
    private final ReadOnlyObjectWrapper<Owner> duplicateOwner = new ReadOnlyObjectWrapper<>();
    private final FormState<CustomerDraft> state;
    private final PagedList<CustomerCheckRow, String> history;
    private Runnable onSaved = () -> { };
    private static final FormState.Sentences SAYS = new FormState.Sentences("customer.saved", "customer.archive.title",
            "customer.archive.confirm", "customer.archived", "customer.unarchived");
    private final FormState.Shown<CustomerDetails> shown = new FormState.Shown<>(this::fill, this::displayName,
            () -> onSaved.run());
    /** Whose checks the history shows: set on the JavaFX thread, read by the load in the background. */
    private volatile Long historyOf;

    public CustomerFormViewModel(CustomerService customers, UiContext ui) {
        this.customers = customers;
        this.ui = ui;
        loaded = new LoadedRecord<>(ui.tasks(), customers::customer, CustomerDetails::id, this::fill);
        state = new FormState<>(ui.tasks(), ui.messages(), ui.dialogs(), ui.errors(), this::draft,
                CustomerRules::check, CustomerRules::normalise)
                .watch(firstName, CustomerRules.FIRST_NAME).watch(lastName, CustomerRules.LAST_NAME)
                .watch(email, CustomerRules.EMAIL).watch(phone, CustomerRules.PHONE)
                .watch(otherEmails, CustomerRules.OTHER_EMAILS).watch(otherPhones, CustomerRules.OTHER_PHONES)
                .watch(notes, CustomerRules.NOTES);
        // Editing the contact that clashed makes the offer to open its owner stale.
        for (StringProperty p : List.of(email, phone, otherEmails, otherPhones)) {
            p.addListener((o, before, after) -> duplicateOwner.set(null));
        }
        history = new PagedList<>(ui.tasks(), ui.errors(), HISTORY_PAGE_SIZE, "date", CustomerCheckRow::id,
                (r, cancellation) -> {
                    Long id = historyOf;
                    return id == null ? new Page<>(List.of(), 0, 0, r.limit())
                            : customers.history(id, r.offset() / r.limit(), r.limit(), cancellation).checks();
                });
        fill(null);
    }

    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** An empty form, unless the user keeps unsaved changes; true if the form is now empty. */
    public boolean newCustomer() {
        if (!state.confirmDiscard()) {
            return false;
        }
        fill(null);
        return true;
    }

    /** "Open the existing customer": the one whose e-mail or phone was typed, if the clerk lets go of the draft. */
    public void openDuplicateOwner() {
        Owner owner = duplicateOwner.get();
        if (owner != null && state.confirmDiscard()) {
            loaded.show(owner.id());
        }
    }

    public void save() {
        CustomerDraft draft = draft();
        state.save(SAYS, () -> customers.saveCustomer(draft), shown, this::handled);
    }

    /** Archives the customer (asking first) or brings them back; an erased customer stays as they are. */
    public void toggleArchived() {
        CustomerDetails c = loaded.get();
        if (c != null && !c.erased()) {
            boolean archive = !c.archived();
            state.archive(SAYS, archive, displayName(c), () -> customers.setArchived(c.id(), c.version(), archive), shown,
                    this::handled);
        }
    }

    /** Deletes a customer who never bought anything; one with checks is archived instead. */
    public void delete() {
        CustomerDetails c = loaded.get();
        if (c == null || c.hasHistory() || !ui.dialogs().confirm(ui.messages().get("customer.delete.title"),
                ui.messages().get("customer.delete.confirm", displayName(c)))) {
            return;
        }
        state.write(() -> {
            customers.delete(c.id(), c.version());
            return c;
        }, gone -> {
            fill(null);
            state.say(ui.messages().get("customer.deleted", displayName(gone)), false);
            onSaved.run();
        }, this::handled);
    }

    /**
     * Erases the customer's personal data (152-FZ / GDPR) after asking twice: the second question
     * says plainly that it cannot be undone. The checks and every figure stay.
     */
    public void erase() {
        CustomerDetails c = loaded.get();
        if (c == null || c.erased()) {
            return;
        }
        String name = displayName(c);
        if (!ui.dialogs().confirm(ui.messages().get("customer.erase.title"), ui.messages().get("customer.erase.confirm", name))
                || !ui.dialogs().confirm(ui.messages().get("customer.erase.title"),
                        ui.messages().get("customer.erase.confirmAgain", name))) {
            return;
        }
        state.write(() -> customers.erase(c.id(), c.version()), erased -> {
            fill(erased);
            // The name is gone from the database; it is not repeated on the screen either.
            state.say(ui.messages().get("customer.erasedDone", erased.id()), false);
            onSaved.run();
        }, this::handled);
    }

    public boolean confirmDiscard() {
        return state.confirmDiscard();
    }

    /** A duplicate names its owner for the "open" offer (and still shows on its field); a save not replicated is told plainly. */
    private boolean handled(Throwable e) {
        if (e instanceof DuplicateContactException d) {
            duplicateOwner.set(new Owner(d.ownerId(), d.ownerName()));
            return false;
        }
        if (e instanceof SavedButNotReplicatedException s && s.saved() instanceof CustomerDetails saved) {
            fill(saved);
            state.say(ui.messages().get("customer.savedNotReplicated", displayName(saved)), true);
            onSaved.run();
            return true;
        }
        return false;
    }

    private void fill(CustomerDetails c) {
        state.reset(() -> {
            loaded.set(c);
            firstName.set(c == null || c.erased() ? "" : c.firstName());
            lastName.set(c == null || c.lastName() == null ? "" : c.lastName());
            email.set(c == null || c.email() == null ? "" : c.email());
            phone.set(c == null || c.phone() == null ? "" : c.phone());
            otherEmails.set(c == null ? "" : String.join("\n", c.otherEmails()));
            otherPhones.set(c == null ? "" : String.join("\n", c.otherPhones()));
            notes.set(c == null || c.notes() == null ? "" : c.notes());
        });
        duplicateOwner.set(null);
        historyOf = c == null ? null : c.id();
        history.restart();
    }

    CustomerDraft draft() {
        CustomerDetails c = loaded.get();
        return new CustomerDraft(c == null ? null : c.id(), c == null ? null : c.version(), firstName.get(),
                lastName.get(), email.get(), phone.get(), lines(otherEmails.get()), lines(otherPhones.get()), notes.get());
    }

    /** More e-mails or phones: one a line (commas and semicolons also separate them). */
    static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("[\\n;,]")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
    }

    /** The name a clerk knows the customer by; an erased one is only its number. */
    public String displayName(CustomerDetails c) {
        if (c.erased()) {
            return ui.messages().get("customer.erasedName", c.id());
        }
        return c.lastName() == null ? c.firstName() : c.firstName() + " " + c.lastName();
    }

    public Optional<String> problem(String field) {
        return state.problem(field);
    }

    public BooleanBinding canChange() {
        return Bindings.createBooleanBinding(() -> loaded.get() != null && !loaded.get().erased()
                && !state.savingProperty().get(), loaded.property(), state.savingProperty());
    }

    public BooleanBinding canDelete() {
        return Bindings.createBooleanBinding(() -> loaded.get() != null && !loaded.get().hasHistory()
                && !state.savingProperty().get(), loaded.property(), state.savingProperty());
    }

    public BooleanBinding editable() {
        return Bindings.createBooleanBinding(() -> loaded.get() == null || !loaded.get().erased(), loaded.property());
    }

    /** The saved record the form shows: open, revert, reload, and its values for labels. */
    public LoadedRecord<CustomerDetails> record() {
        return loaded;
    }

    public FormState<CustomerDraft> state() {
        return state;
    }

    public PagedList<CustomerCheckRow, String> history() {
        return history;
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty otherEmailsProperty() {
        return otherEmails;
    }

    public StringProperty otherPhonesProperty() {
        return otherPhones;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ReadOnlyObjectProperty<Owner> duplicateOwnerProperty() {
        return duplicateOwner.getReadOnlyProperty();
    }

    public ObservableMap<String, String> problems() {
        return state.problems();
    }
}
