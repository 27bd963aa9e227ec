package org.shopdesk.domain.common;

import java.util.List;

/** One page of a list, with the size of the whole filtered list so the screen can page through it. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }

    public int pageCount() {
        return limit <= 0 ? 1 : (int) Math.max(1, (total + limit - 1) / limit);
    }
}
