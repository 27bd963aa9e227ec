package org.shopdesk.domain.purchasing;

import java.math.BigDecimal;
import java.util.List;

/** A recorded sale: its checks, one per provider in provider order, and what they came to together. */
public record BasketReceipt(List<SaleReceipt> checks) {
    public BasketReceipt {
        checks = List.copyOf(checks);
    }

    public BigDecimal total() {
        return checks.stream().map(SaleReceipt::total).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
