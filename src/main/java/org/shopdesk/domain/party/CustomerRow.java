package org.shopdesk.domain.party;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of the customers list: the name, the primary e-mail and phone, and the lifetime figures
 * (checks bought, net revenue = sales minus returns, the last purchase), all computed in SQL.
 */
public record CustomerRow(long id, String firstName, String lastName, String email, String phone,
                          long checks, BigDecimal netRevenue, Instant lastPurchase, boolean archived, boolean erased) {
}
