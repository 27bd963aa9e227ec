package org.shopdesk.domain.party;

import java.math.BigDecimal;
import java.time.Instant;
import org.shopdesk.domain.purchasing.PurchaseKind;

/** A check made through the provider: a sale or a return, whom to, its lines, units and total. */
public record ProviderCheck(long id, Instant purchasedAt, PurchaseKind kind, String customer, int lines,
                            long units, BigDecimal total, String currency, String clerk) {
}
