package org.shopdesk.domain.pricing;

/** Orders of the price grid: by title, by SKU, or by price (one provider's price, or the cheapest offer). */
public enum PriceSort {
    TITLE, SKU, PRICE
}
