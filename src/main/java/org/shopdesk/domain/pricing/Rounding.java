package org.shopdesk.domain.pricing;

/**
 * How a computed price is rounded (the SQL function shopdesk_round_price does it): to kopecks,
 * to whole roubles, up to ...,90 kopecks (1234.56 -> 1234.90), or up to whole roubles ending in
 * 90 (1234.56 -> 1290).
 */
public enum Rounding {
    KOPECKS, ROUBLES, KOPECKS_90, ROUBLES_90
}
