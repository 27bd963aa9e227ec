package org.shopdesk.domain.pricing;

import java.time.Instant;

/** A bulk change applied: how many prices changed, and from when they hold. */
public record BulkResult(int changed, Instant validFrom) {
}
