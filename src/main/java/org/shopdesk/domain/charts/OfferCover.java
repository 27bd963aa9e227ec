package org.shopdesk.domain.charts;

import java.math.BigDecimal;

/**
 * A product at one provider (an offer): stock now, units sold in the period (net of returns),
 * days of cover = stock / (units sold / days of the period), null without sales, and
 * sell-through = units sold / (units sold + stock) in percent.
 */
public record OfferCover(long productId, String sku, String title, long providerId, String provider, long stock,
                         long units, BigDecimal coverDays, BigDecimal sellThrough) {
}
