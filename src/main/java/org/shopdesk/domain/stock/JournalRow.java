package org.shopdesk.domain.stock;

import java.time.Instant;

/**
 * One movement of the journal, with the balance of its product and provider right after it.
 * {@code purchaseId} is the check of a sale or return.
 */
public record JournalRow(long id, Instant movedAt, long productId, String sku, String title, long providerId,
                         String provider, StockReason reason, WriteOffReason writeOffReason, int delta,
                         long balanceAfter, Long purchaseId, String note, String movedBy) {

    public int unitsIn() {
        return Math.max(delta, 0);
    }

    public int unitsOut() {
        return Math.max(-delta, 0);
    }
}
