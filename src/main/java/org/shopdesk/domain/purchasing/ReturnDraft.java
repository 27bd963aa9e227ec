package org.shopdesk.domain.purchasing;

import java.util.List;
import java.util.UUID;

/**
 * A return of some or all of a sale's goods. The client key is made when the clerk opens the
 * return; saving it twice lands once.
 */
public record ReturnDraft(UUID clientKey, long saleId, List<ReturnLine> lines) {
    public ReturnDraft {
        lines = List.copyOf(lines);
    }
}
