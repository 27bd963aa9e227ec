package org.shopdesk.domain.purchasing;

/** How many units of a product of the sale go back. */
public record ReturnLine(long productId, int quantity) {
}
