package org.shopdesk.domain.purchasing;

import java.time.Instant;

/**
 * A filter of the history of checks and the page wanted: checks from {@code from} (inclusive) to
 * {@code to} (exclusive), of a customer, provider, clerk, product or kind; every part optional.
 * Pages are walked by check number, newest first: {@code before} is the last number of the page
 * shown (keyset, null for the first page), or the screen's pager skips {@code offset} checks.
 */
public record CheckQuery(Instant from, Instant to, Long customerId, Long providerId, String clerk, Long productId,
                         PurchaseKind kind, Long before, int offset, int limit) {
    public static final int DEFAULT_LIMIT = 50;

    public static CheckQuery all() {
        return new CheckQuery(null, null, null, null, null, null, null, null, 0, DEFAULT_LIMIT);
    }

    public CheckQuery withPeriod(Instant from, Instant to) {
        return new CheckQuery(from, to, customerId, providerId, clerk, productId, kind, null, 0, limit);
    }

    public CheckQuery withCustomer(Long id) {
        return new CheckQuery(from, to, id, providerId, clerk, productId, kind, null, 0, limit);
    }

    public CheckQuery withProvider(Long id) {
        return new CheckQuery(from, to, customerId, id, clerk, productId, kind, null, 0, limit);
    }

    public CheckQuery withClerk(String who) {
        return new CheckQuery(from, to, customerId, providerId, who == null || who.isBlank() ? null : who.strip(),
                productId, kind, null, 0, limit);
    }

    public CheckQuery withProduct(Long id) {
        return new CheckQuery(from, to, customerId, providerId, clerk, id, kind, null, 0, limit);
    }

    public CheckQuery withKind(PurchaseKind k) {
        return new CheckQuery(from, to, customerId, providerId, clerk, productId, k, null, 0, limit);
    }

    /** The page of {@code size} checks that starts after {@code skip} of them. */
    public CheckQuery page(int skip, int size) {
        return new CheckQuery(from, to, customerId, providerId, clerk, productId, kind, null, skip, size);
    }

    /** The page after the one that ended with check {@code lastShown}. */
    public CheckQuery after(long lastShown) {
        return new CheckQuery(from, to, customerId, providerId, clerk, productId, kind, lastShown, 0, limit);
    }
}
