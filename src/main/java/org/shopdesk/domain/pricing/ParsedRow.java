package org.shopdesk.domain.pricing;

import java.math.BigDecimal;

/**
 * One data row of a price-list file as read: its line number in the file (or row number in the
 * sheet), the keys as text (leading zeros kept), the price, and a problem found while reading
 * it (null when it read well).
 */
public record ParsedRow(int line, String sku, String ean, String article, BigDecimal value, String currency,
                        Integer stock, ImportProblem problem, String priceText) {
    public static ParsedRow of(int line, String sku, BigDecimal value, String currency) {
        return new ParsedRow(line, sku, null, null, value, currency, null, null, value == null ? "" : value.toPlainString());
    }

    /** The key shown to the user: the first of SKU, EAN, article that the row has. */
    public String key() {
        return sku != null ? sku : ean != null ? ean : article;
    }
}
