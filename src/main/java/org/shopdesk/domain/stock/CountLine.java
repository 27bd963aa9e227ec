package org.shopdesk.domain.stock;

/** One line of a count: a product of the sheet's provider and the units found on the shelf. */
public record CountLine(long productId, int counted) {
}
