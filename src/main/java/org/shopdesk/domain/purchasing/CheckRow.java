package org.shopdesk.domain.purchasing;

import java.math.BigDecimal;
import java.time.Instant;

/** One check in the history: a sale, or a return of sale {@code returnsId}. */
public record CheckRow(long id, Instant purchasedAt, PurchaseKind kind, Long returnsId, long customerId,
                       String customer, long providerId, String provider, String clerk, BigDecimal total,
                       String currency) {
}
