package org.shopdesk.ui.catalogue;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.shopdesk.domain.catalogue.ProductDetails;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.ui.kit.UiContext;

/** Binds the product form (ProductForm.fxml, included by the Catalogue) to its view model. */
public final class ProductFormController {
    private final ProductFormViewModel form;
    private final UiContext ui;
    private final ValidationSupport validation = new ValidationSupport();

    @FXML private Label formTitle;
    @FXML private TextField skuField;
    @FXML private TextField eanField;
    @FXML private TextField titleField;
    @FXML private TextArea descriptionField;
    @FXML private SearchableComboBox<NamedItem> categoryField;
    @FXML private SearchableComboBox<NamedItem> producerField;
    @FXML private Label skuError;
    @FXML private Label eanError;
    @FXML private Label titleError;
    @FXML private Label descriptionError;
    @FXML private Label categoryError;
    @FXML private Label producerError;
    @FXML private Label auditLabel;
    @FXML private Label formMessage;
    @FXML private Button reloadButton;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button archiveButton;

    public ProductFormController(ProductFormViewModel form, UiContext ui) {
        this.form = form;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        // SKUs are upper case; show them so while typing rather than surprise the clerk on save.
        skuField.setTextFormatter(new TextFormatter<String>(change -> {
            change.setText(change.getText().toUpperCase(Locale.ROOT));
            return change;
        }));
        skuField.textProperty().bindBidirectional(form.skuProperty());
        eanField.textProperty().bindBidirectional(form.eanProperty());
        titleField.textProperty().bindBidirectional(form.titleProperty());
        descriptionField.textProperty().bindBidirectional(form.descriptionProperty());
        categoryField.valueProperty().bindBidirectional(form.categoryProperty());
        producerField.valueProperty().bindBidirectional(form.producerProperty());

        showProblem(skuField, skuError, ProductFormViewModel.SKU);
        showProblem(eanField, eanError, ProductFormViewModel.EAN);
        showProblem(titleField, titleError, ProductFormViewModel.TITLE);
        showProblem(descriptionField, descriptionError, ProductFormViewModel.DESCRIPTION);
        showProblem(categoryField, categoryError, ProductFormViewModel.CATEGORY);
        showProblem(producerField, producerError, ProductFormViewModel.PRODUCER);
        form.problems().addListener((MapChangeListener<String, String>) c -> validation.revalidate());

        formTitle.textProperty().bind(form.record().map(p -> ui.messages().get("product.form.edit", p.sku()),
                ui.messages().get("product.form.new")));
        auditLabel.textProperty().bind(form.record().map(this::audit, ""));
        formMessage.textProperty().bind(form.messageProperty());
        form.messageIsErrorProperty().subscribe(error ->
                formMessage.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), error));
        reloadButton.visibleProperty().bind(form.state().conflictProperty());
        reloadButton.managedProperty().bind(reloadButton.visibleProperty());
        archiveButton.textProperty().bind(form.record().map(
                p -> ui.messages().get(p.archived() ? "product.unarchive" : "product.archive"),
                ui.messages().get("product.archive")));
        archiveButton.disableProperty().bind(form.canArchive().not());
        revertButton.disableProperty().bind(form.dirtyProperty().not());
        saveButton.disableProperty().bind(form.state().canSave().not());
    }

    /** The pickers offer the same categories and producers as the list's filters. */
    void useLists(ObservableList<NamedItem> categories, ObservableList<NamedItem> producers) {
        categoryField.setItems(categories);
        producerField.setItems(producers);
    }

    /** Puts the cursor in the first field: for a new product, or Enter in the list. */
    void focusFirstField() {
        (form.record().get() == null ? skuField : titleField).requestFocus();
    }

    /** A field's problem shows twice: ControlsFX's mark on the field and the words under it. */
    private void showProblem(Control field, Label label, String name) {
        label.textProperty().bind(Bindings.createStringBinding(() -> form.problem(name).orElse(""), form.problems()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        validation.registerValidator(field, false, (Control c, Object value) ->
                ValidationResult.fromErrorIf(c, form.problem(name).orElse(""), form.problem(name).isPresent()));
    }

    private String audit(ProductDetails p) {
        String text = ui.messages().get("product.audit", ui.formats().dateTime(p.createdAt()), p.createdBy(),
                ui.formats().dateTime(p.updatedAt()), p.updatedBy());
        return p.archived() ? ui.messages().get("product.isArchived") + " " + text : text;
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
    private void toggleArchived() {
        form.toggleArchived();
    }
}
