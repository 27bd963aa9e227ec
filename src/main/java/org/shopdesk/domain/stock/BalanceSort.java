package org.shopdesk.domain.stock;

/** The columns the balances list can be sorted by; the database sorts. */
public enum BalanceSort {
    PRODUCT,
    SKU,
    CATEGORY,
    PRODUCER,
    PROVIDER,
    BALANCE,
    REORDER_LEVEL,
    SUGGESTED_LEVEL,
    SOLD_30_DAYS,
    DAYS_OF_COVER,
    LAST_COUNTED;

    /** Whether sorting by it needs the sales or counts of every balance, not only the page's. */
    public boolean needsJournal() {
        return this == SUGGESTED_LEVEL || this == SOLD_30_DAYS || this == DAYS_OF_COVER || this == LAST_COUNTED;
    }
}
