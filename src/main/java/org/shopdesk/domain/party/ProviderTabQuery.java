package org.shopdesk.domain.party;

/** A page of one of the provider's read-only tabs (offers, stock, sales). */
public record ProviderTabQuery(long providerId, int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public ProviderTabQuery {
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    public static ProviderTabQuery firstPage(long providerId, int limit) {
        return new ProviderTabQuery(providerId, 0, limit);
    }

    public ProviderTabQuery withPage(int page) {
        return new ProviderTabQuery(providerId, page * limit, limit);
    }
}
