package org.shopdesk.domain.charts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * What the charts show: the days [from, to) in the shop's time zone, optionally only one
 * category's, one producer's or one provider's sales (null: all).
 */
public record ChartFilter(LocalDate from, LocalDate to, Long categoryId, Long producerId, Long providerId) {
    public static ChartFilter period(LocalDate from, LocalDate to) {
        return new ChartFilter(from, to, null, null, null);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to);
    }

    /** The period of the same length just before this one, with the same filters. */
    public ChartFilter previous() {
        return new ChartFilter(from.minusDays(days()), from, categoryId, producerId, providerId);
    }

    public ChartFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new ChartFilter(newFrom, newTo, categoryId, producerId, providerId);
    }

    public ChartFilter withProducer(Long id) {
        return new ChartFilter(from, to, categoryId, id, providerId);
    }

    /** Whether the filter picks products (a category or a producer): then checks are counted from their lines. */
    public boolean byProducts() {
        return categoryId != null || producerId != null;
    }
}
