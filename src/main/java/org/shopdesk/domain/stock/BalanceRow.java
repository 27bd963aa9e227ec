package org.shopdesk.domain.stock;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One balance as the list shows it. The figures from the journal are computed by the database:
 * units sold in the last 30 days, days of cover (balance over the daily rate; null when nothing
 * sold), the suggested level (null when nothing sold) and when the goods were last counted.
 */
public record BalanceRow(long stockId, int version, long productId, String sku, String title, String category,
                         String producer, long providerId, String provider, int leadTimeDays, int balance,
                         Integer reorderLevel, Integer suggestedLevel, long sold30Days, BigDecimal daysOfCover,
                         Instant lastCounted) {

    /** At or below its level: what the "needs reorder" filter selects and the list highlights. */
    public boolean needsReorder() {
        return reorderLevel != null && balance <= reorderLevel;
    }
}
