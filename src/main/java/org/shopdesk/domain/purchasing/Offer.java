package org.shopdesk.domain.purchasing;

import java.math.BigDecimal;

/** A provider's current offer of a product: its price row, the price, and what it has in stock. */
public record Offer(long providerId, String provider, long priceId, BigDecimal price, String currency, int available) {
}
