package org.shopdesk.domain.charts;

import java.math.BigDecimal;

/** One ABC class in one currency: how many items, their net revenue and its share in percent. */
public record AbcClass(String currency, String abcClass, long count, BigDecimal netRevenue, BigDecimal share) {
}
