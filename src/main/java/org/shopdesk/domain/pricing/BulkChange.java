package org.shopdesk.domain.pricing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * "Provider X, category Y (optionally producer Z): +5 %" or "-100 ₽", rounded, valid from now
 * ({@code validFrom} null) or a future moment. {@code amount} is signed.
 */
public record BulkChange(long providerId, Long categoryId, Long producerId, Kind kind, BigDecimal amount,
                         Rounding rounding, Instant validFrom) {
    public enum Kind { PERCENT, AMOUNT }
}
