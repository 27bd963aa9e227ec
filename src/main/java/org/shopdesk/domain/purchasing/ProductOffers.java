package org.shopdesk.domain.purchasing;

import java.util.List;

/**
 * A product the clerk can sell, with every active provider's current offer, cheapest first. A
 * product no provider offers has no offers (the screen says so rather than hiding it).
 */
public record ProductOffers(long productId, String sku, String ean, String title, List<Offer> offers) {
    public ProductOffers {
        offers = List.copyOf(offers);
    }
}
