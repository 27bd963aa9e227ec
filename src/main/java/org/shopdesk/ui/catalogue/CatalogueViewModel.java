package org.shopdesk.ui.catalogue;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.catalogue.ProductQuery;
import org.shopdesk.domain.catalogue.ProductRow;
import org.shopdesk.domain.catalogue.ProductSort;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Page;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.ui.common.TaskRunner;

/**
 * The Catalogue list: search text, filters, order and page in; one page of rows out. Only a page
 * is ever held in memory. A newer load makes the answer of an older one irrelevant, so answers
 * that arrive late are dropped.
 */
public final class CatalogueViewModel {
    public static final int PAGE_SIZE = 100;

    private final CatalogueService catalogue;
    private final TaskRunner tasks;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<NamedItem> category = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedItem> producer = new SimpleObjectProperty<>();
    private final BooleanProperty showArchived = new SimpleBooleanProperty(false);
    private final ObjectProperty<ProductSort> sort = new SimpleObjectProperty<>(ProductSort.TITLE);
    private final BooleanProperty descending = new SimpleBooleanProperty(false);
    private final IntegerProperty page = new SimpleIntegerProperty(0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ObservableList<ProductRow> rows = FXCollections.observableArrayList();
    private final ObservableList<NamedItem> categories = FXCollections.observableArrayList();
    private final ObservableList<NamedItem> producers = FXCollections.observableArrayList();
    private final javafx.beans.property.ReadOnlyBooleanWrapper loaded = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private long generation;

    public CatalogueViewModel(CatalogueService catalogue, TaskRunner tasks) {
        this.catalogue = catalogue;
        this.tasks = tasks;
        // A changed filter or order starts again at the first page; a changed page just loads it.
        javafx.beans.value.ChangeListener<Object> restart = (o, before, after) -> reloadFromStart();
        category.addListener(restart);
        producer.addListener(restart);
        showArchived.addListener(restart);
        sort.addListener(restart);
        descending.addListener(restart);
    }

    /** Loads the current page; the search field calls it after the user pauses typing. */
    public void load() {
        ProductQuery query = query();
        long mine = ++generation;
        tasks.call(() -> catalogue.findProducts(query))
                .onSuccess(result -> {
                    if (mine == generation) {
                        show(result);
                    }
                })
                .start();
    }

    public void search() {
        reloadFromStart();
    }

    public void loadReferenceData() {
        tasks.call(catalogue::categories).onSuccess(categories::setAll).start();
        tasks.call(catalogue::producers).onSuccess(producers::setAll).start();
    }

    public void firstPage() {
        goTo(0);
    }

    public void previousPage() {
        goTo(page.get() - 1);
    }

    public void nextPage() {
        goTo(page.get() + 1);
    }

    public void lastPage() {
        goTo(pageCount.get() - 1);
    }

    public void goTo(int newPage) {
        int target = Math.max(0, Math.min(newPage, pageCount.get() - 1));
        page.set(target);
        load();
    }

    ProductQuery query() {
        return new ProductQuery(searchText.get(), idOf(category.get()), idOf(producer.get()), showArchived.get(),
                sort.get(), descending.get(), page.get() * PAGE_SIZE, PAGE_SIZE);
    }

    private void reloadFromStart() {
        page.set(0);
        load();
    }

    private void show(Page<ProductRow> result) {
        rows.setAll(result.items());
        total.set(result.total());
        pageCount.set(result.pageCount());
        loaded.set(true);
    }

    private static Long idOf(NamedItem item) {
        return item == null ? null : item.id();
    }

    public StringProperty searchTextProperty() {
        return searchText;
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

    public ObjectProperty<ProductSort> sortProperty() {
        return sort;
    }

    public BooleanProperty descendingProperty() {
        return descending;
    }

    public IntegerProperty pageProperty() {
        return page;
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    /** True once the first page has arrived: until then an empty list means "still loading". */
    public javafx.beans.property.ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableList<ProductRow> rows() {
        return rows;
    }

    public ObservableList<NamedItem> categories() {
        return categories;
    }

    public ObservableList<NamedItem> producers() {
        return producers;
    }
}
