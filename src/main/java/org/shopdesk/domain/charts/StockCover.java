package org.shopdesk.domain.charts;

import java.math.BigDecimal;
import java.util.List;

/**
 * Sales against stock over the offers (product at a provider) with stock now or sales in the
 * period: days-of-cover buckets, overall sell-through (percent, null when there is nothing), the
 * items at risk (sales and at most 7 days of cover, fewest days first), dead stock (stock and no
 * sales, most stock first), each list the first {@code LIST_LIMIT} of its count, and the scatter's
 * points: the {@code POINT_LIMIT} best-selling offers.
 */
public record StockCover(List<CoverBucket> buckets, long offers, long stock, long units, BigDecimal sellThrough,
                         long atRiskCount, List<OfferCover> atRisk, long deadCount, List<OfferCover> dead,
                         List<OfferCover> points) {
    public static final int LIST_LIMIT = 100;
    public static final int POINT_LIMIT = 300;

    public StockCover {
        buckets = List.copyOf(buckets);
        atRisk = List.copyOf(atRisk);
        dead = List.copyOf(dead);
        points = List.copyOf(points);
    }
}
