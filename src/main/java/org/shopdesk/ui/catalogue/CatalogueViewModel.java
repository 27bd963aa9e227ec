package org.shopdesk.ui.catalogue;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.catalogue.ProductQuery;
import org.shopdesk.domain.catalogue.ProductRow;
import org.shopdesk.domain.catalogue.ProductSort;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.ui.kit.PagedList;
import org.shopdesk.ui.kit.UiContext;

/**
 * The Catalogue list: search text, filters, order and page in; one page of rows out (a
 * {@link PagedList}, so a superseded load is cancelled in the database). Also the filters' lists,
 * and the link that keeps the list's selection and the product form in step.
 */
public final class CatalogueViewModel {
    public static final int PAGE_SIZE = 100;

    private final CatalogueService catalogue;
    private final UiContext ui;
    private final ObjectProperty<NamedItem> category = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedItem> producer = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObservableList<NamedItem> categories = FXCollections.observableArrayList();
    private final ObservableList<NamedItem> producers = FXCollections.observableArrayList();
    private final PagedList<ProductRow, ProductSort> list;

    public CatalogueViewModel(CatalogueService catalogue, UiContext ui) {
        this.catalogue = catalogue;
        this.ui = ui;
        list = new PagedList<ProductRow, ProductSort>(ui.tasks(), ui.errors(), PAGE_SIZE, ProductSort.TITLE,
                ProductRow::id, (r, cancellation) -> catalogue.findProducts(new ProductQuery(r.text(), idOf(category.get()),
                        idOf(producer.get()), showArchived.get(), r.sort(), r.descending(), r.offset(), r.limit()),
                        cancellation))
                .restartOn(category, producer, showArchived);
    }

    /**
     * Keeps the list and the form in step: picking a row opens it in the form unless the user keeps
     * unsaved changes, in which case the selection stays on the product the form shows; a save
     * reloads the page with the saved product selected.
     */
    public void attach(ProductFormViewModel form) {
        list.setSelectionGuard(row -> form.record().shows(row.id()) || form.confirmDiscard());
        list.selectedProperty().addListener((o, before, row) -> {
            if (row != null && !form.record().shows(row.id())) {
                form.record().show(row.id());
            }
        });
        form.setOnSaved(() -> list.reloadSelecting(form.record().get() == null ? null
                : form.record().get().id()));
    }

    /** A new product in the form (if the user lets go of unsaved changes): nothing selected in the list. */
    public boolean newProduct(ProductFormViewModel form) {
        if (form.newProduct()) {
            list.clearSelection();
            return true;
        }
        return false;
    }

    public void load() {
        list.load();
    }

    public void loadReferenceData() {
        ui.tasks().call(catalogue::categories).onSuccess(categories::setAll).start();
        ui.tasks().call(catalogue::producers).onSuccess(producers::setAll).start();
    }

    public PagedList<ProductRow, ProductSort> list() {
        return list;
    }

    private static Long idOf(NamedItem item) {
        return item == null ? null : item.id();
    }

    public ObjectProperty<NamedItem> categoryProperty() {
        return category;
    }

    public ObjectProperty<NamedItem> producerProperty() {
        return producer;
    }

    public BooleanProperty showArchivedProperty() {
        return showArchived;
    }

    public ObservableList<NamedItem> categories() {
        return categories;
    }

    public ObservableList<NamedItem> producers() {
        return producers;
    }
}
