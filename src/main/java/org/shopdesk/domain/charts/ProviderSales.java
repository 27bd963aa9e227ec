package org.shopdesk.domain.charts;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A provider's sales in a period: checks and their sum, returns, units sold, and the stock it
 * holds now (sales against stock). A provider that sold nothing is listed with zeros.
 */
public record ProviderSales(long providerId, String provider, long checks, BigDecimal revenue, long returns,
                            BigDecimal returned, long units, long stock) {
    /** Revenue per check; zero without checks. */
    public BigDecimal averageCheck() {
        return checks == 0 ? BigDecimal.ZERO : revenue.divide(BigDecimal.valueOf(checks), 2, RoundingMode.HALF_UP);
    }
}
