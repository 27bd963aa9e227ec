package org.shopdesk.domain.stock;

/** Goods that do not cover a write-off or a count: which, whose, and how many are there. */
public record StockShortage(long productId, String title, long providerId, String provider, int available,
                            int asked) {
}
