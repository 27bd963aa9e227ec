package org.shopdesk.domain.charts;

import java.math.BigDecimal;

/** A producer's goods sold in a period, through all providers: net revenue, units, their ranks, and share in percent. */
public record ProducerSales(long producerId, String producer, String currency, BigDecimal netRevenue, int revenueRank,
                            long units, int unitsRank, BigDecimal share) {
}
