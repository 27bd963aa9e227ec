package org.shopdesk.domain.pricing;

/** What an applied price list did: new prices, changed, left alone, rows skipped for errors, offers ended. */
public record ImportSummary(int added, int changed, int unchanged, int skipped, int closed) {
    public boolean changedAnything() {
        return added + changed + closed > 0;
    }
}
