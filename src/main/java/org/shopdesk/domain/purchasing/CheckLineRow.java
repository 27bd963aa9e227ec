package org.shopdesk.domain.purchasing;

import java.math.BigDecimal;

/**
 * A line of a check as its detail and receipt show it. For a sale, {@code returned} is how many
 * units of it have come back so far (so {@code quantity - returned} may still be returned).
 */
public record CheckLineRow(long productId, String sku, String title, int quantity, BigDecimal unitPrice,
                           BigDecimal lineTotal, int returned) {
    public int returnable() {
        return quantity - returned;
    }
}
