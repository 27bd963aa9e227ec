package org.shopdesk.ui.prices;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.pricing.ExportFormat;
import org.shopdesk.domain.pricing.PriceGridQuery;
import org.shopdesk.domain.pricing.PriceSort;
import org.shopdesk.domain.pricing.ProductPricesRow;
import org.shopdesk.domain.pricing.ProviderPriceRow;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.service.pricing.PriceExport;
import org.shopdesk.service.pricing.PriceService;
import org.shopdesk.ui.kit.GoodsFilter;
import org.shopdesk.ui.kit.PagedList;
import org.shopdesk.ui.kit.UiContext;

/**
 * The price grid: with a provider picked, that provider's prices (or the products it has no
 * price for); without one, every product with its offers summed up. Filters, the two paged lists
 * (only the one on screen loads), the reference lists, and export of the current view.
 */
public final class PricesViewModel {
    public static final int PAGE_SIZE = 100;

    private final PriceService prices;
    private final CatalogueService catalogue;
    private final PriceExport export;
    private final UiContext ui;
    private final GoodsFilter filter = new GoodsFilter();
    private final ObjectProperty<NamedItem> provider = filter.providerProperty();
    private final ObjectProperty<NamedItem> category = filter.categoryProperty();
    private final ObjectProperty<NamedItem> producer = filter.producerProperty();
    private final BooleanProperty onlyMissing = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final PagedList<ProviderPriceRow, PriceSort> providerList;
    private final PagedList<ProductPricesRow, PriceSort> allList;

    public PricesViewModel(PriceService prices, CatalogueService catalogue, PriceExport export, UiContext ui) {
        this.prices = prices;
        this.catalogue = catalogue;
        this.export = export;
        this.ui = ui;
        providerList = new PagedList<ProviderPriceRow, PriceSort>(ui.tasks(), ui.errors(), PAGE_SIZE, PriceSort.TITLE,
                ProviderPriceRow::productId, (r, cancel) -> provider.get() == null
                        ? new Page<>(List.of(), 0, r.offset(), r.limit())
                        : prices.providerPrices(query(r.text(), r.sort(), r.descending(), r.offset(), r.limit()), cancel));
        allList = new PagedList<ProductPricesRow, PriceSort>(ui.tasks(), ui.errors(), PAGE_SIZE, PriceSort.TITLE,
                ProductPricesRow::productId, (r, cancel) -> provider.get() != null
                        ? new Page<>(List.of(), 0, r.offset(), r.limit())
                        : prices.productPrices(query(r.text(), r.sort(), r.descending(), r.offset(), r.limit()), cancel));
        // Only the list on screen follows the filters; switching the view loads the other one.
        category.addListener(o -> restartShown());
        producer.addListener(o -> restartShown());
        onlyMissing.addListener(o -> restartShown());
        provider.addListener((o, before, after) -> {
            if (after == null) {
                onlyMissing.set(false);
            }
            restartShown();
        });
    }

    private PriceGridQuery query(String text, PriceSort sort, boolean descending, int offset, int limit) {
        Long providerId = idOf(provider.get());
        return new PriceGridQuery(text, idOf(category.get()), idOf(producer.get()), providerId, null,
                onlyMissing.get() && providerId != null ? providerId : null, sort, descending, offset, limit);
    }

    /** The whole current view (filters, search text, order) as one query, for export. */
    PriceGridQuery currentView() {
        PagedList<?, PriceSort> shown = oneProvider() ? providerList : allList;
        return query(shown.searchTextProperty().get(), shown.sortProperty().get(), shown.isDescending(), 0, 1);
    }

    private void restartShown() {
        if (oneProvider()) {
            providerList.restart();
        } else {
            allList.restart();
        }
    }

    public boolean oneProvider() {
        return provider.get() != null;
    }

    public void load() {
        restartShown();
    }

    public void loadReferenceData() {
        filter.loadChoices(ui.tasks(), prices::providers, catalogue::categories, catalogue::producers);
    }

    /** Writes the current view to {@code file}; {@code headers} in the user's language. */
    public void export(Path file, ExportFormat format) {
        PriceGridQuery view = currentView();
        List<String> headers = oneProvider()
                ? texts("prices.column.sku", "prices.column.title", "prices.column.category", "prices.column.producer",
                        "prices.column.article", "prices.column.price", "prices.column.currency", "prices.column.since")
                : texts("prices.column.sku", "prices.column.title", "prices.column.category", "prices.column.producer",
                        "prices.column.offers", "prices.column.min", "prices.column.max", "prices.column.spread",
                        "prices.column.spreadPercent", "prices.column.cheapest");
        status.set(ui.messages().get("prices.export.running"));
        ui.tasks().call(() -> {
            try (var out = Files.newOutputStream(file)) {
                return export.export(view, format, headers, out);
            }
        }).onSuccess(n -> status.set(ui.messages().get("prices.export.done", n, file.getFileName().toString())))
                .onError(e -> status.set(ui.errors().describe(e))).start();
    }

    private List<String> texts(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> ui.messages().get(k)).toList();
    }

    /** After a change elsewhere (a price saved, a bulk change, an import): the shown page again. */
    public void reload() {
        if (oneProvider()) {
            providerList.load();
        } else {
            allList.load();
        }
    }

    private static Long idOf(NamedItem item) {
        return item == null || item.id() < 0 ? null : item.id();
    }

    public PagedList<ProviderPriceRow, PriceSort> providerList() {
        return providerList;
    }

    public PagedList<ProductPricesRow, PriceSort> allList() {
        return allList;
    }

    /** Provider, category and producer, and the entries their pickers offer. */
    public GoodsFilter filter() {
        return filter;
    }

    public BooleanProperty onlyMissingProperty() {
        return onlyMissing;
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /**
     * Shows one provider's prices as another screen asked: that provider (the loaded list's entry
     * when there is one), the other filters cleared.
     */
    public void apply(OpenPrices request) {
        onlyMissing.set(false);
        filter.showProvider(request.providerId(), request.providerName());
    }
}
