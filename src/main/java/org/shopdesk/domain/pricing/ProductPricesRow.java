package org.shopdesk.domain.pricing;

import java.math.BigDecimal;

/**
 * A product across all providers: how many offer it now, the cheapest offer (its provider is
 * marked), the dearest and the spread between them, in the shop's currency. Offers in other
 * currencies are counted in {@code offers} and {@code foreignOffers} but not compared.
 */
public record ProductPricesRow(long productId, String sku, String title, String category, String producer,
                               int offers, int foreignOffers, BigDecimal min, BigDecimal max, BigDecimal spread,
                               BigDecimal spreadPercent, Long cheapestProviderId, String cheapestProvider) {
}
