package org.shopdesk.domain.charts;

import java.math.BigDecimal;

/** One of a producer's best products in a period: net revenue and its rank, units, and share of the producer's net revenue in percent. */
public record ProductSales(long productId, String sku, String title, String currency, BigDecimal netRevenue, int rank,
                           long units, BigDecimal share) {
}
