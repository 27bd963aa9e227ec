package org.shopdesk.domain.charts;

import java.math.BigDecimal;

/**
 * The tiles' figures of one period in one currency (see README, "Measures"): sales (sum of sale
 * checks), returned (sum of return checks), net revenue = sales - returned, checks (sale checks),
 * average check = net revenue / checks (null without checks), units sold (units sold minus units
 * returned), returns (return checks).
 */
public record KpiFigures(BigDecimal sales, BigDecimal returned, BigDecimal netRevenue, long checks,
                         BigDecimal averageCheck, long units, long returns) {
}
