package org.shopdesk.data.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * When the shop sold: whole days from {@code months} before the end day up to the day before it,
 * each with a share of the checks by season (November and December peaks, a summer dip), day of
 * week and a gentle growth over the period. Times are UTC; the shop's hours are 09:00–24:00 Moscow.
 */
final class Timeline {
    /** January..December. */
    private static final double[] MONTH = {0.85, 0.8, 0.9, 0.9, 0.95, 0.75, 0.7, 0.75, 0.95, 1.0, 1.45, 1.75};
    /** Monday..Sunday: people buy more on Fridays and at the weekend. */
    private static final double[] WEEKDAY = {0.9, 0.9, 0.95, 1.0, 1.1, 1.15, 1.05};
    /** Hours 06..20 UTC. */
    private static final double[] HOUR = {0.3, 0.6, 0.9, 1.0, 1.1, 1.1, 1.0, 1.0, 1.1, 1.3, 1.5, 1.6, 1.4, 1.0, 0.6};
    static final int FIRST_HOUR = 6;
    private static final long DAY = 86_400;

    private final LocalDate firstDay;
    private final int[] checksOnDay;
    private final double[] hourCumulative = new double[HOUR.length];

    Timeline(LocalDate endDay, int months, int checks) {
        this.firstDay = endDay.minusMonths(months);
        int days = (int) (endDay.toEpochDay() - firstDay.toEpochDay());
        double[] weight = new double[days];
        double total = 0;
        for (int d = 0; d < days; d++) {
            LocalDate day = firstDay.plusDays(d);
            weight[d] = MONTH[day.getMonthValue() - 1] * WEEKDAY[day.getDayOfWeek().getValue() - DayOfWeek.MONDAY.getValue()]
                    * (1 + 0.25 * d / days);
            total += weight[d];
        }
        // Rounding the running sum hands out exactly `checks`, spread as the weights say.
        checksOnDay = new int[days];
        double running = 0;
        long given = 0;
        for (int d = 0; d < days; d++) {
            running += weight[d];
            long upTo = Math.round(running / total * checks);
            checksOnDay[d] = (int) (upTo - given);
            given = upTo;
        }
        double sum = 0;
        for (double h : HOUR) {
            sum += h;
        }
        double acc = 0;
        for (int i = 0; i < HOUR.length; i++) {
            acc += HOUR[i] / sum;
            hourCumulative[i] = acc;
        }
    }

    int days() {
        return checksOnDay.length;
    }

    int checksOn(int day) {
        return checksOnDay[day];
    }

    /** Midnight UTC of a day, in epoch seconds. */
    long dayStart(int day) {
        return firstDay.plusDays(day).atStartOfDay().toEpochSecond(ZoneOffset.UTC);
    }

    long start() {
        return dayStart(0);
    }

    /** Midnight after the last day: nothing is sold from here on. */
    long end() {
        return dayStart(0) + checksOnDay.length * DAY;
    }

    /** A moment in the shop's hours of that day, more often in the evening. */
    long saleTime(int day, SplittableRandom random) {
        double u = random.nextDouble();
        int hour = 0;
        while (hour < HOUR.length - 1 && hourCumulative[hour] < u) {
            hour++;
        }
        return dayStart(day) + (FIRST_HOUR + hour) * 3600L + random.nextInt(3600);
    }
}
