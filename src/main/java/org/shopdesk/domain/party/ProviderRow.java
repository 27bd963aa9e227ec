package org.shopdesk.domain.party;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A line of the providers list with its figures, all computed by the database: products offered
 * (current prices), units in stock, their value at the provider's current prices, sale checks
 * and their revenue over the last 30 days (the shop's days, today included), the average check
 * (null without checks), and when it last set a price (null if never).
 */
public record ProviderRow(long id, String name, String legalName, String inn, boolean archived,
                          long offers, long units, BigDecimal stockValue,
                          long checks30, BigDecimal revenue30, BigDecimal averageCheck30,
                          Instant lastPriceChange) {
}
