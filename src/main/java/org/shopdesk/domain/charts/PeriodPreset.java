package org.shopdesk.domain.charts;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** The periods a manager picks most, as days [from, to) ending today or at a calendar boundary. */
public enum PeriodPreset {
    TODAY, THIS_WEEK, LAST_7_DAYS, LAST_30_DAYS, THIS_MONTH, LAST_MONTH, THIS_QUARTER, THIS_YEAR, LAST_12_MONTHS;

    /** The days of this preset, seen on {@code today}. */
    public ChartFilter range(LocalDate today, ChartFilter base) {
        LocalDate tomorrow = today.plusDays(1);
        return switch (this) {
            case TODAY -> base.withPeriod(today, tomorrow);
            case THIS_WEEK -> base.withPeriod(today.with(DayOfWeek.MONDAY), tomorrow);
            case LAST_7_DAYS -> base.withPeriod(tomorrow.minusDays(7), tomorrow);
            case LAST_30_DAYS -> base.withPeriod(tomorrow.minusDays(30), tomorrow);
            case THIS_MONTH -> base.withPeriod(today.withDayOfMonth(1), tomorrow);
            case LAST_MONTH -> base.withPeriod(today.withDayOfMonth(1).minusMonths(1), today.withDayOfMonth(1));
            case THIS_QUARTER -> base.withPeriod(today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1), tomorrow);
            case THIS_YEAR -> base.withPeriod(today.withDayOfYear(1), tomorrow);
            case LAST_12_MONTHS -> base.withPeriod(tomorrow.minusMonths(12), tomorrow);
        };
    }
}
