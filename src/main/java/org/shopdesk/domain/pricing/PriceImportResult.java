package org.shopdesk.domain.pricing;

/** What a price list changed: prices replaced (the old ones closed, kept as history), new, and unchanged. */
public record PriceImportResult(int changed, int added, int unchanged) {
}
