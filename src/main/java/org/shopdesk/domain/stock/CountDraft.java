package org.shopdesk.domain.stock;

import java.util.List;

/**
 * An inventory count of one provider's goods: the lines actually counted (goods not on the list
 * are left as they are) and a note for the journal.
 */
public record CountDraft(Long providerId, List<CountLine> lines, String note) {
    public CountDraft {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
