package org.shopdesk.domain.common;

/** Words for a failure that a person can read: the innermost cause's first line. */
public final class Failures {
    private Failures() {
    }

    /** The message of the deepest cause (the driver's or the server's own words), first line only. */
    public static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage();
        return m == null || m.isBlank() ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
