package org.shopdesk.domain.pricing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A new price of a product at a provider, valid from now ({@code validFrom} null) or from a future
 * moment. {@code expectedPriceId} is the price valid now that the user saw (null: there was none);
 * if another change came first, the edit is refused as a conflict rather than overwriting it.
 */
public record PriceChange(long productId, long providerId, Long expectedPriceId, BigDecimal value, String currency,
                          Instant validFrom) {
}
