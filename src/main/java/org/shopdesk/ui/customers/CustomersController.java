package org.shopdesk.ui.customers;

import java.math.BigDecimal;
import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.shopdesk.domain.party.CustomerRow;
import org.shopdesk.domain.party.CustomerSort;
import org.shopdesk.domain.party.CustomerStatus;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.PagedTable;
import org.shopdesk.ui.kit.Pager;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.ui.kit.UiContext;

/** Binds the Customers toolbar and list to its view model; the form has its own controller. */
public final class CustomersController {
    private static final PagedTable.Texts LIST_TEXTS = new PagedTable.Texts("customers", "customer.loading",
            "customer.empty", "customer.total");

    private final CustomerListViewModel list;
    private final CustomerFormViewModel form;
    private final UiContext ui;

    @FXML private BorderPane root;
    @FXML private TextField search;
    @FXML private ComboBox<CustomerStatus> statusFilter;
    @FXML private SplitPane split;
    @FXML private CustomerFormController formController;
    @FXML private TableView<CustomerRow> table;
    @FXML private TableColumn<CustomerRow, String> lastNameColumn;
    @FXML private TableColumn<CustomerRow, String> firstNameColumn;
    @FXML private TableColumn<CustomerRow, String> phoneColumn;
    @FXML private TableColumn<CustomerRow, String> emailColumn;
    @FXML private TableColumn<CustomerRow, Number> checksColumn;
    @FXML private TableColumn<CustomerRow, BigDecimal> revenueColumn;
    @FXML private TableColumn<CustomerRow, Instant> lastPurchaseColumn;
    @FXML private Pager pager;

    public CustomersController(CustomerListViewModel list, CustomerFormViewModel form, UiContext ui) {
        this.list = list;
        this.form = form;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        list.attach(form);
        bindTable();
        statusFilter.getItems().setAll(CustomerStatus.values());
        statusFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(CustomerStatus status) {
                return status == null ? "" : ui.messages().get("customer.status." + status.name());
            }

            @Override
            public CustomerStatus fromString(String text) {
                return null;
            }
        });
        statusFilter.valueProperty().bindBidirectional(list.statusProperty());
        Shortcuts.on(root)
                .add(Shortcuts.FIND, () -> {
                    search.requestFocus();
                    search.selectAll();
                })
                .add(Shortcuts.NEW, this::newCustomer)
                .add(Shortcuts.SAVE, formController::save)
                .add(Shortcuts.ESCAPE, table::requestFocus);
        Shortcuts.onEnter(table, formController::focusFirstField);
        list.load();
    }

    private void bindTable() {
        Columns cells = new Columns(ui.formats());
        cells.text(lastNameColumn, r -> r.erased() ? ui.messages().get("customer.erasedName", r.id()) : r.lastName());
        cells.text(firstNameColumn, r -> r.erased() ? "" : r.firstName());
        cells.text(phoneColumn, CustomerRow::phone);
        cells.longText(emailColumn, CustomerRow::email);
        cells.integer(checksColumn, CustomerRow::checks);
        cells.money(revenueColumn, CustomerRow::netRevenue);
        cells.dateTime(lastPurchaseColumn, CustomerRow::lastPurchase);
        Columns.markArchived(table, CustomerRow::archived);
        PagedTable.bind(table, pager, list.list(), ui, LIST_TEXTS)
                .sortable(lastNameColumn, CustomerSort.LAST_NAME)
                .sortable(firstNameColumn, CustomerSort.FIRST_NAME)
                .sortable(checksColumn, CustomerSort.CHECKS)
                .sortable(revenueColumn, CustomerSort.NET_REVENUE)
                .sortable(lastPurchaseColumn, CustomerSort.LAST_PURCHASE)
                .search(search)
                .fill(emailColumn)
                .rememberColumnWidths();
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
    }

    @FXML
    private void newCustomer() {
        if (list.newCustomer(form)) {
            formController.focusFirstField();
        }
    }
}
