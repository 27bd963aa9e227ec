package org.shopdesk.domain.catalogue;

/**
 * What the Catalogue list shows: a search text (any part of the title, or the start of the SKU),
 * optional category and producer filters, archived products or not, an order and a page.
 */
public record ProductQuery(String text, Long categoryId, Long producerId, boolean includeArchived,
                           ProductSort sort, boolean descending, int offset, int limit) {
    public static final int MAX_LIMIT = 500;

    public ProductQuery {
        text = text == null ? "" : text.strip();
        sort = sort == null ? ProductSort.TITLE : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    public static ProductQuery firstPage(int limit) {
        return new ProductQuery("", null, null, false, ProductSort.TITLE, false, 0, limit);
    }

    public ProductQuery withText(String newText) {
        return new ProductQuery(newText, categoryId, producerId, includeArchived, sort, descending, 0, limit);
    }

    public ProductQuery withPage(int page) {
        return new ProductQuery(text, categoryId, producerId, includeArchived, sort, descending, page * limit, limit);
    }
}
