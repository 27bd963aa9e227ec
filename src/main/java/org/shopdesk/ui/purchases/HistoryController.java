package org.shopdesk.ui.purchases;

import java.io.File;
import java.math.BigDecimal;
import java.time.Instant;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.shopdesk.domain.purchasing.CheckDetails;
import org.shopdesk.domain.purchasing.CheckLineRow;
import org.shopdesk.domain.purchasing.CheckRow;
import org.shopdesk.domain.purchasing.CheckTotals;
import org.shopdesk.domain.purchasing.ProviderChoice;
import org.shopdesk.domain.purchasing.PurchaseKind;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.DatePickers;
import org.shopdesk.ui.kit.PagedTable;
import org.shopdesk.ui.kit.Pager;
import org.shopdesk.ui.kit.Placeholders;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.ui.kit.UiContext;

/**
 * The history of checks: filters (Enter applies a typed one), the page with the filtered set's
 * figures, and the chosen check with its lines, its receipt and a return. Ctrl+F filters,
 * Ctrl+R receipt, Ctrl+P print, Enter in the list goes to the lines.
 */
public final class HistoryController {
    public static final KeyCombination RECEIPT = new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination PRINT = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN);
    private static final PagedTable.Texts TEXTS = new PagedTable.Texts("purchaseHistory", "purchase.history.loading",
            "purchase.history.empty", "purchase.history.total");
    private static final javafx.css.PseudoClass PROBLEM = javafx.css.PseudoClass.getPseudoClass("problem");
    private static final ProviderChoice ALL = new ProviderChoice(-1, "", false);

    private final HistoryViewModel history;
    private final UiContext ui;
    private boolean loaded;

    @FXML private BorderPane root;
    @FXML private SplitPane split;
    @FXML private DatePicker fromPicker;
    @FXML private DatePicker toPicker;
    @FXML private TextField historyCustomer;
    @FXML private ComboBox<ProviderChoice> providerBox;
    @FXML private TextField historyProduct;
    @FXML private TextField clerkField;
    @FXML private ComboBox<PurchaseKind> kindBox;
    @FXML private TableView<CheckRow> table;
    @FXML private TableColumn<CheckRow, Number> numberColumn;
    @FXML private TableColumn<CheckRow, Instant> timeColumn;
    @FXML private TableColumn<CheckRow, String> kindColumn;
    @FXML private TableColumn<CheckRow, String> customerColumn;
    @FXML private TableColumn<CheckRow, String> providerColumn;
    @FXML private TableColumn<CheckRow, BigDecimal> totalColumn;
    @FXML private Pager pager;
    @FXML private Label footerLabel;
    @FXML private Label detailTitle;
    @FXML private Label detailParties;
    @FXML private TableView<CheckLineRow> detailTable;
    @FXML private TableColumn<CheckLineRow, String> detailProductColumn;
    @FXML private TableColumn<CheckLineRow, Number> detailQuantityColumn;
    @FXML private TableColumn<CheckLineRow, BigDecimal> detailPriceColumn;
    @FXML private TableColumn<CheckLineRow, BigDecimal> detailSumColumn;
    @FXML private TableColumn<CheckLineRow, Number> detailReturnedColumn;
    @FXML private TextField returnQuantity;
    @FXML private Button returnLineButton;
    @FXML private Button returnAllButton;
    @FXML private Button historyReceiptButton;
    @FXML private Button saveReceiptButton;
    @FXML private Button printButton;
    @FXML private Label historyMessage;

    public HistoryController(HistoryViewModel history, UiContext ui) {
        this.history = history;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        Columns cells = new Columns(ui.formats());
        cells.integer(numberColumn, CheckRow::id);
        cells.dateTime(timeColumn, CheckRow::purchasedAt);
        cells.text(kindColumn, r -> kind(r.kind()));
        cells.longText(customerColumn, CheckRow::customer);
        cells.text(providerColumn, CheckRow::provider);
        cells.money(totalColumn, CheckRow::total);
        PagedTable.bind(table, pager, history.list(), ui, TEXTS).fill(customerColumn).rememberColumnWidths();
        bindFilters();
        bindDetails();
        footerLabel.textProperty().bind(history.totalsProperty().map(this::footer));
        historyMessage.textProperty().bind(history.messageProperty());
        history.problemProperty().subscribe(p -> historyMessage.pseudoClassStateChanged(PROBLEM, p));
        Shortcuts.on(root)
                .add(Shortcuts.FIND, () -> {
                    historyCustomer.requestFocus();
                    historyCustomer.selectAll();
                })
                .add(RECEIPT, this::receipt)
                .add(PRINT, this::print)
                .add(Shortcuts.ESCAPE, table::requestFocus);
        Shortcuts.onEnter(table, () -> {
            detailTable.requestFocus();
            detailTable.getSelectionModel().selectFirst();
        });
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
    }

    /** Shows what another screen asked for (the history is shown and loaded first). */
    void open(OpenChecks request) {
        activate();
        history.apply(request);
        clerkField.clear();
        historyCustomer.clear();
        historyProduct.clear();
        table.requestFocus();
    }

    /** The first time the history is shown: load it. */
    void activate() {
        if (!loaded) {
            loaded = true;
            history.load();
        }
    }

    private String kind(PurchaseKind k) {
        return k == PurchaseKind.RETURN ? ui.messages().get("purchase.kind.return") : ui.messages().get("purchase.kind.sale");
    }

    private String footer(CheckTotals t) {
        return ui.messages().get("purchase.history.footer", t.checks(), t.sales(), t.returns(),
                ui.formats().money(t.netRevenue()), t.averageCheck() == null ? "—" : ui.formats().money(t.averageCheck()));
    }

    private void bindFilters() {
        DatePickers.inLanguage(ui, fromPicker, toPicker);
        fromPicker.valueProperty().bindBidirectional(history.fromProperty());
        toPicker.valueProperty().bindBidirectional(history.toProperty());
        providerBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProviderChoice p) {
                return p == null || p == ALL ? ui.messages().get("purchase.history.allProviders") : p.name();
            }

            @Override
            public ProviderChoice fromString(String s) {
                return null;
            }
        });
        providerBox.getItems().setAll(ALL);
        providerBox.setValue(ALL);
        history.providers().addListener((ListChangeListener<ProviderChoice>) c -> {
            ProviderChoice keep = providerBox.getValue();
            providerBox.getItems().setAll(ALL);
            providerBox.getItems().addAll(history.providers());
            providerBox.setValue(keep);
        });
        // A provider set by another screen's request shows in the box (the same entry once loaded).
        history.providerProperty().subscribe(p -> {
            ProviderChoice shown = providerBox.getValue();
            long shownId = shown == null || shown == ALL ? -1 : shown.id();
            if (p == null ? shownId != -1 : p.id() != shownId) {
                providerBox.setValue(p == null ? ALL : providerBox.getItems().stream()
                        .filter(i -> i != ALL && i.id() == p.id()).findFirst().orElse(p));
            }
        });
        providerBox.valueProperty().addListener((o, before, after) ->
                history.providerProperty().set(after == null || after == ALL ? null : after));
        kindBox.getItems().setAll(null, PurchaseKind.SALE, PurchaseKind.RETURN);
        kindBox.setConverter(new StringConverter<>() {
            @Override
            public String toString(PurchaseKind k) {
                return k == null ? ui.messages().get("purchase.history.allKinds") : kind(k);
            }

            @Override
            public PurchaseKind fromString(String s) {
                return null;
            }
        });
        kindBox.valueProperty().bindBidirectional(history.kindProperty());
        historyCustomer.setOnAction(e -> history.filterCustomer(historyCustomer.getText()));
        historyProduct.setOnAction(e -> history.filterProduct(historyProduct.getText()));
        clerkField.setOnAction(e -> history.clerkProperty().set(clerkField.getText()));
        history.customerProperty().subscribe(c -> {
            if (c != null) {
                historyCustomer.setText(c.fullName());
            }
        });
        history.productProperty().subscribe(p -> {
            if (p != null) {
                historyProduct.setText(p.sku());
            }
        });
    }

    private void bindDetails() {
        Columns cells = new Columns(ui.formats());
        cells.longText(detailProductColumn, l -> l.sku() + " — " + l.title());
        cells.integer(detailQuantityColumn, CheckLineRow::quantity);
        cells.money(detailPriceColumn, CheckLineRow::unitPrice);
        cells.money(detailSumColumn, CheckLineRow::lineTotal);
        cells.integer(detailReturnedColumn, CheckLineRow::returned);
        Placeholders.set(detailTable, ui, "purchase.history.noCheck");
        Columns.fill(detailTable, detailProductColumn);
        history.detailsProperty().subscribe(this::show);
        detailTable.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                returnQuantity.requestFocus();
                returnQuantity.selectAll();
            }
        });
        returnQuantity.setOnAction(e -> returnLine());
    }

    private void show(CheckDetails d) {
        boolean none = d == null;
        int keep = detailTable.getSelectionModel().getSelectedIndex();
        detailTable.getItems().setAll(none ? java.util.List.of() : d.lines());
        // The line to return is the chosen one, the first by default; a reload keeps it chosen.
        if (!none && !d.lines().isEmpty()) {
            detailTable.getSelectionModel().select(keep >= 0 && keep < d.lines().size() ? keep : 0);
        }
        detailTitle.setText(none ? "" : d.isReturn()
                ? ui.messages().get("purchase.history.returnTitle", d.check().id(), d.check().returnsId())
                : ui.messages().get("purchase.history.saleTitle", d.check().id()));
        detailParties.setText(none ? "" : ui.messages().get("purchase.history.parties", ui.formats().dateTime(
                d.check().purchasedAt()), d.check().customer(), d.check().provider(), d.check().clerk(),
                ui.formats().money(d.check().total()), d.check().currency()));
        boolean returnable = !none && d.returnable();
        returnLineButton.setDisable(!returnable);
        returnAllButton.setDisable(!returnable);
        returnQuantity.setDisable(!returnable);
        historyReceiptButton.setDisable(none);
        saveReceiptButton.setDisable(none);
        printButton.setDisable(none);
    }

    @FXML
    private void returnLine() {
        history.returnLine(detailTable.getSelectionModel().getSelectedIndex(), returnQuantity.getText());
    }

    @FXML
    private void returnAll() {
        if (ui.dialogs().confirm(ui.messages().get("purchase.history.returnAll"),
                ui.messages().get("purchase.history.returnAll.confirm"))) {
            history.returnAll();
        }
    }

    @FXML
    private void receipt() {
        history.receipt();
    }

    @FXML
    private void saveReceipt() {
        CheckDetails d = history.detailsProperty().get();
        if (d == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.messages().get("purchase.history.saveReceipt"));
        chooser.setInitialFileName("check-" + d.check().id() + ".pdf");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            history.saveReceipt(file.toPath());
        }
    }

    @FXML
    private void print() {
        history.print();
    }
}
