package org.shopdesk.domain.pricing;

/** Why a price-list row cannot be imported. */
public enum ImportProblem {
    UNKNOWN_PRODUCT, PRICE_NOT_POSITIVE, MALFORMED_NUMBER, DUPLICATE_ROW, AMBIGUOUS_MATCH, NO_KEY, BAD_CURRENCY,
    BAD_STOCK;

    /** The message that names it to the user, with the row's line (0) and key (1). */
    public String messageKey() {
        return switch (this) {
            case UNKNOWN_PRODUCT -> "prices.problem.unknownProduct";
            case PRICE_NOT_POSITIVE -> "prices.problem.notPositive";
            case MALFORMED_NUMBER -> "prices.problem.malformed";
            case DUPLICATE_ROW -> "prices.problem.duplicate";
            case AMBIGUOUS_MATCH -> "prices.problem.ambiguous";
            case NO_KEY -> "prices.problem.noKey";
            case BAD_CURRENCY -> "prices.problem.currency";
            case BAD_STOCK -> "prices.problem.stock";
        };
    }
}
