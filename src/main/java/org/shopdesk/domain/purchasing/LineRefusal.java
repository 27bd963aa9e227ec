package org.shopdesk.domain.purchasing;

import java.math.BigDecimal;

/**
 * Why one line of a sale (or a return) could not be saved, with what the clerk needs to put it
 * right: what is left in stock, or the price that holds now and its row, to take and save again.
 *
 * @param line         the line's position in the draft, from 0
 * @param available    units the provider has (STOCK), or may still be returned (RETURN_LIMIT)
 * @param shownPrice   the price the clerk was shown (PRICE_CHANGED), else null
 * @param currentPrice the price that holds now (PRICE_CHANGED), null if the provider no longer offers it
 */
public record LineRefusal(int line, long productId, long providerId, String title, String provider, Reason reason,
                          int available, int asked, BigDecimal shownPrice, Long currentPriceId,
                          BigDecimal currentPrice) {
    public enum Reason {
        STOCK,
        PRICE_CHANGED,
        NOT_OFFERED,
        PRODUCT_ARCHIVED,
        PROVIDER_ARCHIVED,
        RETURN_LIMIT
    }
}
