package org.shopdesk.domain.purchasing;

import java.math.BigDecimal;

/** A recorded sale: its check number, what it came to (at the prices paid), lines and units. */
public record SaleReceipt(long purchaseId, BigDecimal total, String currency, int lines, int units) {
}
