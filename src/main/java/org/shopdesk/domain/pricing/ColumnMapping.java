package org.shopdesk.domain.pricing;

/**
 * Which column of a price list holds what: a header's text, or a 1-based column number when the
 * file has no header row. At least one key (our SKU, the EAN, the provider's article) and the
 * price are needed; currency and stock are optional (null).
 */
public record ColumnMapping(String sku, String ean, String article, String price, String currency, String stock) {
    public ColumnMapping {
        sku = blankToNull(sku);
        ean = blankToNull(ean);
        article = blankToNull(article);
        price = blankToNull(price);
        currency = blankToNull(currency);
        stock = blankToNull(stock);
    }

    public boolean hasKey() {
        return sku != null || ean != null || article != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
