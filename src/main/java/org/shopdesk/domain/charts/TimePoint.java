package org.shopdesk.domain.charts;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Step {@code index} of the over-time chart in one currency: its first day in this period and in
 * the previous one, net revenue and sale checks of both.
 */
public record TimePoint(int index, LocalDate start, LocalDate previousStart, String currency, BigDecimal netRevenue,
                        long checks, BigDecimal previousNetRevenue, long previousChecks) {
}
