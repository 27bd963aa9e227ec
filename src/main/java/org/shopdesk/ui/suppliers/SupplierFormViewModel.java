package org.shopdesk.ui.suppliers;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.collections.ObservableMap;
import org.shopdesk.domain.common.AlreadyTakenException;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.SavedButNotReplicatedException;
import org.shopdesk.domain.party.ProviderDetails;
import org.shopdesk.domain.party.ProviderDraft;
import org.shopdesk.service.suppliers.ProviderRules;
import org.shopdesk.service.suppliers.SupplierService;
import org.shopdesk.ui.kit.FormState;
import org.shopdesk.ui.kit.LoadedRecord;
import org.shopdesk.ui.kit.UiContext;

/**
 * The provider's card: a new provider or the one picked in the list. The service's rules are
 * checked as the user types (through {@link FormState}); what the database still refuses comes
 * back onto its field. A name or INN another provider has names that provider, and the card
 * offers to open it. A provider with history is archived; one without can be deleted.
 */
public final class SupplierFormViewModel {
    private final SupplierService suppliers;
    private final UiContext ui;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty legalName = new SimpleStringProperty("");
    private final StringProperty inn = new SimpleStringProperty("");
    private final StringProperty kpp = new SimpleStringProperty("");
    private final StringProperty contactPerson = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty phone = new SimpleStringProperty("");
    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty website = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final LoadedRecord<ProviderDetails> loaded;
    /** The provider that has the name or INN just refused, to offer opening it. */
    private final ReadOnlyObjectWrapper<NamedItem> taken = new ReadOnlyObjectWrapper<>();
    private final FormState<ProviderDraft> state;
    private Runnable onSaved = () -> { };
    private static final FormState.Sentences SAYS = new FormState.Sentences("supplier.saved", "supplier.archive.title",
            "supplier.archive.confirm", "supplier.archived", "supplier.unarchived");
    private final FormState.Shown<ProviderDetails> shown = new FormState.Shown<>(this::fill, ProviderDetails::name,
            () -> onSaved.run());

    public SupplierFormViewModel(SupplierService suppliers, UiContext ui) {
        this.suppliers = suppliers;
        this.ui = ui;
        loaded = new LoadedRecord<>(ui.tasks(), suppliers::provider, ProviderDetails::id, this::fill);
        state = new FormState<>(ui.tasks(), ui.messages(), ui.dialogs(), ui.errors(), this::draft,
                ProviderRules::check, ProviderRules::normalise)
                .watch(name, ProviderRules.NAME).watch(legalName, ProviderRules.LEGAL_NAME)
                .watch(inn, ProviderRules.INN).watch(kpp, ProviderRules.KPP)
                .watch(contactPerson, ProviderRules.CONTACT_PERSON).watch(email, ProviderRules.EMAIL)
                .watch(phone, ProviderRules.PHONE).watch(address, ProviderRules.ADDRESS)
                .watch(website, ProviderRules.WEBSITE).watch(notes, ProviderRules.NOTES);
        name.addListener(o -> taken.set(null));
        inn.addListener(o -> taken.set(null));
        fill(null);
    }

    /** Called after every save, archive or delete, so the list can show the change. */
    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** An empty card, unless the user keeps unsaved changes; true if the card is now empty. */
    public boolean newProvider() {
        if (!state.confirmDiscard()) {
            return false;
        }
        fill(null);
        return true;
    }

    /** Opens the provider that has the refused name or INN, if the user lets go of this card. */
    public void openTaken() {
        NamedItem owner = taken.get();
        if (owner != null && state.confirmDiscard()) {
            loaded.show(owner.id());
        }
    }

    public void save() {
        ProviderDraft draft = draft();
        state.save(SAYS, () -> suppliers.saveProvider(draft), shown, this::handled);
    }

    /** Archives the provider (asking first) or brings it back. */
    public void toggleArchived() {
        ProviderDetails p = loaded.get();
        if (p != null) {
            boolean archive = !p.archived();
            state.archive(SAYS, archive, p.name(), () -> suppliers.setArchived(p.id(), p.version(), archive), shown,
                    this::handled);
        }
    }

    /** Deletes a provider without history (asking first); the card is then empty. */
    public void delete() {
        ProviderDetails p = loaded.get();
        if (p == null || !ui.dialogs().confirm(ui.messages().get("supplier.delete.title"),
                ui.messages().get("supplier.delete.confirm", p.name()))) {
            return;
        }
        state.write(() -> {
            suppliers.deleteProvider(p.id(), p.version());
            return p;
        }, gone -> {
            fill(null);
            state.say(ui.messages().get("supplier.deleted", gone.name()), false);
            onSaved.run();
        }, e -> false);
    }

    public boolean confirmDiscard() {
        return state.confirmDiscard();
    }

    /** Failures the card answers itself; the rest (rules, conflict) the form state answers. */
    private boolean handled(Throwable e) {
        if (e instanceof AlreadyTakenException t) {
            taken.set(new NamedItem(t.ownerId(), t.ownerName(), 0, 0));
            return false;
        }
        if (e instanceof SavedButNotReplicatedException s && s.saved() instanceof ProviderDetails saved) {
            fill(saved);
            state.say(ui.messages().get("supplier.savedNotReplicated", saved.name()), true);
            onSaved.run();
            return true;
        }
        return false;
    }

    private void fill(ProviderDetails p) {
        taken.set(null);
        state.reset(() -> {
            loaded.set(p);
            name.set(p == null ? "" : p.name());
            legalName.set(text(p, ProviderDetails::legalName));
            inn.set(text(p, ProviderDetails::inn));
            kpp.set(text(p, ProviderDetails::kpp));
            contactPerson.set(text(p, ProviderDetails::contactPerson));
            email.set(text(p, ProviderDetails::email));
            phone.set(text(p, ProviderDetails::phone));
            address.set(text(p, ProviderDetails::address));
            website.set(text(p, ProviderDetails::website));
            notes.set(text(p, ProviderDetails::notes));
        });
    }

    private static String text(ProviderDetails p, Function<ProviderDetails, String> field) {
        String value = p == null ? null : field.apply(p);
        return value == null ? "" : value;
    }

    ProviderDraft draft() {
        ProviderDetails p = loaded.get();
        return new ProviderDraft(p == null ? null : p.id(), p == null ? null : p.version(), name.get(), legalName.get(),
                inn.get(), kpp.get(), contactPerson.get(), email.get(), phone.get(), address.get(), website.get(),
                notes.get());
    }

    public Optional<String> problem(String field) {
        return state.problem(field);
    }

    /** Archive or restore: a saved provider, while nothing is being saved. */
    public BooleanBinding canArchive() {
        return Bindings.createBooleanBinding(() -> loaded.get() != null && !state.savingProperty().get(),
                loaded.property(), state.savingProperty());
    }

    /** Delete: only a saved provider without prices, stock or sales. */
    public BooleanBinding canDelete() {
        return Bindings.createBooleanBinding(() -> loaded.get() != null && !loaded.get().hasHistory()
                && !state.savingProperty().get(), loaded.property(), state.savingProperty());
    }

    /** The saved record the form shows: open, revert, reload, and its values for labels. */
    public LoadedRecord<ProviderDetails> record() {
        return loaded;
    }

    public FormState<ProviderDraft> state() {
        return state;
    }

    public ObservableMap<String, String> problems() {
        return state.problems();
    }

    public ReadOnlyObjectProperty<NamedItem> takenProperty() {
        return taken.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty legalNameProperty() {
        return legalName;
    }

    public StringProperty innProperty() {
        return inn;
    }

    public StringProperty kppProperty() {
        return kpp;
    }

    public StringProperty contactPersonProperty() {
        return contactPerson;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty websiteProperty() {
        return website;
    }

    public StringProperty notesProperty() {
        return notes;
    }
}
