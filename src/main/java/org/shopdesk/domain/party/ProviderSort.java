package org.shopdesk.domain.party;

/** The columns the providers list sorts by; the database sorts, the name breaks ties. */
public enum ProviderSort {
    NAME,
    INN,
    OFFERS,
    UNITS,
    STOCK_VALUE,
    CHECKS,
    REVENUE,
    AVERAGE_CHECK,
    LAST_PRICE_CHANGE
}
