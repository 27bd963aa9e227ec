package org.shopdesk.domain.purchasing;

import java.time.Instant;

/**
 * A filter of the history of checks and the page wanted: checks from {@code from} (inclusive) to
 * {@code to} (exclusive), of a customer, provider, clerk, product or kind; every part optional.
 * Pages are walked by check number, newest first: {@code before} is the last number of the page
 * shown (null for the first page).
 */
public record CheckQuery(Instant from, Instant to, Long customerId, Long providerId, String clerk, Long productId,
                         PurchaseKind kind, Long before, int limit) {
    public static final int DEFAULT_LIMIT = 50;

    public static CheckQuery all() {
        return new CheckQuery(null, null, null, null, null, null, null, null, DEFAULT_LIMIT);
    }

    public CheckQuery withPeriod(Instant from, Instant to) {
        return new CheckQuery(from, to, customerId, providerId, clerk, productId, kind, null, limit);
    }

    public CheckQuery withCustomer(Long id) {
        return new CheckQuery(from, to, id, providerId, clerk, productId, kind, null, limit);
    }

    public CheckQuery withProvider(Long id) {
        return new CheckQuery(from, to, customerId, id, clerk, productId, kind, null, limit);
    }

    public CheckQuery withClerk(String who) {
        return new CheckQuery(from, to, customerId, providerId, who == null || who.isBlank() ? null : who.strip(),
                productId, kind, null, limit);
    }

    public CheckQuery withProduct(Long id) {
        return new CheckQuery(from, to, customerId, providerId, clerk, id, kind, null, limit);
    }

    public CheckQuery withKind(PurchaseKind k) {
        return new CheckQuery(from, to, customerId, providerId, clerk, productId, k, null, limit);
    }

    /** The page after the one that ended with check {@code lastShown}. */
    public CheckQuery after(long lastShown) {
        return new CheckQuery(from, to, customerId, providerId, clerk, productId, kind, lastShown, limit);
    }
}
