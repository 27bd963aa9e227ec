package org.shopdesk.domain.pricing;

/**
 * How to apply a price list: skip rows in error (otherwise any error stops the whole import) and
 * end the provider's offers that the list no longer has.
 */
public record ImportOptions(boolean skipBadRows, boolean closeMissing) {
    public static final ImportOptions STRICT = new ImportOptions(false, false);
}
