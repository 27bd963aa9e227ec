package org.shopdesk.ui.prices;

import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.service.pricing.PriceExport;
import org.shopdesk.service.pricing.PriceImportService;
import org.shopdesk.service.pricing.PriceService;
import org.shopdesk.ui.common.ViewLoader;
import org.shopdesk.ui.kit.UiContext;

/**
 * Builds the Prices screen: its view models over the services, the grid's controller and the
 * controllers of its included panes (offer and history, bulk change, import). A bulk change or
 * an import reloads the grid.
 */
public final class PricesScreen {
    private PricesScreen() {
    }

    /** The screen's root and its view models (tests drive the file choice through the import's). */
    public record Parts(ViewLoader.View<PricesController> view, PricesViewModel grid, PriceDetailViewModel detail,
                        BulkChangeViewModel bulk, PriceImportViewModel importer) {
    }

    public static Parts load(UiContext ui, PriceService prices, CatalogueService catalogue, PriceExport export,
                             PriceImportService imports) {
        PricesViewModel grid = new PricesViewModel(prices, catalogue, export, ui);
        PriceDetailViewModel detail = new PriceDetailViewModel(prices, ui);
        BulkChangeViewModel bulk = new BulkChangeViewModel(prices, ui);
        PriceImportViewModel importer = new PriceImportViewModel(imports, ui);
        bulk.setOnApplied(grid::reload);
        importer.setOnApplied(grid::reload);
        ui.navigator().handle(OpenPrices.class, grid::apply);
        return new Parts(ui.views().load(PricesController.class, new PricesController(grid, detail, ui),
                new PriceDetailController(detail, ui), new BulkChangeController(bulk, grid.filter(), ui),
                new PriceImportController(importer, grid.filter(), ui)), grid, detail, bulk, importer);
    }
}
