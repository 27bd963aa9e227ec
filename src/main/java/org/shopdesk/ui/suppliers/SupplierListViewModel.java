package org.shopdesk.ui.suppliers;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.shopdesk.domain.party.ProviderQuery;
import org.shopdesk.domain.party.ProviderRow;
import org.shopdesk.domain.party.ProviderSort;
import org.shopdesk.domain.party.ProviderStatus;
import org.shopdesk.service.suppliers.SupplierService;
import org.shopdesk.ui.kit.PagedList;
import org.shopdesk.ui.kit.UiContext;

/**
 * The providers list: search text, status (active, archived, all), order and page in; one page of
 * providers with their figures out, every figure computed by the database. Also the link that keeps
 * the list's selection, the provider's card and its tabs in step.
 */
public final class SupplierListViewModel {
    public static final int PAGE_SIZE = 100;

    private final ObjectProperty<ProviderStatus> status = new SimpleObjectProperty<>(ProviderStatus.ACTIVE);
    private final PagedList<ProviderRow, ProviderSort> list;

    public SupplierListViewModel(SupplierService suppliers, UiContext ui) {
        list = new PagedList<ProviderRow, ProviderSort>(ui.tasks(), ui.errors(), PAGE_SIZE, ProviderSort.NAME,
                ProviderRow::id, (r, cancellation) -> suppliers.findProviders(new ProviderQuery(r.text(),
                        status.get(), r.sort(), r.descending(), r.offset(), r.limit()), cancellation))
                .restartOn(status);
    }

    /**
     * Picking a row opens it in the card unless the user keeps unsaved changes (the selection then
     * stays on the provider the card shows); the tabs follow the card; a save reloads the page.
     */
    public void attach(SupplierFormViewModel form, SupplierTabsViewModel tabs) {
        list.setSelectionGuard(row -> form.record().shows(row.id()) || form.confirmDiscard());
        list.selectedProperty().addListener((o, before, row) -> {
            if (row != null && !form.record().shows(row.id())) {
                form.record().show(row.id());
            }
        });
        form.record().property().addListener((o, before, p) -> tabs.showProvider(p == null ? null : p.id(), p == null ? null : p.name()));
        // After a save the list follows the provider the card shows; after a delete nothing is selected.
        form.setOnSaved(() -> {
            if (form.record().get() == null) {
                list.clearSelection();
                list.load();
            } else {
                list.reloadSelecting(form.record().get().id());
            }
        });
    }

    /** A new provider in the card (if the user lets go of unsaved changes): nothing selected in the list. */
    public boolean newProvider(SupplierFormViewModel form) {
        if (form.newProvider()) {
            list.clearSelection();
            return true;
        }
        return false;
    }

    public void load() {
        list.load();
    }

    public PagedList<ProviderRow, ProviderSort> list() {
        return list;
    }

    public ObjectProperty<ProviderStatus> statusProperty() {
        return status;
    }
}
