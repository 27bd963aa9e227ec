package org.shopdesk.data.pricing;

/**
 * The one definition of "the price that holds now" in SQL: the row whose period [valid_from,
 * valid_to) contains now(). Not simply the open row (valid_to IS NULL): that one may be a change
 * scheduled for a later date. Sales, lists and imports all use this.
 */
public final class ValidNow {
    private ValidNow() {
    }

    /** The condition for the price table under {@code alias}. */
    public static String of(String alias) {
        return "(" + alias + ".valid_from <= now() AND (" + alias + ".valid_to IS NULL OR " + alias + ".valid_to > now()))";
    }

    /** The same at a moment given as a bound parameter (two placeholders). */
    public static String at(String alias) {
        return "(" + alias + ".valid_from <= ? AND (" + alias + ".valid_to IS NULL OR " + alias + ".valid_to > ?))";
    }
}
