package org.shopdesk.domain.charts;

import java.math.BigDecimal;

/**
 * A provider's sales in a period and currency: net revenue and its rank, sale checks and their
 * rank ("who sold more"; equal figures share a rank), average check (null without checks), units
 * sold, share of the currency's net revenue in percent, and returns (checks and their sum).
 */
public record ProviderSales(long providerId, String provider, String currency, BigDecimal netRevenue, int revenueRank,
                            long checks, int checksRank, BigDecimal averageCheck, long units, BigDecimal share,
                            long returns, BigDecimal returned) {
}
