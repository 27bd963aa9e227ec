package org.shopdesk.domain.catalogue;

import java.math.BigDecimal;

/**
 * A line of the Catalogue list: the product with its category and producer names, the lowest
 * current price among providers (null when nobody sells it), how many providers offer it and
 * the stock they hold together.
 */
public record ProductRow(long id, String sku, String title, String category, String producer,
                         BigDecimal lowestPrice, int offers, long stock, boolean archived) {
}
