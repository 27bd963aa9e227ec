package org.shopdesk.ui.suppliers;

import java.math.BigDecimal;
import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.shopdesk.domain.party.ProviderCheck;
import org.shopdesk.domain.party.ProviderOffer;
import org.shopdesk.domain.party.ProviderStock;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.PagedTable;
import org.shopdesk.ui.kit.Pager;
import org.shopdesk.ui.kit.UiContext;

/** The tabs under the providers list: the card (its own controller) and three read-only lists. */
public final class SupplierDetailsController {
    private final SupplierTabsViewModel tabs;
    private final UiContext ui;

    @FXML private TabPane tabPane;
    @FXML private Tab cardTab;
    @FXML private Tab offersTab;
    @FXML private Tab stockTab;
    @FXML private Tab salesTab;
    @FXML private SupplierFormController formController;

    @FXML private TableView<ProviderOffer> offersTable;
    @FXML private TableColumn<ProviderOffer, String> offerTitleColumn;
    @FXML private TableColumn<ProviderOffer, String> offerSkuColumn;
    @FXML private TableColumn<ProviderOffer, BigDecimal> offerPriceColumn;
    @FXML private TableColumn<ProviderOffer, Instant> offerSinceColumn;
    @FXML private TableColumn<ProviderOffer, Number> offerStockColumn;
    @FXML private Pager offersPager;

    @FXML private TableView<ProviderStock> stockTable;
    @FXML private TableColumn<ProviderStock, String> stockTitleColumn;
    @FXML private TableColumn<ProviderStock, String> stockSkuColumn;
    @FXML private TableColumn<ProviderStock, Number> stockBalanceColumn;
    @FXML private TableColumn<ProviderStock, BigDecimal> stockPriceColumn;
    @FXML private TableColumn<ProviderStock, BigDecimal> stockValueColumn;
    @FXML private TableColumn<ProviderStock, Instant> stockChangedColumn;
    @FXML private Pager stockPager;
    @FXML private Hyperlink openPricesLink;
    @FXML private Hyperlink openStockLink;

    @FXML private TableView<ProviderCheck> salesTable;
    @FXML private TableColumn<ProviderCheck, Number> checkNumberColumn;
    @FXML private TableColumn<ProviderCheck, Instant> checkTimeColumn;
    @FXML private TableColumn<ProviderCheck, String> checkKindColumn;
    @FXML private TableColumn<ProviderCheck, String> checkCustomerColumn;
    @FXML private TableColumn<ProviderCheck, Number> checkUnitsColumn;
    @FXML private TableColumn<ProviderCheck, BigDecimal> checkTotalColumn;
    @FXML private TableColumn<ProviderCheck, String> checkClerkColumn;
    @FXML private Pager salesPager;

    public SupplierDetailsController(SupplierTabsViewModel tabs, UiContext ui) {
        this.tabs = tabs;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        // The offers are edited on the Prices screen and the balances on the Stock screen.
        openPricesLink.disableProperty().bind(tabs.providerShownProperty().not());
        openStockLink.disableProperty().bind(tabs.providerShownProperty().not());
        Columns cells = new Columns(ui.formats());
        cells.longText(offerTitleColumn, ProviderOffer::title);
        cells.text(offerSkuColumn, ProviderOffer::sku);
        cells.money(offerPriceColumn, ProviderOffer::price);
        cells.dateTime(offerSinceColumn, ProviderOffer::since);
        cells.integer(offerStockColumn, ProviderOffer::stock);
        PagedTable.bind(offersTable, offersPager, tabs.offers(), ui, new PagedTable.Texts("supplierOffers",
                "supplier.tab.loading", "supplier.offers.empty", "supplier.offers.total")).fill(offerTitleColumn);

        cells.longText(stockTitleColumn, ProviderStock::title);
        cells.text(stockSkuColumn, ProviderStock::sku);
        cells.integer(stockBalanceColumn, ProviderStock::balance);
        cells.money(stockPriceColumn, ProviderStock::price);
        cells.money(stockValueColumn, ProviderStock::value);
        cells.dateTime(stockChangedColumn, ProviderStock::changedAt);
        PagedTable.bind(stockTable, stockPager, tabs.stock(), ui, new PagedTable.Texts("supplierStock",
                "supplier.tab.loading", "supplier.stock.empty", "supplier.stock.total")).fill(stockTitleColumn);

        cells.integer(checkNumberColumn, ProviderCheck::id);
        cells.dateTime(checkTimeColumn, ProviderCheck::purchasedAt);
        cells.text(checkKindColumn, c -> ui.messages().get("supplier.check.kind." + c.kind()));
        cells.longText(checkCustomerColumn, ProviderCheck::customer);
        cells.integer(checkUnitsColumn, ProviderCheck::units);
        cells.money(checkTotalColumn, ProviderCheck::total);
        cells.text(checkClerkColumn, ProviderCheck::clerk);
        PagedTable.bind(salesTable, salesPager, tabs.sales(), ui, new PagedTable.Texts("supplierSales",
                "supplier.tab.loading", "supplier.sales.empty", "supplier.sales.total")).fill(checkCustomerColumn);

        tabPane.getSelectionModel().selectedItemProperty().subscribe(tab -> tabs.setActive(
                tab == offersTab ? SupplierTabsViewModel.Tab.OFFERS : tab == stockTab ? SupplierTabsViewModel.Tab.STOCK
                        : tab == salesTab ? SupplierTabsViewModel.Tab.SALES : null));
    }

    SupplierFormController card() {
        return formController;
    }

    void showCard() {
        tabPane.getSelectionModel().select(cardTab);
    }

    @FXML
    private void openPrices() {
        tabs.openPrices();
    }

    @FXML
    private void openStock() {
        tabs.openStock();
    }
}
