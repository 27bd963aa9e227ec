package org.shopdesk.domain.party;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product the provider holds (or held: a balance of zero stays listed): the balance, its
 * current price (null when it no longer offers it) and their value, and when the balance last
 * changed.
 */
public record ProviderStock(long productId, String sku, String title, long balance, BigDecimal price,
                            BigDecimal value, Instant changedAt) {
}
