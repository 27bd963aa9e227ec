package org.shopdesk.domain.pricing;

/** Why a price-list row cannot be imported. */
public enum ImportProblem {
    UNKNOWN_PRODUCT, PRICE_NOT_POSITIVE, MALFORMED_NUMBER, DUPLICATE_ROW, AMBIGUOUS_MATCH, NO_KEY, BAD_CURRENCY,
    BAD_STOCK
}
