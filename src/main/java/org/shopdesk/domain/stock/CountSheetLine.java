package org.shopdesk.domain.stock;

import java.time.Instant;

/** A line of a count sheet: the goods, where they belong, and what the books say is there. */
public record CountSheetLine(long productId, String sku, String title, String category, int balance,
                             Instant lastCounted) {
}
