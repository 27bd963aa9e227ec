package org.shopdesk.ui.suppliers;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.shopdesk.domain.party.ProviderRow;
import org.shopdesk.domain.party.ProviderSort;
import org.shopdesk.domain.party.ProviderStatus;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.PagedTable;
import org.shopdesk.ui.kit.Pager;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.ui.kit.UiContext;

/** Binds the Suppliers toolbar and list to their view model; the card and tabs have their own controllers. */
public final class SuppliersController {
    private static final PseudoClass ARCHIVED = PseudoClass.getPseudoClass("archived");
    private static final PagedTable.Texts LIST_TEXTS = new PagedTable.Texts("suppliers", "supplier.loading",
            "supplier.empty", "supplier.total");

    private final SupplierListViewModel list;
    private final SupplierFormViewModel form;
    private final SupplierTabsViewModel tabs;
    private final UiContext ui;

    @FXML private BorderPane root;
    @FXML private TextField search;
    @FXML private ComboBox<ProviderStatus> statusFilter;
    @FXML private SplitPane split;
    @FXML private SupplierDetailsController detailsController;
    @FXML private TableView<ProviderRow> table;
    @FXML private TableColumn<ProviderRow, String> nameColumn;
    @FXML private TableColumn<ProviderRow, String> innColumn;
    @FXML private TableColumn<ProviderRow, Number> offersColumn;
    @FXML private TableColumn<ProviderRow, Number> unitsColumn;
    @FXML private TableColumn<ProviderRow, BigDecimal> stockValueColumn;
    @FXML private TableColumn<ProviderRow, Number> checksColumn;
    @FXML private TableColumn<ProviderRow, BigDecimal> revenueColumn;
    @FXML private TableColumn<ProviderRow, BigDecimal> averageColumn;
    @FXML private TableColumn<ProviderRow, String> lastPriceColumn;
    @FXML private Pager pager;

    public SuppliersController(SupplierListViewModel list, SupplierFormViewModel form, SupplierTabsViewModel tabs,
                               UiContext ui) {
        this.list = list;
        this.form = form;
        this.tabs = tabs;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        list.attach(form, tabs);
        bindTable();
        bindStatus();
        SupplierFormController card = detailsController.card();
        Shortcuts.on(root)
                .add(Shortcuts.FIND, () -> {
                    search.requestFocus();
                    search.selectAll();
                })
                .add(Shortcuts.NEW, this::newProvider)
                .add(Shortcuts.SAVE, card::save)
                .add(Shortcuts.ESCAPE, () -> {
                    // Esc drops the card's edits (if any) and goes back to the list.
                    card.revert();
                    table.requestFocus();
                });
        Shortcuts.onEnter(table, () -> {
            detailsController.showCard();
            card.focusFirstField();
        });
        list.load();
    }

    private void bindTable() {
        Columns cells = new Columns(ui.formats());
        cells.longText(nameColumn, ProviderRow::name);
        cells.text(innColumn, ProviderRow::inn);
        cells.integer(offersColumn, ProviderRow::offers);
        cells.integer(unitsColumn, ProviderRow::units);
        cells.money(stockValueColumn, ProviderRow::stockValue);
        cells.integer(checksColumn, ProviderRow::checks30);
        cells.money(revenueColumn, ProviderRow::revenue30);
        cells.money(averageColumn, ProviderRow::averageCheck30);
        // The day of the last price change is what buyers look for; the time would only crowd the list.
        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(ui.messages().locale()).withZone(ZoneId.systemDefault());
        cells.text(lastPriceColumn, r -> r.lastPriceChange() == null ? null : day.format(r.lastPriceChange()));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProviderRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ARCHIVED, !empty && row != null && row.archived());
            }
        });
        PagedTable.bind(table, pager, list.list(), ui, LIST_TEXTS)
                .sortable(nameColumn, ProviderSort.NAME)
                .sortable(innColumn, ProviderSort.INN)
                .sortable(offersColumn, ProviderSort.OFFERS)
                .sortable(unitsColumn, ProviderSort.UNITS)
                .sortable(stockValueColumn, ProviderSort.STOCK_VALUE)
                .sortable(checksColumn, ProviderSort.CHECKS)
                .sortable(revenueColumn, ProviderSort.REVENUE)
                .sortable(averageColumn, ProviderSort.AVERAGE_CHECK)
                .sortable(lastPriceColumn, ProviderSort.LAST_PRICE_CHANGE)
                .search(search)
                .fill(nameColumn)
                .rememberColumnWidths();
        // A taller window gives the list more rows; the card keeps its height.
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
    }

    private void bindStatus() {
        statusFilter.getItems().setAll(ProviderStatus.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(ProviderStatus status) {
                return status == null ? "" : ui.messages().get("supplier.status." + status);
            }

            @Override
            public ProviderStatus fromString(String text) {
                return null;
            }
        });
        statusFilter.valueProperty().bindBidirectional(list.statusProperty());
    }

    @FXML
    private void newProvider() {
        if (list.newProvider(form)) {
            detailsController.showCard();
            detailsController.card().focusFirstField();
        }
    }
}
