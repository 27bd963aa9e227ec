package org.shopdesk.domain.pricing;

import java.math.BigDecimal;

/** One price a bulk change touches: old -> new; {@code valid} false when the new price would be 0 or less. */
public record BulkPreviewRow(long priceId, long productId, String sku, String title, BigDecimal oldValue,
                             BigDecimal newValue, String currency, boolean valid) {
    public boolean changes() {
        return valid && oldValue.compareTo(newValue) != 0;
    }
}
