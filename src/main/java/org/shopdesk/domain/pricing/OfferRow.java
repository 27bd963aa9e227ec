package org.shopdesk.domain.pricing;

import java.math.BigDecimal;
import java.time.Instant;

/** One provider's offer of a product now, the cheapest marked, with a scheduled change if any. */
public record OfferRow(long providerId, String provider, long priceId, BigDecimal value, String currency,
                       Instant validFrom, String changedBy, boolean cheapest, BigDecimal nextValue, Instant nextFrom) {
}
