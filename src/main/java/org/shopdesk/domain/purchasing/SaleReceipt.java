package org.shopdesk.domain.purchasing;

import java.math.BigDecimal;

/** A recorded check: its number, its provider, what it came to (at the prices paid), lines and units. */
public record SaleReceipt(long purchaseId, long providerId, BigDecimal total, String currency, int lines, int units) {
}
