package org.shopdesk.domain.purchasing;

import java.util.List;
import java.util.UUID;

/**
 * A sale about to be recorded: one customer, lines from one or more providers. Saving it writes
 * one check per provider, all or none. The client key is made once when the clerk starts the
 * sale; a save repeated (twice pressed, or retried after a lost connection) carries the same key
 * and lands once only.
 */
public record BasketDraft(UUID clientKey, Long customerId, List<BasketLine> lines) {
    public BasketDraft {
        lines = List.copyOf(lines);
    }
}
