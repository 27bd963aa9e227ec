package org.shopdesk.domain.purchasing;

import java.util.List;
import java.util.UUID;

/**
 * A sale about to be recorded: one customer buys from one provider. The client key is made once
 * when the clerk starts the check; a save repeated after a lost connection carries the same key
 * and lands once only.
 */
public record SaleDraft(UUID clientKey, Long customerId, Long providerId, List<SaleLine> lines) {
    public SaleDraft {
        lines = List.copyOf(lines);
    }
}
