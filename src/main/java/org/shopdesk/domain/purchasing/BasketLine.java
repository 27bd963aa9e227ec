package org.shopdesk.domain.purchasing;

/**
 * One line of the clerk's basket: a product from one provider at the price row the clerk was shown
 * (so a price changed meanwhile is noticed, never charged silently), and how many.
 */
public record BasketLine(long productId, long providerId, long priceId, int quantity) {
}
