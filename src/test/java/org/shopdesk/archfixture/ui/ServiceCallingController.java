package org.shopdesk.archfixture.ui;

import org.shopdesk.domain.catalogue.ProductQuery;
import org.shopdesk.service.catalogue.CatalogueService;

/** A controller that reaches past its view model into a service: ArchitectureTest must flag it. */
public final class ServiceCallingController {
    private final CatalogueService catalogue;

    public ServiceCallingController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    long count() {
        return catalogue.findProducts(ProductQuery.firstPage(1)).total();
    }
}
