package org.shopdesk.domain.stock;

import java.time.Instant;

/**
 * Which journal rows to show: any of product, provider, reason, person (who moved the goods)
 * and period [from, to), newest first, one page.
 */
public record JournalQuery(Long productId, Long providerId, StockReason reason, String person, Instant from,
                           Instant to, int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public JournalQuery {
        person = person == null || person.isBlank() ? null : person.strip();
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    /** The whole journal of one balance: what a click on a balance row opens. */
    public static JournalQuery ofPair(long productId, long providerId, int limit) {
        return new JournalQuery(productId, providerId, null, null, null, null, 0, limit);
    }

    public boolean onePair() {
        return productId != null && providerId != null;
    }

    public JournalQuery withPage(int page) {
        return new JournalQuery(productId, providerId, reason, person, from, to, page * limit, limit);
    }
}
