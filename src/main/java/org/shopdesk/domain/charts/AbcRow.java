package org.shopdesk.domain.charts;

import java.math.BigDecimal;

/**
 * A product or provider in the ABC analysis: net revenue, its rank, share and cumulative share
 * (with those of equal revenue) in percent, and its class: A if those ranked above it make less
 * than 80 % of the currency's net revenue, B if less than 95 %, C otherwise.
 */
public record AbcRow(long id, String name, String currency, BigDecimal netRevenue, int rank, BigDecimal share,
                     BigDecimal cumulativeShare, String abcClass) {
}
