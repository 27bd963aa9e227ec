package org.shopdesk.data;

import java.sql.SQLException;

/**
 * The size of a filtered list, counted by the database only when the page cannot tell: a short
 * page is the last one, so its offset and length are the total; only a full (or overshot) page
 * needs the count.
 */
public final class PageTotal {
    /** The count statement, run only if needed. */
    @FunctionalInterface
    public interface Count {
        long count() throws SQLException;
    }

    private PageTotal() {
    }

    public static long of(int rows, int offset, int limit, Count count) throws SQLException {
        if (rows > 0 && rows < limit) {
            return (long) offset + rows;
        }
        if (rows == 0 && offset == 0) {
            return 0;
        }
        return count.count();
    }
}
