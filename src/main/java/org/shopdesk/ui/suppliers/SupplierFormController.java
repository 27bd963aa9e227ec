package org.shopdesk.ui.suppliers;

import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.shopdesk.domain.party.ProviderDetails;
import org.shopdesk.service.suppliers.ProviderRules;
import org.shopdesk.ui.kit.UiContext;

/** Binds the provider's card (SupplierForm.fxml) to its view model. */
public final class SupplierFormController {
    private final SupplierFormViewModel form;
    private final UiContext ui;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private Label formTitle;
    @FXML private Label auditLabel;
    @FXML private TextField nameField;
    @FXML private TextField legalNameField;
    @FXML private TextField innField;
    @FXML private TextField kppField;
    @FXML private TextField contactPersonField;
    @FXML private TextField phoneField;
    @FXML private TextField emailField;
    @FXML private TextField websiteField;
    @FXML private TextField addressField;
    @FXML private TextArea notesField;
    @FXML private Label nameError;
    @FXML private Label legalNameError;
    @FXML private Label innError;
    @FXML private Label kppError;
    @FXML private Label contactPersonError;
    @FXML private Label phoneError;
    @FXML private Label emailError;
    @FXML private Label websiteError;
    @FXML private Label addressError;
    @FXML private Label notesError;
    @FXML private Hyperlink takenLink;
    @FXML private Label formMessage;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button reloadButton;
    @FXML private Button archiveButton;
    @FXML private Button deleteButton;

    public SupplierFormController(SupplierFormViewModel form, UiContext ui) {
        this.form = form;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        bind(nameField, nameError, form.nameProperty(), ProviderRules.NAME);
        bind(legalNameField, legalNameError, form.legalNameProperty(), ProviderRules.LEGAL_NAME);
        bind(innField, innError, form.innProperty(), ProviderRules.INN);
        bind(kppField, kppError, form.kppProperty(), ProviderRules.KPP);
        bind(contactPersonField, contactPersonError, form.contactPersonProperty(), ProviderRules.CONTACT_PERSON);
        bind(phoneField, phoneError, form.phoneProperty(), ProviderRules.PHONE);
        bind(emailField, emailError, form.emailProperty(), ProviderRules.EMAIL);
        bind(websiteField, websiteError, form.websiteProperty(), ProviderRules.WEBSITE);
        bind(addressField, addressError, form.addressProperty(), ProviderRules.ADDRESS);
        bind(notesField, notesError, form.notesProperty(), ProviderRules.NOTES);
        form.problems().addListener((MapChangeListener<String, String>) c -> validation.revalidate());

        takenLink.textProperty().bind(Bindings.createStringBinding(() -> form.takenProperty().get() == null ? ""
                : ui.messages().get("supplier.openTaken", form.takenProperty().get().name()), form.takenProperty()));
        takenLink.visibleProperty().bind(form.takenProperty().isNotNull());
        takenLink.managedProperty().bind(takenLink.visibleProperty());

        formTitle.textProperty().bind(form.record().map(p -> ui.messages().get("supplier.form.edit", p.name()),
                ui.messages().get("supplier.form.new")));
        auditLabel.textProperty().bind(form.record().map(this::audit, ""));
        formMessage.textProperty().bind(form.state().messageProperty());
        formMessage.managedProperty().bind(formMessage.textProperty().isNotEmpty());
        form.state().messageIsErrorProperty().subscribe(error ->
                formMessage.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), error));
        reloadButton.visibleProperty().bind(form.state().conflictProperty());
        reloadButton.managedProperty().bind(reloadButton.visibleProperty());
        archiveButton.textProperty().bind(form.record().map(
                p -> ui.messages().get(p.archived() ? "supplier.unarchive" : "supplier.archive"),
                ui.messages().get("supplier.archive")));
        archiveButton.disableProperty().bind(form.canArchive().not());
        // Delete only where nothing refers to the provider; with history, Archive is the way.
        deleteButton.visibleProperty().bind(form.canDelete());
        deleteButton.managedProperty().bind(deleteButton.visibleProperty());
        revertButton.disableProperty().bind(form.state().dirtyProperty().not());
        saveButton.disableProperty().bind(form.state().canSave().not());
    }

    /** A field, its problem in words under it, and ControlsFX's mark on it. */
    private void bind(TextInputControl field, Label error, StringProperty value, String name) {
        field.textProperty().bindBidirectional(value);
        error.textProperty().bind(Bindings.createStringBinding(() -> form.problem(name).orElse(""), form.problems()));
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        validation.registerValidator(field, false, (Control c, Object v) ->
                ValidationResult.fromErrorIf(c, form.problem(name).orElse(""), form.problem(name).isPresent()));
    }

    private String audit(ProviderDetails p) {
        String text = ui.messages().get("supplier.audit", ui.formats().dateTime(p.createdAt()), p.createdBy(),
                ui.formats().dateTime(p.updatedAt()), p.updatedBy());
        return p.archived() ? ui.messages().get("supplier.isArchived") + " " + text : text;
    }

    /** Puts the cursor in the first field: for a new provider, or Enter in the list. */
    void focusFirstField() {
        nameField.requestFocus();
    }

    /** The Save button, and Ctrl+S: only when there is something valid to save and no save is running. */
    @FXML
    void save() {
        if (form.state().canSave().get()) {
            form.save();
        }
    }

    @FXML
    void revert() {
        form.record().revert();
    }

    @FXML
    private void reload() {
        form.record().reload();
    }

    @FXML
    private void openTaken() {
        form.openTaken();
    }

    @FXML
    private void toggleArchived() {
        form.toggleArchived();
    }

    @FXML
    private void delete() {
        form.delete();
    }
}
