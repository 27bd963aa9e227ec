package org.shopdesk.domain.purchasing;

/**
 * One line of a sale as the clerk entered it: the product, the price row the clerk saw (so that a
 * price changed meanwhile is noticed, never charged silently), and how many.
 */
public record SaleLine(long productId, long priceId, int quantity) {
}
