package org.shopdesk.domain.purchasing;

import java.util.List;

/** One page of the history, newest first, and whether older checks follow. */
public record CheckPage(List<CheckRow> rows, boolean more) {
    public CheckPage {
        rows = List.copyOf(rows);
    }

    /** The number to continue after, or null when this page is the last. */
    public Long nextBefore() {
        return more && !rows.isEmpty() ? rows.get(rows.size() - 1).id() : null;
    }
}
