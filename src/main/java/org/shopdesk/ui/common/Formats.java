package org.shopdesk.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, money and times the way the user's language writes them. */
public final class Formats {
    private final NumberFormat money;
    private final NumberFormat integer;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter date;
    private final Locale locale;

    public Formats(Locale locale) {
        this.locale = locale;
        money = NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        integer = NumberFormat.getIntegerInstance(locale);
        // Digits, not month names: "29.11.2026, 23:48" fits a table column where "29 нояб. 2026 г., 23:48" did not.
        dateTime = DateTimeFormatter.ofPattern(datePattern(locale) + ", " + DateTimeFormatterBuilder.getLocalizedDateTimePattern(
                null, FormatStyle.SHORT, IsoChronology.INSTANCE, locale), locale).withZone(ZoneId.systemDefault());
        date = DateTimeFormatter.ofPattern(datePattern(locale), locale);
    }

    /** The language's short date with the whole year ("11/29/2026", "29.11.2026"): a clerk types four digits. */
    public static String datePattern(Locale locale) {
        String shortDate = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return shortDate.contains("yyy") ? shortDate : shortDate.replaceAll("y+", "y");
    }

    public String money(BigDecimal value) {
        return value == null ? "" : money.format(value);
    }

    /** A percentage with the value's own decimals, as the language writes it: "1,5 %", "1.5 %". */
    public String percent(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(Math.max(0, value.scale()));
        f.setMaximumFractionDigits(Math.max(0, value.scale()));
        return f.format(value) + " %";
    }

    public String integer(long value) {
        return integer.format(value);
    }

    public String date(LocalDate day) {
        return day == null ? "" : date.format(day);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }
}
