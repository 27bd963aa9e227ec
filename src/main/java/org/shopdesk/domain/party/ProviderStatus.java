package org.shopdesk.domain.party;

/** Which providers the list shows. */
public enum ProviderStatus {
    ACTIVE,
    ARCHIVED,
    ALL
}
