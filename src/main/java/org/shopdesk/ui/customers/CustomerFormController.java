package org.shopdesk.ui.customers;

import java.math.BigDecimal;
import java.time.Instant;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.shopdesk.domain.party.CustomerCheckRow;
import org.shopdesk.domain.party.CustomerDetails;
import org.shopdesk.domain.party.CustomerTotals;
import org.shopdesk.service.party.CustomerRules;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.FormView;
import org.shopdesk.ui.kit.PagedTable;
import org.shopdesk.ui.kit.Pager;
import org.shopdesk.ui.kit.UiContext;

/** Binds the customer form (CustomerForm.fxml, included by the Customers screen) to its view model. */
public final class CustomerFormController {
    private static final PagedTable.Texts HISTORY_TEXTS = new PagedTable.Texts("customer-checks",
            "customer.checks.loading", "customer.checks.empty", "customer.checks.total");

    private final CustomerFormViewModel form;
    private final UiContext ui;

    @FXML private TabPane tabs;
    @FXML private Tab detailsTab;
    @FXML private Label formTitle;
    @FXML private VBox fields;
    @FXML private VBox duplicateBox;
    @FXML private Label duplicateLabel;
    @FXML private Button openExistingButton;
    @FXML private TextField firstNameField;
    @FXML private TextField lastNameField;
    @FXML private TextField phoneField;
    @FXML private TextField emailField;
    @FXML private TextArea otherPhonesField;
    @FXML private TextArea otherEmailsField;
    @FXML private TextArea notesField;
    @FXML private Label firstNameError;
    @FXML private Label lastNameError;
    @FXML private Label phoneError;
    @FXML private Label emailError;
    @FXML private Label otherPhonesError;
    @FXML private Label otherEmailsError;
    @FXML private Label notesError;
    @FXML private Label auditLabel;
    @FXML private Label formMessage;
    @FXML private Button reloadButton;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button archiveButton;
    @FXML private Button deleteButton;
    @FXML private Button eraseButton;
    @FXML private Label totalsLabel;
    @FXML private TableView<CustomerCheckRow> historyTable;
    @FXML private TableColumn<CustomerCheckRow, Instant> historyDateColumn;
    @FXML private TableColumn<CustomerCheckRow, String> historyProviderColumn;
    @FXML private TableColumn<CustomerCheckRow, String> historyKindColumn;
    @FXML private TableColumn<CustomerCheckRow, BigDecimal> historyTotalColumn;
    @FXML private Pager historyPager;

    public CustomerFormController(CustomerFormViewModel form, UiContext ui) {
        this.form = form;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        firstNameField.textProperty().bindBidirectional(form.firstNameProperty());
        lastNameField.textProperty().bindBidirectional(form.lastNameProperty());
        phoneField.textProperty().bindBidirectional(form.phoneProperty());
        emailField.textProperty().bindBidirectional(form.emailProperty());
        otherPhonesField.textProperty().bindBidirectional(form.otherPhonesProperty());
        otherEmailsField.textProperty().bindBidirectional(form.otherEmailsProperty());
        notesField.textProperty().bindBidirectional(form.notesProperty());
        for (TextArea area : new TextArea[] {otherPhonesField, otherEmailsField, notesField}) {
            tabMovesOn(area);
        }

        FormView.of(form.state())
                .field(firstNameField, firstNameError, CustomerRules.FIRST_NAME)
                .field(lastNameField, lastNameError, CustomerRules.LAST_NAME)
                .field(phoneField, phoneError, CustomerRules.PHONE)
                .field(emailField, emailError, CustomerRules.EMAIL)
                .field(otherPhonesField, otherPhonesError, CustomerRules.OTHER_PHONES)
                .field(otherEmailsField, otherEmailsError, CustomerRules.OTHER_EMAILS)
                .field(notesField, notesError, CustomerRules.NOTES)
                .message(formMessage)
                .buttons(saveButton, revertButton, reloadButton);
        fields.disableProperty().bind(form.editable().not());

        duplicateBox.visibleProperty().bind(form.duplicateOwnerProperty().isNotNull());
        duplicateBox.managedProperty().bind(duplicateBox.visibleProperty());
        duplicateLabel.textProperty().bind(Bindings.createStringBinding(() -> form.duplicateOwnerProperty().get() == null
                ? "" : ui.messages().get("customer.duplicate.owner", form.duplicateOwnerProperty().get().name()),
                form.duplicateOwnerProperty()));

        formTitle.textProperty().bind(form.record().map(c -> ui.messages().get("customer.form.edit", form.displayName(c)),
                ui.messages().get("customer.form.new")));
        auditLabel.textProperty().bind(form.record().map(this::audit, ""));
        archiveButton.textProperty().bind(form.record().map(
                c -> ui.messages().get(c.archived() ? "customer.unarchive" : "customer.archive"),
                ui.messages().get("customer.archive")));
        archiveButton.disableProperty().bind(form.canChange().not());
        eraseButton.disableProperty().bind(form.canChange().not());
        deleteButton.disableProperty().bind(form.canDelete().not());
        bindHistory();
    }

    private void bindHistory() {
        Columns cells = new Columns(ui.formats());
        cells.dateTime(historyDateColumn, CustomerCheckRow::purchasedAt);
        cells.longText(historyProviderColumn, CustomerCheckRow::provider);
        cells.text(historyKindColumn, r -> ui.messages().get("customer.checks.kind." + r.kind().name()));
        cells.money(historyTotalColumn, CustomerCheckRow::total);
        PagedTable.bind(historyTable, historyPager, form.history(), ui, HISTORY_TEXTS).fill(historyProviderColumn);
        totalsLabel.textProperty().bind(form.record().map(c -> totals(c.totals()), ui.messages().get("customer.checks.none")));
    }

    private String totals(CustomerTotals t) {
        if (t.checks() == 0) {
            return ui.messages().get("customer.checks.none");
        }
        return ui.messages().get("customer.checks.totals", t.sales(), ui.formats().money(t.salesTotal()), t.returns(),
                ui.formats().money(t.returnsTotal()), ui.formats().money(t.netRevenue()),
                ui.formats().dateTime(t.lastPurchase()));
    }

    /**
     * In the form's text areas Tab goes on to the next field as in every other field (Enter makes a
     * new line): a text area moves the focus on Ctrl+Tab, so Tab is handed on as that.
     */
    private static void tabMovesOn(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false, false));
            }
        });
    }

    /** Puts the cursor in the first field: for a new customer, or Enter in the list. */
    void focusFirstField() {
        tabs.getSelectionModel().select(detailsTab);
        firstNameField.requestFocus();
    }

    private String audit(CustomerDetails c) {
        if (c.erased()) {
            return ui.messages().get("customer.erasedAudit", ui.formats().dateTime(c.erasedAt()), c.erasedBy());
        }
        String text = ui.messages().get("customer.audit", ui.formats().dateTime(c.createdAt()), c.createdBy(),
                ui.formats().dateTime(c.updatedAt()), c.updatedBy());
        if (!c.sharedPhones().isEmpty()) {
            text = text + " " + ui.messages().get("customer.sharedPhones", String.join(", ", c.sharedPhones()));
        }
        return c.archived() ? ui.messages().get("customer.isArchived") + " " + text : text;
    }

    @FXML
    void save() {
        if (form.state().canSave().get()) {
            form.save();
        }
    }

    @FXML
    private void revert() {
        form.record().revert();
    }

    @FXML
    private void reload() {
        form.record().reload();
    }

    @FXML
    private void openExisting() {
        form.openDuplicateOwner();
    }

    @FXML
    private void toggleArchived() {
        form.toggleArchived();
    }

    @FXML
    private void delete() {
        form.delete();
    }

    @FXML
    private void erase() {
        form.erase();
    }
}
