package org.shopdesk.ui.stock;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.stock.BalanceRow;
import org.shopdesk.domain.stock.BalanceSort;
import org.shopdesk.domain.stock.WriteOffReason;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.PagedTable;
import org.shopdesk.ui.kit.Pager;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.ui.kit.UiContext;

/** Binds the balances tab: filters, the list, and the movement and level panel beside it. */
public final class BalancesController {
    private static final PseudoClass NEEDS_REORDER = PseudoClass.getPseudoClass("needs-reorder");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PagedTable.Texts LIST_TEXTS = new PagedTable.Texts("stock", "stock.loading", "stock.empty",
            "stock.total");

    private final BalancesViewModel vm;
    private final UiContext ui;
    private Consumer<BalanceRow> openJournal = row -> { };

    @FXML private BorderPane root;
    @FXML private TextField search;
    @FXML private ComboBox<NamedItem> providerFilter;
    @FXML private ComboBox<NamedItem> categoryFilter;
    @FXML private ComboBox<NamedItem> producerFilter;
    @FXML private CheckBox needsReorder;
    @FXML private SplitPane split;
    @FXML private TableView<BalanceRow> table;
    @FXML private TableColumn<BalanceRow, String> skuColumn;
    @FXML private TableColumn<BalanceRow, String> productColumn;
    @FXML private TableColumn<BalanceRow, String> categoryColumn;
    @FXML private TableColumn<BalanceRow, String> producerColumn;
    @FXML private TableColumn<BalanceRow, String> providerColumn;
    @FXML private TableColumn<BalanceRow, Number> balanceColumn;
    @FXML private TableColumn<BalanceRow, Number> levelColumn;
    @FXML private TableColumn<BalanceRow, Number> suggestedColumn;
    @FXML private TableColumn<BalanceRow, Number> soldColumn;
    @FXML private TableColumn<BalanceRow, Number> coverColumn;
    @FXML private TableColumn<BalanceRow, Instant> countedColumn;
    @FXML private TableColumn<BalanceRow, BalanceRow> journalColumn;
    @FXML private Pager pager;
    @FXML private Label selectedLabel;
    @FXML private Label balanceLabel;
    @FXML private ToggleButton receiptToggle;
    @FXML private ToggleButton writeOffToggle;
    @FXML private ToggleButton countToggle;
    @FXML private Label quantityLabel;
    @FXML private TextField quantityField;
    @FXML private Label quantityError;
    @FXML private VBox reasonBox;
    @FXML private ComboBox<WriteOffReason> reasonField;
    @FXML private Label reasonError;
    @FXML private TextField noteField;
    @FXML private Label noteError;
    @FXML private Button bookButton;
    @FXML private Button journalButton;
    @FXML private Label stockMessage;
    @FXML private TextField levelField;
    @FXML private Button setLevelButton;
    @FXML private Label levelError;
    @FXML private Label suggestedLabel;
    @FXML private Button applySuggestedButton;
    @FXML private Label leadTimeLabel;
    @FXML private TextField leadTimeField;
    @FXML private Button setLeadTimeButton;

    public BalancesController(BalancesViewModel vm, UiContext ui) {
        this.vm = vm;
        this.ui = ui;
    }

    /** Where a click on "journal" goes (the Stock screen's journal tab). */
    /** Another screen asked for one provider's balances. */
    void open(OpenStock request) {
        vm.apply(request);
        table.requestFocus();
    }

    void onOpenJournal(Consumer<BalanceRow> target) {
        this.openJournal = target;
    }

    @FXML
    private void initialize() {
        bindTable();
        Pickers.bind(providerFilter, vm.filter().providers(), vm.filter().providerProperty(), ui.messages().get("stock.filter.allProviders"));
        Pickers.bind(categoryFilter, vm.filter().categories(), vm.filter().categoryProperty(), ui.messages().get("stock.filter.allCategories"));
        Pickers.bind(producerFilter, vm.filter().producers(), vm.filter().producerProperty(), ui.messages().get("stock.filter.allProducers"));
        needsReorder.selectedProperty().bindBidirectional(vm.needsReorderProperty());
        bindPanel();
        Shortcuts.on(root)
                .add(Shortcuts.FIND, () -> {
                    search.requestFocus();
                    search.selectAll();
                })
                .add(Shortcuts.SAVE, vm::book)
                .add(Shortcuts.ESCAPE, table::requestFocus);
        Shortcuts.onEnter(table, quantityField::requestFocus);
        vm.load();
        vm.loadReferenceData();
    }

    private void bindTable() {
        Columns cells = new Columns(ui.formats());
        cells.text(skuColumn, BalanceRow::sku);
        cells.longText(productColumn, BalanceRow::title);
        cells.text(categoryColumn, BalanceRow::category);
        cells.text(producerColumn, BalanceRow::producer);
        cells.text(providerColumn, BalanceRow::provider);
        cells.integer(balanceColumn, BalanceRow::balance);
        cells.integer(levelColumn, BalanceRow::reorderLevel);
        cells.integer(suggestedColumn, BalanceRow::suggestedLevel);
        cells.integer(soldColumn, BalanceRow::sold30Days);
        // Whole days: a tenth of a day of cover means nothing on the shop floor.
        cells.integer(coverColumn, r -> r.daysOfCover() == null ? null
                : r.daysOfCover().setScale(0, java.math.RoundingMode.HALF_UP).longValue());
        // The day is what matters for a count; the journal has the time.
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter
                .ofLocalizedDate(java.time.format.FormatStyle.MEDIUM).withLocale(ui.messages().locale())
                .withZone(java.time.ZoneId.systemDefault());
        countedColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue().lastCounted()));
        countedColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                setText(empty || at == null ? null : day.format(at));
            }
        });
        journalColumn.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(c.getValue()));
        journalColumn.setCellFactory(c -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink(ui.messages().get("stock.column.journal.open"));

            @Override
            protected void updateItem(BalanceRow row, boolean empty) {
                super.updateItem(row, empty);
                link.setOnAction(e -> openJournal.accept(row));
                setGraphic(empty || row == null ? null : link);
            }
        });
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BalanceRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(NEEDS_REORDER, !empty && row != null && row.needsReorder());
            }
        });
        PagedTable.bind(table, pager, vm.list(), ui, LIST_TEXTS)
                .sortable(skuColumn, BalanceSort.SKU)
                .sortable(productColumn, BalanceSort.PRODUCT)
                .sortable(categoryColumn, BalanceSort.CATEGORY)
                .sortable(producerColumn, BalanceSort.PRODUCER)
                .sortable(providerColumn, BalanceSort.PROVIDER)
                .sortable(balanceColumn, BalanceSort.BALANCE)
                .sortable(levelColumn, BalanceSort.REORDER_LEVEL)
                .sortable(suggestedColumn, BalanceSort.SUGGESTED_LEVEL)
                .sortable(soldColumn, BalanceSort.SOLD_30_DAYS)
                .sortable(coverColumn, BalanceSort.DAYS_OF_COVER)
                .sortable(countedColumn, BalanceSort.LAST_COUNTED)
                .search(search)
                .fill(productColumn)
                .rememberColumnWidths();
        // Several rows may be chosen for "apply suggested"; the panel follows the focused one.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
    }

    private void bindPanel() {
        ToggleGroup kinds = new ToggleGroup();
        receiptToggle.setToggleGroup(kinds);
        writeOffToggle.setToggleGroup(kinds);
        countToggle.setToggleGroup(kinds);
        receiptToggle.setUserData(MovementKind.RECEIPT);
        writeOffToggle.setUserData(MovementKind.WRITE_OFF);
        countToggle.setUserData(MovementKind.COUNT);
        kinds.selectToggle(receiptToggle);
        kinds.selectedToggleProperty().addListener((o, before, after) -> {
            if (after == null) {
                kinds.selectToggle(before);
            } else {
                vm.kindProperty().set((MovementKind) after.getUserData());
            }
        });
        vm.kindProperty().subscribe(kind -> {
            quantityLabel.setText(ui.messages().get(kind == MovementKind.COUNT ? "stock.counted" : "stock.quantity"));
            reasonBox.setVisible(kind == MovementKind.WRITE_OFF);
            reasonBox.setManaged(reasonBox.isVisible());
        });
        reasonField.getItems().setAll(WriteOffReason.values());
        reasonField.setConverter(new StringConverter<>() {
            @Override
            public String toString(WriteOffReason r) {
                return r == null ? "" : ui.messages().get("stock.writeOff." + r.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public WriteOffReason fromString(String s) {
                return null;
            }
        });
        reasonField.valueProperty().bindBidirectional(vm.reasonProperty());
        quantityField.textProperty().bindBidirectional(vm.quantityProperty());
        noteField.textProperty().bindBidirectional(vm.noteProperty());
        levelField.textProperty().bindBidirectional(vm.levelProperty());
        leadTimeField.textProperty().bindBidirectional(vm.leadTimeProperty());
        quantityError.textProperty().bind(vm.quantityProblemProperty());
        reasonError.textProperty().bind(vm.reasonProblemProperty());
        noteError.textProperty().bind(vm.noteProblemProperty());
        levelError.textProperty().bind(vm.levelProblemProperty());
        stockMessage.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty().subscribe(error -> stockMessage.pseudoClassStateChanged(ERROR, error));
        bookButton.disableProperty().bind(vm.canBookProperty().not());
        var none = vm.list().selectedProperty().isNull();
        journalButton.disableProperty().bind(none);
        setLevelButton.disableProperty().bind(none.or(vm.levelProblemProperty().isNotEmpty()).or(vm.busyProperty()));
        setLeadTimeButton.disableProperty().bind(none.or(vm.busyProperty()));
        applySuggestedButton.disableProperty().bind(Bindings.isEmpty(table.getSelectionModel().getSelectedItems())
                .or(vm.busyProperty()));
        vm.list().selectedProperty().subscribe(this::showSelected);
    }

    private void showSelected(BalanceRow row) {
        selectedLabel.setText(row == null ? ui.messages().get("stock.noSelection")
                : ui.messages().get("stock.selected", row.title(), row.provider()));
        balanceLabel.setText(row == null ? "" : ui.messages().get("stock.selectedBalance", row.balance(),
                row.reorderLevel() == null ? "—" : ui.formats().integer(row.reorderLevel())));
        suggestedLabel.setText(row == null ? "" : row.suggestedLevel() == null
                ? ui.messages().get("stock.level.noSuggestion")
                : ui.messages().get("stock.level.suggestion", row.suggestedLevel(), row.sold30Days(), row.leadTimeDays()));
        leadTimeLabel.setText(row == null ? ui.messages().get("stock.leadTime") : ui.messages().get("stock.leadTime.of",
                row.provider()));
    }

    @FXML
    private void book() {
        vm.book();
    }

    @FXML
    private void openJournal() {
        vm.openJournal(vm.list().selectedProperty().get(), openJournal);
    }

    @FXML
    private void setLevel() {
        vm.setLevel();
    }

    @FXML
    private void applySuggested() {
        vm.applySuggested(List.copyOf(table.getSelectionModel().getSelectedItems()));
    }

    @FXML
    private void setLeadTime() {
        vm.setLeadTime();
    }
}
