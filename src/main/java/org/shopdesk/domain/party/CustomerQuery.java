package org.shopdesk.domain.party;

/**
 * What the customers list shows: a search text (any part of the first or last name, the start of
 * an e-mail, or digits of a phone however typed), active or archived customers, an order and a page.
 */
public record CustomerQuery(String text, CustomerStatus status, CustomerSort sort, boolean descending,
                            int offset, int limit) {
    public static final int MAX_LIMIT = 500;
    public static final int MAX_TEXT = 100;

    public CustomerQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
        status = status == null ? CustomerStatus.ACTIVE : status;
        sort = sort == null ? CustomerSort.LAST_NAME : sort;
        if (offset < 0) {
            throw new IllegalArgumentException("offset < 0");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1.." + MAX_LIMIT);
        }
    }

    public static CustomerQuery firstPage(int limit) {
        return new CustomerQuery("", CustomerStatus.ACTIVE, CustomerSort.LAST_NAME, false, 0, limit);
    }

    public CustomerQuery withText(String newText) {
        return new CustomerQuery(newText, status, sort, descending, 0, limit);
    }

    public CustomerQuery withStatus(CustomerStatus newStatus) {
        return new CustomerQuery(text, newStatus, sort, descending, 0, limit);
    }

    public CustomerQuery withSort(CustomerSort newSort, boolean newDescending) {
        return new CustomerQuery(text, status, newSort, newDescending, 0, limit);
    }

    public CustomerQuery withPage(int page) {
        return new CustomerQuery(text, status, sort, descending, page * limit, limit);
    }
}
