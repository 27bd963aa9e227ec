package org.shopdesk.domain.party;

import java.math.BigDecimal;
import java.time.Instant;
import org.shopdesk.domain.purchasing.PurchaseKind;

/** One check in a customer's history: when, from which provider, a sale or a return, for how much. */
public record CustomerCheckRow(long id, Instant purchasedAt, String provider, PurchaseKind kind, BigDecimal total,
                               String currency, Long returnsId, int lines) {
}
