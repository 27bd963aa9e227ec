package org.shopdesk.domain.stock;

/**
 * What the balances list shows: a search text (any part of the title or SKU), optional category,
 * producer and provider, only the goods that need reordering or all, an order and a page.
 * Archived products and providers are left out: their stock no longer moves.
 */
public record BalanceQuery(String text, Long categoryId, Long producerId, Long providerId, boolean needsReorder,
                           BalanceSort sort, boolean descending, int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public BalanceQuery {
        text = text == null ? "" : text.strip();
        sort = sort == null ? BalanceSort.PRODUCT : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    public static BalanceQuery firstPage(int limit) {
        return new BalanceQuery("", null, null, null, false, BalanceSort.PRODUCT, false, 0, limit);
    }

    public BalanceQuery withNeedsReorder(boolean only) {
        return new BalanceQuery(text, categoryId, producerId, providerId, only, sort, descending, 0, limit);
    }

    public BalanceQuery withProvider(Long provider) {
        return new BalanceQuery(text, categoryId, producerId, provider, needsReorder, sort, descending, 0, limit);
    }

    public BalanceQuery withSort(BalanceSort newSort, boolean desc) {
        return new BalanceQuery(text, categoryId, producerId, providerId, needsReorder, newSort, desc, 0, limit);
    }

    public BalanceQuery withPage(int page) {
        return new BalanceQuery(text, categoryId, producerId, providerId, needsReorder, sort, descending, page * limit, limit);
    }
}
