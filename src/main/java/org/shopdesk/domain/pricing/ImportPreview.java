package org.shopdesk.domain.pricing;

import java.util.List;

/**
 * A price list compared with the provider's prices now, row by row, and the offers the list no
 * longer has. Nothing is written by a preview.
 */
public record ImportPreview(long providerId, List<ImportRow> rows, List<MissingOffer> missing, int added,
                            int changed, int unchanged, int errors) {
    public ImportPreview {
        rows = List.copyOf(rows);
        missing = List.copyOf(missing);
    }

    public List<ImportRow> errorRows() {
        return rows.stream().filter(r -> r.status() == ImportStatus.ERROR).toList();
    }
}
