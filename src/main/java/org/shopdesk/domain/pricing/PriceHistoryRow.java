package org.shopdesk.domain.pricing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One period of a price: value, currency, from when to when (null: open), who set it and when,
 * who ended it and when (unknown for rows ended before ShopDesk recorded it). A cancelled row was
 * scheduled and replaced before it started: it never was in effect.
 */
public record PriceHistoryRow(long priceId, long providerId, String provider, BigDecimal value, String currency,
                              Instant validFrom, Instant validTo, Instant createdAt, String createdBy,
                              Instant closedAt, String closedBy, boolean current, boolean cancelled) {
}
