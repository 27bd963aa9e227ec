package org.shopdesk.domain.pricing;

/**
 * What the price grid shows. With a provider: that provider's prices, one row per product it
 * offers (or, with {@code missingAt} equal to it, the products it has no price for). Without one:
 * every product with its offers summed up (cheapest, dearest, spread). Filters by category,
 * producer, a search text (any part of the title or SKU), products offered by {@code offeredBy},
 * and products without a price now at {@code missingAt}. Paged.
 */
public record PriceGridQuery(String text, Long categoryId, Long producerId, Long providerId, Long offeredBy,
                             Long missingAt, PriceSort sort, boolean descending, int offset, int limit) {
    public static final int MAX_LIMIT = 500;
    /** Export takes the whole view at once, in slices of this many rows. */
    public static final int EXPORT_SLICE = 500;

    public PriceGridQuery {
        text = text == null ? "" : text.strip();
        sort = sort == null ? PriceSort.TITLE : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    public static PriceGridQuery allProviders(int limit) {
        return new PriceGridQuery("", null, null, null, null, null, PriceSort.TITLE, false, 0, limit);
    }

    public static PriceGridQuery provider(long providerId, int limit) {
        return new PriceGridQuery("", null, null, providerId, null, null, PriceSort.TITLE, false, 0, limit);
    }

    public boolean oneProvider() {
        return providerId != null;
    }

    /** One provider's view listing the products it has no price for. */
    public boolean listsMissing() {
        return providerId != null && providerId.equals(missingAt);
    }

    public PriceGridQuery withPage(int page) {
        return new PriceGridQuery(text, categoryId, producerId, providerId, offeredBy, missingAt, sort, descending,
                page * limit, limit);
    }

    public PriceGridQuery withText(String newText) {
        return new PriceGridQuery(newText, categoryId, producerId, providerId, offeredBy, missingAt, sort, descending, 0, limit);
    }

    public PriceGridQuery withFilters(Long category, Long producer, Long provider, Long offered, Long missing) {
        return new PriceGridQuery(text, category, producer, provider, offered, missing, sort, descending, 0, limit);
    }

    public PriceGridQuery withSort(PriceSort newSort, boolean desc) {
        return new PriceGridQuery(text, categoryId, producerId, providerId, offeredBy, missingAt, newSort, desc, 0, limit);
    }

    public PriceGridQuery withLimit(int newOffset, int newLimit) {
        return new PriceGridQuery(text, categoryId, producerId, providerId, offeredBy, missingAt, sort, descending,
                newOffset, newLimit);
    }
}
