package org.shopdesk.app;

import java.util.List;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Parent;
import javafx.stage.Window;
import org.shopdesk.ui.catalogue.CatalogueController;
import org.shopdesk.ui.catalogue.CatalogueViewModel;
import org.shopdesk.ui.catalogue.NamedItemsWindow;
import org.shopdesk.ui.catalogue.ProductFormController;
import org.shopdesk.ui.catalogue.ProductFormViewModel;
import org.shopdesk.ui.customers.CustomerFormController;
import org.shopdesk.ui.customers.CustomerFormViewModel;
import org.shopdesk.ui.customers.CustomerListViewModel;
import org.shopdesk.ui.customers.CustomersController;
import org.shopdesk.ui.charts.ChartsController;
import org.shopdesk.ui.charts.ChartsViewModel;
import org.shopdesk.ui.charts.FileTarget;
import org.shopdesk.ui.kit.Navigator;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.stock.BalancesController;
import org.shopdesk.ui.stock.BalancesViewModel;
import org.shopdesk.ui.stock.CountSheetController;
import org.shopdesk.ui.stock.CountSheetViewModel;
import org.shopdesk.ui.stock.JournalController;
import org.shopdesk.ui.stock.JournalViewModel;
import org.shopdesk.ui.stock.OpenStock;
import org.shopdesk.ui.stock.StockController;
import org.shopdesk.ui.purchases.HistoryController;
import org.shopdesk.ui.purchases.HistoryViewModel;
import org.shopdesk.ui.purchases.NewCustomerViewModel;
import org.shopdesk.ui.purchases.OpenChecks;
import org.shopdesk.ui.purchases.PurchasesController;
import org.shopdesk.ui.purchases.SaleController;
import org.shopdesk.ui.purchases.SaleViewModel;
import org.shopdesk.ui.prices.OpenPrices;
import org.shopdesk.ui.prices.PricesScreen;
import org.shopdesk.ui.shell.Screen;
import org.shopdesk.ui.staff.AuditController;
import org.shopdesk.ui.staff.AuditViewModel;
import org.shopdesk.ui.staff.StaffController;
import org.shopdesk.ui.staff.StaffViewModel;
import org.shopdesk.ui.suppliers.SupplierDetailsController;
import org.shopdesk.ui.suppliers.SupplierFormController;
import org.shopdesk.ui.suppliers.SupplierFormViewModel;
import org.shopdesk.ui.suppliers.SupplierListViewModel;
import org.shopdesk.ui.suppliers.SupplierTabsViewModel;
import org.shopdesk.ui.suppliers.SuppliersController;

/**
 * The screen registry: every screen of the application, in navigation order, each built from the
 * connected services when the user first opens it. Adding a screen is one entry in {@link #all}
 * and one method that builds it (see docs/screens.md).
 */
final class Screens {
    private final UiContext ui;
    private final Supplier<Window> owner;
    private final ReadOnlyBooleanWrapper firstPageLoaded = new ReadOnlyBooleanWrapper(false);

    Screens(UiContext ui, Supplier<Window> owner) {
        this.ui = ui;
        this.owner = owner;
    }

    /** The screens the connected login may use (see {@link ScreenAccess}). */
    List<Screen> all(Backend backend) {
        return ScreenAccess.filter(backend.permissions(), List.of(
                new Screen("nav.catalogue", () -> catalogue(backend)),
                new Screen("nav.suppliers", () -> suppliers(backend)),
                new Screen("nav.customers", () -> customers(backend)),
                new Screen("nav.prices", () -> prices(backend), List.of(OpenPrices.class)),
                new Screen("nav.stock", () -> stock(backend), List.of(OpenStock.class)),
                new Screen("nav.purchases", () -> purchases(backend), List.of(OpenChecks.class)),
                new Screen("nav.charts", () -> charts(backend)),
                new Screen("nav.audit", () -> audit(backend)),
                new Screen("nav.staff", () -> staff(backend))));
    }

    /** Leads the screens to one another (the shell attaches itself to it). */
    Navigator navigator() {
        return ui.navigator();
    }

    /** True once the first screen's list has its first page: start-up is timed to it. */
    ReadOnlyBooleanProperty firstPageLoaded() {
        return firstPageLoaded.getReadOnlyProperty();
    }

    private Parent staff(Backend b) {
        StaffViewModel vm = new StaffViewModel(b.staff(), ui);
        return ui.views().load(StaffController.class, new StaffController(vm, ui)).root();
    }

    private Parent audit(Backend b) {
        AuditViewModel vm = new AuditViewModel(b.audit(), ui);
        return ui.views().load(AuditController.class, new AuditController(vm, ui)).root();
    }

    private Parent stock(Backend backend) {
        java.time.ZoneId zone = java.time.ZoneId.systemDefault();
        BalancesViewModel balances = new BalancesViewModel(backend.stock(), backend.catalogue(), ui);
        JournalViewModel journal = new JournalViewModel(backend.stock(), ui, zone, java.time.LocalDate.now(zone));
        CountSheetViewModel count = new CountSheetViewModel(backend.stock(), backend.catalogue(), ui, zone);
        return ui.views().load(StockController.class, new StockController(journal, count, ui.navigator()),
                new BalancesController(balances, ui), new JournalController(journal, ui),
                new CountSheetController(count, ui)).root();
    }

    private Parent customers(Backend backend) {
        CustomerListViewModel list = new CustomerListViewModel(backend.customers(), ui);
        CustomerFormViewModel form = new CustomerFormViewModel(backend.customers(), ui);
        return ui.views().load(CustomersController.class, new CustomersController(list, form, ui),
                new CustomerFormController(form, ui)).root();
    }

    private Parent purchases(Backend backend) {
        SaleViewModel sale = new SaleViewModel(backend.sales(), backend.saleLookup(), backend.receipts(), ui);
        HistoryViewModel history = new HistoryViewModel(backend.checkHistory(), backend.returns(), backend.saleLookup(),
                backend.receipts(), ui);
        NewCustomerViewModel newCustomer = new NewCustomerViewModel(new CustomerFormViewModel(backend.customers(), ui), sale);
        return ui.views().load(PurchasesController.class, new PurchasesController(ui.navigator()),
                new SaleController(sale, ui).withNewCustomer(newCustomer),
                new HistoryController(history, ui)).root();
    }

    private Parent prices(Backend backend) {
        return PricesScreen.load(ui, backend.prices(), backend.catalogue(), backend.priceExport(), backend.priceImport())
                .view().root();
    }

    private Parent charts(Backend backend) {
        ChartsViewModel vm = new ChartsViewModel(backend.charts(), ui);
        return ui.views().load(ChartsController.class, new ChartsController(vm, ui, FileTarget.dialog(owner))).root();
    }

    private Parent catalogue(Backend backend) {
        CatalogueViewModel list = new CatalogueViewModel(backend.catalogue(), ui);
        ProductFormViewModel form = new ProductFormViewModel(backend.catalogue(), ui);
        firstPageLoaded.bind(list.list().loadedProperty());
        NamedItemsWindow namedItems = new NamedItemsWindow(backend.catalogue(), ui, owner);
        return ui.views().load(CatalogueController.class, new CatalogueController(list, form, ui, namedItems),
                new ProductFormController(form, ui)).root();
    }

    private Parent suppliers(Backend backend) {
        SupplierListViewModel list = new SupplierListViewModel(backend.suppliers(), ui);
        SupplierFormViewModel form = new SupplierFormViewModel(backend.suppliers(), ui);
        SupplierTabsViewModel tabs = new SupplierTabsViewModel(backend.suppliers(), ui);
        return ui.views().load(SuppliersController.class, new SuppliersController(list, form, tabs, ui),
                new SupplierDetailsController(tabs, ui), new SupplierFormController(form, ui)).root();
    }
}
