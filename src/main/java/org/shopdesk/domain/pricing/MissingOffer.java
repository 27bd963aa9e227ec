package org.shopdesk.domain.pricing;

import java.math.BigDecimal;

/** An offer of the provider that its new price list no longer lists; the import may end it. */
public record MissingOffer(long productId, String sku, String title, long priceId, BigDecimal value, String currency) {
}
