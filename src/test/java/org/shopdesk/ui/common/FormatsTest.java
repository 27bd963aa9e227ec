package org.shopdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Dates and times in digits, as each language writes them, short enough for a table column. */
class FormatsTest {
    private static final java.time.Instant EVENING = LocalDateTime.of(2026, 11, 29, 23, 48)
            .atZone(ZoneId.systemDefault()).toInstant();

    @Test
    void russianDatesAreDayMonthYearWithA24HourClock() {
        Formats ru = new Formats(Locale.forLanguageTag("ru-RU"));
        assertThat(ru.dateTime(EVENING)).isEqualTo("29.11.2026, 23:48");
        assertThat(ru.date(LocalDate.of(2026, 3, 5))).isEqualTo("05.03.2026");
        assertThat(ru.money(new BigDecimal("1000.5")).replace('\u00a0', ' ')).isEqualTo("1 000,50");
        assertThat(ru.percent(new BigDecimal("1.5"))).isEqualTo("1,5 %");
        assertThat(ru.percent(new BigDecimal("0.0"))).isEqualTo("0,0 %");
    }

    @Test
    void englishDatesAreMonthDayYearWithTheWholeYear() {
        Formats en = new Formats(Locale.ENGLISH);
        assertThat(en.dateTime(EVENING)).isEqualTo("11/29/2026, 11:48 PM");
        assertThat(en.date(LocalDate.of(2026, 3, 5))).isEqualTo("3/5/2026");
        assertThat(en.dateTime(null)).isEmpty();
        assertThat(en.date(null)).isEmpty();
        assertThat(en.percent(new BigDecimal("12.25"))).isEqualTo("12.25 %");
        assertThat(en.percent(null)).isEmpty();
    }
}
