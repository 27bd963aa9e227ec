package org.shopdesk.domain.charts;

import java.math.BigDecimal;

/**
 * The KPI tiles in one currency: this period, the previous period of the same length, and the
 * change of each figure in percent of the previous one (null where the previous is zero or absent).
 * {@code currency} is null only when neither period has any sale.
 */
public record Kpi(String currency, KpiFigures current, KpiFigures previous, BigDecimal netRevenueChange,
                  BigDecimal checksChange, BigDecimal averageCheckChange, BigDecimal unitsChange, BigDecimal returnsChange) {
}
