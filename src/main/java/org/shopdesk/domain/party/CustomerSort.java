package org.shopdesk.domain.party;

/**
 * The orders of the customers list. The names and the newest first walk an index; the figures
 * are summed per customer first, which is quick for a search and takes longer over everyone.
 */
public enum CustomerSort {
    LAST_NAME,
    FIRST_NAME,
    NEWEST,
    CHECKS,
    NET_REVENUE,
    LAST_PURCHASE
}
