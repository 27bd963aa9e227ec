package org.shopdesk.ui.purchases;

import java.time.LocalDate;
import org.shopdesk.ui.kit.ScreenRequest;

/**
 * Opens the history of checks from another screen: the checks of a provider (named, so the filter
 * shows it before the providers' list has loaded) over a period of whole days, and optionally one
 * check opened in the detail. Any of them may be null; the history's other filters are cleared so
 * the list shows exactly the checks asked for.
 */
public record OpenChecks(Long checkId, Long providerId, String providerName, LocalDate from, LocalDate to)
        implements ScreenRequest {

    /** One check (the day it was made, so the list shows it too). */
    public static OpenChecks check(long checkId, LocalDate day) {
        return new OpenChecks(checkId, null, null, day, day);
    }

    /** A provider's checks over a period. */
    public static OpenChecks provider(long providerId, String providerName, LocalDate from, LocalDate to) {
        return new OpenChecks(null, providerId, providerName, from, to);
    }
}
