package org.shopdesk.domain.pricing;

import java.util.List;

/**
 * Every price a bulk change would touch, computed by the database: the rows, how many change,
 * and how many would become invalid (which stops the apply). Apply carries the previewed price
 * ids, so that a price changed meanwhile makes it refuse instead of surprising anyone.
 */
public record BulkPreview(BulkChange change, List<BulkPreviewRow> rows, int changed, int invalid) {
    public BulkPreview {
        rows = List.copyOf(rows);
    }

    public int count() {
        return rows.size();
    }

    public long[] priceIds() {
        return rows.stream().mapToLong(BulkPreviewRow::priceId).toArray();
    }
}
