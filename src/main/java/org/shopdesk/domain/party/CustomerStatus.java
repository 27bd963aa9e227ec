package org.shopdesk.domain.party;

/** Which customers the list shows: those the shop serves, the archived (and erased) ones, or all. */
public enum CustomerStatus {
    ACTIVE,
    ARCHIVED,
    ALL
}
