package org.shopdesk.domain.pricing;

import java.math.BigDecimal;

/** One row of a provider's price list: a product by its SKU, its price and currency. */
public record PriceListRow(String sku, BigDecimal value, String currency) {
}
