package org.shopdesk.ui.prices;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.pricing.ExportFormat;
import org.shopdesk.domain.pricing.PriceSort;
import org.shopdesk.domain.pricing.ProductPricesRow;
import org.shopdesk.domain.pricing.ProviderPriceRow;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.PagedTable;
import org.shopdesk.ui.kit.Pager;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.ui.kit.UiContext;

/**
 * The Prices screen's grid tab: the provider picker switches between one provider's price list
 * and every product across providers; the side pane edits the picked offer and shows its history.
 * Bulk change and import live in their own tabs with their own controllers.
 */
public final class PricesController {
    private static final PagedTable.Texts PROVIDER_TEXTS = new PagedTable.Texts("pricesByProvider", "prices.loading",
            "prices.empty", "prices.total");
    private static final PagedTable.Texts ALL_TEXTS = new PagedTable.Texts("pricesAll", "prices.loading",
            "prices.empty", "prices.total");
    private static final PseudoClass SCHEDULED = PseudoClass.getPseudoClass("scheduled");

    private final PricesViewModel grid;
    private final PriceDetailViewModel detail;
    private final UiContext ui;

    @FXML private BorderPane root;
    @FXML private TabPane tabs;
    @FXML private ComboBox<NamedItem> providerFilter;
    @FXML private ComboBox<NamedItem> categoryFilter;
    @FXML private ComboBox<NamedItem> producerFilter;
    @FXML private CheckBox onlyMissing;
    @FXML private TextField search;
    @FXML private Label status;
    @FXML private SplitPane split;
    @FXML private TableView<ProviderPriceRow> providerTable;
    @FXML private TableColumn<ProviderPriceRow, String> pSkuColumn;
    @FXML private TableColumn<ProviderPriceRow, String> pTitleColumn;
    @FXML private TableColumn<ProviderPriceRow, String> pArticleColumn;
    @FXML private TableColumn<ProviderPriceRow, BigDecimal> pPriceColumn;
    @FXML private TableColumn<ProviderPriceRow, String> pCurrencyColumn;
    @FXML private TableColumn<ProviderPriceRow, Instant> pSinceColumn;
    @FXML private TableView<ProductPricesRow> allTable;
    @FXML private TableColumn<ProductPricesRow, String> aSkuColumn;
    @FXML private TableColumn<ProductPricesRow, String> aTitleColumn;
    @FXML private TableColumn<ProductPricesRow, Number> aOffersColumn;
    @FXML private TableColumn<ProductPricesRow, BigDecimal> aMinColumn;
    @FXML private TableColumn<ProductPricesRow, String> aCheapestColumn;
    @FXML private TableColumn<ProductPricesRow, BigDecimal> aMaxColumn;
    @FXML private TableColumn<ProductPricesRow, String> aSpreadColumn;
    @FXML private Pager providerPager;
    @FXML private Pager allPager;
    @FXML private PriceDetailController detailController;

    public PricesController(PricesViewModel grid, PriceDetailViewModel detail, UiContext ui) {
        this.grid = grid;
        this.detail = detail;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        Columns cells = new Columns(ui.formats());
        cells.text(pSkuColumn, ProviderPriceRow::sku);
        cells.longText(pTitleColumn, ProviderPriceRow::title);
        cells.text(pArticleColumn, ProviderPriceRow::article);
        cells.money(pPriceColumn, ProviderPriceRow::value);
        cells.text(pCurrencyColumn, ProviderPriceRow::currency);
        cells.day(pSinceColumn, ProviderPriceRow::validFrom);
        cells.text(aSkuColumn, ProductPricesRow::sku);
        cells.longText(aTitleColumn, ProductPricesRow::title);
        cells.integer(aOffersColumn, ProductPricesRow::offers);
        cells.money(aMinColumn, ProductPricesRow::min);
        cells.text(aCheapestColumn, ProductPricesRow::cheapestProvider);
        cells.money(aMaxColumn, ProductPricesRow::max);
        cells.text(aSpreadColumn, r -> ui.formats().percent(r.spreadPercent()));
        PagedTable.bind(providerTable, providerPager, grid.providerList(), ui, PROVIDER_TEXTS)
                .sortable(pSkuColumn, PriceSort.SKU).sortable(pTitleColumn, PriceSort.TITLE)
                .sortable(pPriceColumn, PriceSort.PRICE).search(search).fill(pTitleColumn).rememberColumnWidths();
        PagedTable.bind(allTable, allPager, grid.allList(), ui, ALL_TEXTS)
                .sortable(aSkuColumn, PriceSort.SKU).sortable(aTitleColumn, PriceSort.TITLE)
                .sortable(aMinColumn, PriceSort.PRICE).search(search).fill(aTitleColumn).rememberColumnWidths();
        SplitPane.setResizableWithParent(split.getItems().get(1), false);

        NamedItemPicker.bind(providerFilter, grid.filter().providers(), grid.filter().providerProperty(),
                ui.messages().get("prices.filter.allProviders"));
        NamedItemPicker.bind(categoryFilter, grid.filter().categories(), grid.filter().categoryProperty(),
                ui.messages().get("prices.filter.allCategories"));
        NamedItemPicker.bind(producerFilter, grid.filter().producers(), grid.filter().producerProperty(),
                ui.messages().get("prices.filter.allProducers"));
        onlyMissing.selectedProperty().bindBidirectional(grid.onlyMissingProperty());
        onlyMissing.disableProperty().bind(grid.filter().providerProperty().isNull());
        status.textProperty().bind(grid.statusProperty());
        showView();
        grid.filter().providerProperty().addListener(o -> showView());

        grid.providerList().selectedProperty().addListener((o, before, row) -> {
            NamedItem p = grid.filter().providerProperty().get();
            if (row != null && p != null) {
                detail.edit(new PriceDetailViewModel.Target(row.productId(), row.title(), p.id(), p.name(), row.priceId(),
                        row.value(), row.currency()));
                detail.showNext(row.nextValue(), row.nextFrom());
            }
        });
        grid.allList().selectedProperty().addListener((o, before, row) -> {
            if (row != null) {
                detail.showProduct(row.productId(), row.title());
            }
        });
        detail.setOnSaved(grid::reload);
        Shortcuts.on(root)
                .add(Shortcuts.FIND, () -> {
                    tabs.getSelectionModel().select(0);
                    search.requestFocus();
                    search.selectAll();
                })
                .add(Shortcuts.SAVE, detail::save)
                .add(Shortcuts.ESCAPE, () -> (grid.oneProvider() ? providerTable : allTable).requestFocus());
        Shortcuts.onEnter(providerTable, detailController::focusValue);
        grid.load();
        grid.loadReferenceData();
    }

    private void showView() {
        boolean one = grid.oneProvider();
        providerTable.setVisible(one);
        providerPager.setVisible(one);
        allTable.setVisible(!one);
        allPager.setVisible(!one);
    }

    /** Called by the other tabs after they changed prices. */
    void pricesChanged() {
        grid.reload();
    }

    @FXML
    private void exportCsv() {
        export(ExportFormat.CSV, "*.csv");
    }

    @FXML
    private void exportXlsx() {
        export(ExportFormat.XLSX, "*.xlsx");
    }

    private void export(ExportFormat format, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.messages().get("prices.export"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), pattern));
        chooser.setInitialFileName(ui.messages().get("prices.export.fileName") + pattern.substring(1));
        java.io.File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            Path path = file.toPath();
            grid.export(path, format);
        }
    }
}
