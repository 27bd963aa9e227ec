package org.shopdesk.ui.stock;

import java.time.Instant;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.stock.JournalRow;
import org.shopdesk.domain.stock.StockReason;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.DatePickers;
import org.shopdesk.ui.kit.PagedTable;
import org.shopdesk.ui.kit.Pager;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.ui.kit.UiContext;

/** Binds the journal tab: its filters, the movements with their running balance, and the totals. */
public final class JournalController {
    private static final PagedTable.Texts LIST_TEXTS = new PagedTable.Texts("stockJournal", "stock.journal.loading",
            "stock.journal.empty", "stock.journal.total");

    private final JournalViewModel vm;
    private final UiContext ui;

    @FXML private BorderPane root;
    @FXML private ComboBox<NamedItem> journalProviderFilter;
    @FXML private ComboBox<StockReason> reasonFilter;
    @FXML private TextField personField;
    @FXML private DatePicker fromDate;
    @FXML private DatePicker toDate;
    @FXML private HBox pairBar;
    @FXML private Label pairLabel;
    @FXML private Button clearPairButton;
    @FXML private TableView<JournalRow> journalTable;
    @FXML private TableColumn<JournalRow, Instant> timeColumn;
    @FXML private TableColumn<JournalRow, String> skuColumn;
    @FXML private TableColumn<JournalRow, String> productColumn;
    @FXML private TableColumn<JournalRow, String> providerColumn;
    @FXML private TableColumn<JournalRow, String> reasonColumn;
    @FXML private TableColumn<JournalRow, Number> inColumn;
    @FXML private TableColumn<JournalRow, Number> outColumn;
    @FXML private TableColumn<JournalRow, Number> balanceColumn;
    @FXML private TableColumn<JournalRow, String> checkColumn;
    @FXML private TableColumn<JournalRow, String> noteColumn;
    @FXML private TableColumn<JournalRow, String> byColumn;
    @FXML private Pager pager;
    @FXML private Label totalsLabel;

    public JournalController(JournalViewModel vm, UiContext ui) {
        this.vm = vm;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        Columns cells = new Columns(ui.formats());
        cells.dateTime(timeColumn, JournalRow::movedAt);
        cells.text(skuColumn, JournalRow::sku);
        cells.longText(productColumn, JournalRow::title);
        cells.text(providerColumn, JournalRow::provider);
        cells.text(reasonColumn, this::reason);
        cells.integer(inColumn, r -> r.unitsIn() == 0 ? null : r.unitsIn());
        cells.integer(outColumn, r -> r.unitsOut() == 0 ? null : r.unitsOut());
        cells.integer(balanceColumn, JournalRow::balanceAfter);
        // The check of a sale or return: one click opens it in the Purchases history.
        cells.text(checkColumn, r -> r.purchaseId() == null ? "" : "#" + r.purchaseId());
        checkColumn.setCellFactory(c -> new TableCell<>() {
            private final Hyperlink link = new Hyperlink();

            {
                link.getStyleClass().add("journal-check-link");
                link.setTooltip(new Tooltip(ui.messages().get("stock.journal.openCheck")));
                link.setOnAction(e -> vm.openCheck(getTableRow().getItem()));
            }

            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                link.setText(text);
                setGraphic(empty || text == null || text.isEmpty() ? null : link);
            }
        });
        cells.longText(noteColumn, JournalRow::note);
        cells.text(byColumn, JournalRow::movedBy);
        PagedTable.bind(journalTable, pager, vm.list(), ui, LIST_TEXTS).search(personField).fill(productColumn).rememberColumnWidths();

        Pickers.bind(journalProviderFilter, vm.providers(), vm.providerProperty(), ui.messages().get("stock.filter.allProviders"));
        reasonFilter.getItems().add(null);
        reasonFilter.getItems().addAll(StockReason.values());
        reasonFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(StockReason r) {
                return r == null ? ui.messages().get("stock.journal.allReasons")
                        : ui.messages().get("stock.reason." + r.name().toLowerCase(Locale.ROOT));
            }

            @Override
            public StockReason fromString(String s) {
                return null;
            }
        });
        reasonFilter.valueProperty().bindBidirectional(vm.reasonProperty());
        DatePickers.inLanguage(ui, fromDate, toDate);
        fromDate.valueProperty().bindBidirectional(vm.fromProperty());
        toDate.valueProperty().bindBidirectional(vm.toProperty());
        vm.pairProperty().subscribe(pair -> {
            pairBar.setVisible(pair != null);
            pairBar.setManaged(pair != null);
            pairLabel.setText(pair == null ? "" : ui.messages().get("stock.journal.of", pair.title(), pair.provider()));
            journalProviderFilter.setDisable(pair != null);
        });
        Runnable totals = () -> totalsLabel.setText(ui.messages().get("stock.journal.totals",
                vm.unitsInProperty().get(), vm.unitsOutProperty().get()));
        vm.unitsInProperty().addListener(o -> totals.run());
        vm.unitsOutProperty().addListener(o -> totals.run());
        totals.run();
        Shortcuts.on(root)
                .add(Shortcuts.FIND, () -> {
                    personField.requestFocus();
                    personField.selectAll();
                })
                .add(Shortcuts.ESCAPE, journalTable::requestFocus);
    }

    private String reason(JournalRow r) {
        String text = ui.messages().get("stock.reason." + r.reason().name().toLowerCase(Locale.ROOT));
        return r.writeOffReason() == null ? text
                : text + ": " + ui.messages().get("stock.writeOff." + r.writeOffReason().name().toLowerCase(Locale.ROOT));
    }

    @FXML
    private void clearPair() {
        vm.clearPair();
    }
}
