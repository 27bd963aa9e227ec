package org.shopdesk.domain.pricing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of one provider's price list in the grid: the product, the provider's own article
 * number, the price valid now (null when there is none; {@code priceId} is what an edit carries
 * to detect a concurrent change), since when and who set it, and a scheduled change if any.
 */
public record ProviderPriceRow(long productId, String sku, String title, String category, String producer,
                               String article, Long priceId, BigDecimal value, String currency, Instant validFrom,
                               String changedBy, BigDecimal nextValue, Instant nextFrom) {
}
