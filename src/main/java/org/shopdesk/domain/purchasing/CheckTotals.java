package org.shopdesk.domain.purchasing;

import java.math.BigDecimal;

/**
 * The footer of the filtered history: how many checks, the net revenue (sales less returns), and
 * the average sale check (null when the set has no sale).
 */
public record CheckTotals(long checks, long sales, long returns, BigDecimal netRevenue, BigDecimal averageCheck) {
}
