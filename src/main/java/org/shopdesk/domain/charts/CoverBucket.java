package org.shopdesk.domain.charts;

/** How many offers (and how much stock) have days of cover in one bucket. */
public record CoverBucket(Kind kind, long offers, long stock, long units) {
    /** Up to 7 days; more than 7 up to 30; more than 30 up to 90; more than 90; no sales in the period. */
    public enum Kind { DAYS_0_7, DAYS_8_30, DAYS_31_90, DAYS_OVER_90, NO_SALES }
}
