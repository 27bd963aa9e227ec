package org.shopdesk.domain.catalogue;

/** The orders the Catalogue list can be sorted in; each is backed by an index or a small sort. */
public enum ProductSort {
    TITLE,
    SKU,
    CATEGORY,
    PRODUCER,
    UPDATED
}
