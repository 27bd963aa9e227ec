package org.shopdesk.domain.party;

import java.math.BigDecimal;
import java.time.Instant;

/** A product the provider offers now: its current price, since when, and the provider's stock of it. */
public record ProviderOffer(long productId, String sku, String title, BigDecimal price, String currency,
                            Instant since, long stock) {
}
