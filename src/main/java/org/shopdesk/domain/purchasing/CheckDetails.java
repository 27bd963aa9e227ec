package org.shopdesk.domain.purchasing;

import java.util.List;

/**
 * A check with everything its detail and receipt show: the check, the provider's INN (null until
 * providers have one), the customer's contacts, the lines, and the returns made against a sale.
 */
public record CheckDetails(CheckRow check, String providerInn, String customerEmail, String customerPhone,
                           List<CheckLineRow> lines, List<Long> returnIds) {
    public CheckDetails {
        lines = List.copyOf(lines);
        returnIds = List.copyOf(returnIds);
    }

    public boolean isReturn() {
        return check.kind() == PurchaseKind.RETURN;
    }

    /** True while some unit of this sale may still come back. */
    public boolean returnable() {
        return !isReturn() && lines.stream().anyMatch(l -> l.returnable() > 0);
    }
}
