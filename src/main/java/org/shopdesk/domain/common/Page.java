package org.shopdesk.domain.common;

import java.util.List;

/** One page of a list, with the size of the whole filtered list so the screen can page through it. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }

    /**
     * The whole list's size when one page of it tells: a page short of full ends the list, and an
     * empty first page is an empty list. Otherwise (a full page, or one past the end) only a count
     * can tell, and this is -1.
     */
    public static long totalFromPage(int rows, int offset, int limit) {
        if (rows > 0 && rows < limit) {
            return offset + (long) rows;
        }
        return rows == 0 && offset == 0 ? 0 : -1;
    }

    public int pageCount() {
        return limit <= 0 ? 1 : (int) Math.max(1, (total + limit - 1) / limit);
    }
}
