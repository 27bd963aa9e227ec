package org.shopdesk.domain.party;

/**
 * What the providers list shows: a search text (any part of the name or legal name, or the start
 * of the INN), active, archived or all, an order and a page.
 */
public record ProviderQuery(String text, ProviderStatus status, ProviderSort sort, boolean descending,
                            int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public ProviderQuery {
        text = text == null ? "" : text.strip();
        status = status == null ? ProviderStatus.ACTIVE : status;
        sort = sort == null ? ProviderSort.NAME : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    public static ProviderQuery firstPage(int limit) {
        return new ProviderQuery("", ProviderStatus.ACTIVE, ProviderSort.NAME, false, 0, limit);
    }

    public ProviderQuery withText(String newText) {
        return new ProviderQuery(newText, status, sort, descending, 0, limit);
    }

    public ProviderQuery withStatus(ProviderStatus newStatus) {
        return new ProviderQuery(text, newStatus, sort, descending, 0, limit);
    }

    public ProviderQuery sortedBy(ProviderSort newSort, boolean newDescending) {
        return new ProviderQuery(text, status, newSort, newDescending, 0, limit);
    }

    public ProviderQuery withPage(int page) {
        return new ProviderQuery(text, status, sort, descending, page * limit, limit);
    }
}
