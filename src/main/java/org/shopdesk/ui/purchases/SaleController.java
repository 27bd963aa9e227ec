package org.shopdesk.ui.purchases;

import java.math.BigDecimal;
import javafx.animation.PauseTransition;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.util.Duration;
import org.shopdesk.domain.purchasing.CustomerChoice;
import org.shopdesk.domain.purchasing.Offer;
import org.shopdesk.domain.purchasing.ProductOffers;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.Placeholders;
import org.shopdesk.ui.customers.CustomerFormViewModel;
import org.shopdesk.ui.kit.FormView;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.service.party.CustomerRules;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.VBox;
import org.shopdesk.ui.kit.UiContext;

/**
 * The sale, all of it from the keyboard: F2 customer, F3 product (a scanner's code and Enter adds
 * the line and leaves the focus there for the next scan), Down and Enter through products and
 * offers, F4 quantity, Ctrl+Delete remove, Ctrl+S save, Ctrl+N new sale, Ctrl+P take new prices,
 * Ctrl+R receipt.
 */
public final class SaleController {
    public static final KeyCombination CUSTOMER = new KeyCodeCombination(KeyCode.F2);
    public static final KeyCombination PRODUCT = new KeyCodeCombination(KeyCode.F3);
    public static final KeyCombination QUANTITY = new KeyCodeCombination(KeyCode.F4);
    public static final KeyCombination REMOVE = new KeyCodeCombination(KeyCode.DELETE, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEW_PRICES = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEW_CUSTOMER = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    public static final KeyCombination RECEIPT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final SaleViewModel sale;
    private final UiContext ui;
    private final PauseTransition customerPause = new PauseTransition(Duration.millis(250));
    private boolean choosing;

    @FXML private BorderPane root;
    @FXML private SplitPane split;
    @FXML private TextField customerField;
    @FXML private Label customerChosen;
    @FXML private ListView<CustomerChoice> customerList;
    @FXML private TextField productField;
    @FXML private ListView<ProductOffers> productList;
    @FXML private TableView<Offer> offerTable;
    @FXML private TableColumn<Offer, String> offerProviderColumn;
    @FXML private TableColumn<Offer, BigDecimal> offerPriceColumn;
    @FXML private TableColumn<Offer, Number> offerStockColumn;
    @FXML private TableView<SaleViewModel.Line> lineTable;
    @FXML private TableColumn<SaleViewModel.Line, String> lineProductColumn;
    @FXML private TableColumn<SaleViewModel.Line, String> lineProviderColumn;
    @FXML private TableColumn<SaleViewModel.Line, BigDecimal> linePriceColumn;
    @FXML private TableColumn<SaleViewModel.Line, Number> lineQuantityColumn;
    @FXML private TableColumn<SaleViewModel.Line, BigDecimal> lineSumColumn;
    @FXML private TextField quantityField;
    @FXML private Label saleTotal;
    @FXML private Label saleMessage;
    @FXML private Button saveButton;
    @FXML private Button newPricesButton;
    @FXML private Button receiptButton;
    @FXML private Hyperlink newCustomerLink;
    @FXML private VBox newCustomerPane;
    @FXML private TextField newFirstName;
    @FXML private TextField newLastName;
    @FXML private TextField newPhone;
    @FXML private TextField newEmail;
    @FXML private Label newFirstNameError;
    @FXML private Label newLastNameError;
    @FXML private Label newPhoneError;
    @FXML private Label newEmailError;
    @FXML private Label newCustomerMessage;
    @FXML private Button newCustomerSave;
    private NewCustomerViewModel newCustomer;

    public SaleController(SaleViewModel sale, UiContext ui) {
        this.sale = sale;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        bindCustomer();
        bindProducts();
        bindBasket();
        saleMessage.textProperty().bind(sale.messageProperty());
        sale.problemProperty().subscribe(p -> saleMessage.pseudoClassStateChanged(PROBLEM, p));
        saveButton.disableProperty().bind(sale.savingProperty());
        newPricesButton.visibleProperty().bind(sale.newPricesProperty());
        newPricesButton.managedProperty().bind(sale.newPricesProperty());
        receiptButton.disableProperty().bind(sale.receiptsReadyProperty().not());
        Shortcuts.on(root)
                .add(CUSTOMER, () -> focus(customerField))
                .add(PRODUCT, () -> focus(productField))
                .add(QUANTITY, this::focusQuantity)
                .add(REMOVE, this::removeLine)
                .add(Shortcuts.SAVE, this::save)
                .add(Shortcuts.NEW, this::newSale)
                .add(NEW_PRICES, this::takeNewPrices)
                .add(RECEIPT, this::openReceipts);
        if (newCustomer != null) {
            bindNewCustomer();
        } else {
            newCustomerLink.setVisible(false);
            newCustomerLink.setManaged(false);
        }
        SplitPane.setResizableWithParent(split.getItems().get(0), false);
    }

    private void bindCustomer() {
        customerList.setItems(sale.customers());
        // The matches take room only while there are some.
        customerList.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(sale.customers()));
        customerList.managedProperty().bind(customerList.visibleProperty());
        customerList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(CustomerChoice c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : describe(c));
            }
        });
        customerPause.setOnFinished(e -> sale.searchCustomers(customerField.getText()));
        customerField.textProperty().addListener((o, before, after) -> {
            if (!choosing) {
                customerPause.playFromStart();
            }
        });
        customerField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !customerList.getItems().isEmpty()) {
                customerList.requestFocus();
                customerList.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        customerField.setOnAction(e -> {
            CustomerChoice c = customerList.getSelectionModel().getSelectedItem();
            chooseCustomer(c != null ? c : customerList.getItems().isEmpty() ? null : customerList.getItems().get(0));
        });
        customerList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                chooseCustomer(customerList.getSelectionModel().getSelectedItem());
            }
        });
        customerList.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                chooseCustomer(customerList.getSelectionModel().getSelectedItem());
            }
        });
        sale.customerProperty().subscribe(c -> {
            customerChosen.setText(c == null ? ui.messages().get("purchase.sale.noCustomer")
                    : ui.messages().get("purchase.sale.customerIs", describe(c)));
            if (c == null) {
                // A new sale (or a saved one): the field starts empty for the next customer.
                choosing = true;
                customerField.clear();
                choosing = false;
            }
        });
    }

    private String describe(CustomerChoice c) {
        StringBuilder b = new StringBuilder(c.fullName());
        if (c.email() != null) {
            b.append(" · ").append(c.email());
        }
        if (c.phone() != null) {
            b.append(" · ").append(c.phone());
        }
        return b.toString();
    }

    private void chooseCustomer(CustomerChoice c) {
        if (c == null) {
            return;
        }
        choosing = true;
        customerPause.stop();
        customerField.setText(c.fullName());
        choosing = false;
        sale.chooseCustomer(c);
        focus(productField);
    }

    private void bindProducts() {
        productList.setItems(sale.products());
        productList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(ProductOffers p, boolean empty) {
                super.updateItem(p, empty);
                setText(empty || p == null ? null : p.sku() + " — " + p.title() + (p.offers().isEmpty()
                        ? " (" + ui.messages().get("purchase.sale.noOffers") + ")" : ""));
            }
        });
        productList.getSelectionModel().selectedItemProperty().addListener((o, before, after) -> {
            if (after != null) {
                sale.productProperty().set(after);
            }
        });
        sale.productProperty().subscribe(p -> {
            if (p != null && productList.getSelectionModel().getSelectedItem() != p) {
                productList.getSelectionModel().select(p);
            }
            offerTable.getSelectionModel().selectFirst();
        });
        // Enter: a scanned code goes straight to a line and the field is free for the next scan at
        // once; a fragment lists products (the text stays, to be refined).
        productField.setOnAction(e -> {
            String text = productField.getText();
            boolean code = text != null && !text.isBlank() && !text.strip().contains(" ");
            if (code) {
                productField.clear();
            }
            sale.enterProduct(text, () -> {
                if (productField.getText().isEmpty()) {
                    productField.setText(text);
                    productField.positionCaret(text.length());
                }
            });
        });
        productField.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !productList.getItems().isEmpty()) {
                productList.requestFocus();
                if (productList.getSelectionModel().isEmpty()) {
                    productList.getSelectionModel().selectFirst();
                }
                e.consume();
            }
        });
        productList.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !offerTable.getItems().isEmpty()) {
                offerTable.requestFocus();
                offerTable.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        Columns cells = new Columns(ui.formats());
        offerTable.setItems(sale.offers());
        cells.text(offerProviderColumn, Offer::provider);
        cells.money(offerPriceColumn, Offer::price);
        cells.integer(offerStockColumn, Offer::available);
        Placeholders.set(offerTable, ui, "purchase.sale.offers.none");
        Columns.fill(offerTable, offerProviderColumn);
        offerTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                addOffer();
                e.consume();
            }
        });
        offerTable.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                addOffer();
            }
        });
    }

    private void addOffer() {
        ProductOffers p = sale.productProperty().get();
        Offer o = offerTable.getSelectionModel().getSelectedItem();
        if (p != null && o != null) {
            sale.add(p, o);
            lineTable.getSelectionModel().selectLast();
            focus(productField);
        }
    }

    private void bindBasket() {
        Columns cells = new Columns(ui.formats());
        lineTable.setItems(sale.lines());
        cells.longText(lineProductColumn, l -> l.sku() + " — " + l.title());
        cells.text(lineProviderColumn, SaleViewModel.Line::provider);
        cells.money(linePriceColumn, SaleViewModel.Line::price);
        cells.integer(lineQuantityColumn, SaleViewModel.Line::quantity);
        cells.money(lineSumColumn, SaleViewModel.Line::sum);
        Placeholders.set(lineTable, ui, "purchase.sale.basket.empty");
        Columns.fill(lineTable, lineProductColumn);
        lineTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                removeLine();
            }
        });
        lineTable.getSelectionModel().selectedItemProperty().addListener((o, before, after) ->
                quantityField.setText(after == null ? "" : Integer.toString(after.quantity())));
        quantityField.setOnAction(e -> {
            int index = lineTable.getSelectionModel().getSelectedIndex();
            if (sale.setQuantity(index, quantityField.getText())) {
                lineTable.getSelectionModel().select(index);
                focus(productField);
            }
        });
        sale.totalProperty().subscribe(t -> saleTotal.setText(ui.formats().money(t)));
    }

    private void focusQuantity() {
        if (lineTable.getSelectionModel().isEmpty()) {
            lineTable.getSelectionModel().selectLast();
        }
        focus(quantityField);
    }

    private static void focus(TextField field) {
        field.requestFocus();
        field.selectAll();
    }

    @FXML
    private void removeLine() {
        int index = lineTable.getSelectionModel().getSelectedIndex();
        sale.remove(index);
        if (!sale.lines().isEmpty()) {
            lineTable.getSelectionModel().select(Math.min(index, sale.lines().size() - 1));
        }
    }

    @FXML
    private void save() {
        sale.save();
    }

    @FXML
    private void newSale() {
        sale.newSale();
        choosing = true;
        customerField.clear();
        productField.clear();
        choosing = false;
        focus(customerField);
    }

    @FXML
    private void takeNewPrices() {
        if (sale.newPricesProperty().get()) {
            sale.takeNewPrices();
        }
    }

    @FXML
    private void openReceipts() {
        sale.openReceipts();
    }

    /** Where the clerk starts: the customer field. */
    void focusStart() {
        focus(customerField);
    }

    /** The sale with the inline "new customer" pane (the Customers form's view model and rules). */
    public SaleController withNewCustomer(NewCustomerViewModel newCustomer) {
        this.newCustomer = newCustomer;
        return this;
    }

    private void bindNewCustomer() {
        CustomerFormViewModel form = newCustomer.form();
        newFirstName.textProperty().bindBidirectional(form.firstNameProperty());
        newLastName.textProperty().bindBidirectional(form.lastNameProperty());
        newPhone.textProperty().bindBidirectional(form.phoneProperty());
        newEmail.textProperty().bindBidirectional(form.emailProperty());
        FormView.of(form.state())
                .field(newFirstName, newFirstNameError, CustomerRules.FIRST_NAME)
                .field(newLastName, newLastNameError, CustomerRules.LAST_NAME)
                .field(newPhone, newPhoneError, CustomerRules.PHONE)
                .field(newEmail, newEmailError, CustomerRules.EMAIL)
                .message(newCustomerMessage);
        newCustomerSave.disableProperty().bind(form.state().canSave().not());
        newCustomerPane.visibleProperty().bind(newCustomer.openProperty());
        newCustomerPane.managedProperty().bind(newCustomer.openProperty());
        newCustomer.openProperty().subscribe((before, after) -> {
            if (after) {
                newFirstName.requestFocus();
            } else if (before) {
                productField.requestFocus();
            }
        });
        Shortcuts.on(root).add(NEW_CUSTOMER, this::newCustomer);
        newCustomerLink.setText(ui.messages().get("purchase.sale.newCustomer"));
    }

    @FXML
    private void newCustomer() {
        newCustomer.start(sale.customerProperty().get() == null ? customerField.getText() : "");
    }

    @FXML
    private void saveNewCustomer() {
        newCustomer.save();
    }

    @FXML
    private void cancelNewCustomer() {
        newCustomer.cancel();
        customerField.requestFocus();
    }
}
