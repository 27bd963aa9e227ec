package org.shopdesk.ui.common;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers, money and times the way the user's language writes them. */
public final class Formats {
    private final NumberFormat money;
    private final NumberFormat integer;
    private final DateTimeFormatter dateTime;

    public Formats(Locale locale) {
        money = NumberFormat.getNumberInstance(locale);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        integer = NumberFormat.getIntegerInstance(locale);
        dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(ZoneId.systemDefault());
    }

    public String money(BigDecimal value) {
        return value == null ? "" : money.format(value);
    }

    public String integer(long value) {
        return integer.format(value);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : dateTime.format(instant);
    }
}
