package org.shopdesk.ui.kit;

import java.time.LocalDate;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Date pickers that write and read dates in the screen's language, not the computer's: without it
 * a Russian screen on an English system shows "11/29/2026". Typed text that is no date leaves the
 * value empty rather than throwing.
 */
public final class DatePickers {
    private DatePickers() {
    }

    public static void inLanguage(UiContext ui, DatePicker... pickers) {
        StringConverter<LocalDate> converter = converter(ui);
        for (DatePicker picker : pickers) {
            picker.setConverter(converter);
        }
    }

    public static StringConverter<LocalDate> converter(UiContext ui) {
        DateTimeFormatter format = DateTimeFormatter.ofPattern(pattern(ui.messages().locale()), ui.messages().locale());
        return new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : format.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                try {
                    return text == null || text.isBlank() ? null : LocalDate.parse(text.strip(), format);
                } catch (DateTimeParseException e) {
                    return null;
                }
            }
        };
    }

    /** The language's short date with the whole year ("11/29/2026", "29.11.2026"): a clerk types four digits. */
    static String pattern(Locale locale) {
        String shortDate = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return shortDate.contains("yyy") ? shortDate : shortDate.replaceAll("y+", "y");
    }
}
