package org.shopdesk.domain.pricing;

import java.math.BigDecimal;

/**
 * One row of a price-list preview: its line, the key it gave, the product it matched (if any),
 * what importing it would do, the old and new price and the change in percent; for an error
 * the reason (and, for a duplicate, the line it repeats).
 */
public record ImportRow(int line, String key, Long productId, String sku, String title, ImportStatus status,
                        ImportProblem problem, BigDecimal oldValue, BigDecimal newValue, String currency,
                        BigDecimal percent, Integer firstLine, Integer stock, String priceText) {
}
