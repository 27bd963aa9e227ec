package org.shopdesk.ui.customers;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.shopdesk.domain.party.CustomerQuery;
import org.shopdesk.domain.party.CustomerRow;
import org.shopdesk.domain.party.CustomerSort;
import org.shopdesk.domain.party.CustomerStatus;
import org.shopdesk.service.party.CustomerService;
import org.shopdesk.ui.kit.PagedList;
import org.shopdesk.ui.kit.UiContext;

/**
 * The customers list: search text (a name, the start of an e-mail, or a phone however typed),
 * active or archived, order and page in; one page of rows out, a superseded load cancelled in the
 * database. Also the link that keeps the list's selection and the customer form in step.
 */
public final class CustomerListViewModel {
    public static final int PAGE_SIZE = 100;

    private final ObjectProperty<CustomerStatus> status = new SimpleObjectProperty<>(CustomerStatus.ACTIVE);
    private final PagedList<CustomerRow, CustomerSort> list;

    public CustomerListViewModel(CustomerService customers, UiContext ui) {
        list = new PagedList<CustomerRow, CustomerSort>(ui.tasks(), ui.errors(), PAGE_SIZE, CustomerSort.LAST_NAME,
                CustomerRow::id, (r, cancellation) -> customers.findCustomers(new CustomerQuery(r.text(),
                        status.get(), r.sort(), r.descending(), r.offset(), r.limit()), cancellation))
                .restartOn(status);
    }

    /**
     * Picking a row opens it in the form unless the user keeps unsaved changes (then the selection
     * stays on the customer the form shows); a save, archive or erase reloads the page.
     */
    public void attach(CustomerFormViewModel form) {
        list.setSelectionGuard(row -> form.record().shows(row.id()) || form.confirmDiscard());
        list.selectedProperty().addListener((o, before, row) -> {
            if (row != null && !form.record().shows(row.id())) {
                form.record().show(row.id());
            }
        });
        form.setOnSaved(list::load);
    }

    /** A new customer in the form (if the user lets go of unsaved changes): nothing selected in the list. */
    public boolean newCustomer(CustomerFormViewModel form) {
        if (form.newCustomer()) {
            list.clearSelection();
            return true;
        }
        return false;
    }

    public void load() {
        list.load();
    }

    public PagedList<CustomerRow, CustomerSort> list() {
        return list;
    }

    public ObjectProperty<CustomerStatus> statusProperty() {
        return status;
    }
}
