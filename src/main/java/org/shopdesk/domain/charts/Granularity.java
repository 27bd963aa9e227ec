package org.shopdesk.domain.charts;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The steps of the over-time chart. Weeks are counted in sevens from the period's first day, months
 * are calendar months (the first from the period's first day); the previous period is stepped
 * the same way from its own first day, so step i of both lines up.
 */
public enum Granularity {
    DAY, WEEK, MONTH;

    /** How many steps the days [from, to) make. */
    public int steps(LocalDate from, LocalDate to) {
        long days = ChronoUnit.DAYS.between(from, to);
        return switch (this) {
            case DAY -> (int) days;
            case WEEK -> (int) ((days + 6) / 7);
            case MONTH -> (int) ChronoUnit.MONTHS.between(from.withDayOfMonth(1), to.minusDays(1).withDayOfMonth(1)) + 1;
        };
    }
}
