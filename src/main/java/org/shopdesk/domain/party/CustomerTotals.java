package org.shopdesk.domain.party;

import java.math.BigDecimal;
import java.time.Instant;

/** A customer's lifetime: sales and returns, their sums, and when it first and last bought. */
public record CustomerTotals(long sales, long returns, BigDecimal salesTotal, BigDecimal returnsTotal,
                             Instant firstPurchase, Instant lastPurchase) {
    public static final CustomerTotals NONE = new CustomerTotals(0, 0, BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), null, null);

    /** Every check, sales and returns. */
    public long checks() {
        return sales + returns;
    }

    /** What the customer brought the shop: sales minus returns. */
    public BigDecimal netRevenue() {
        return salesTotal.subtract(returnsTotal);
    }
}
