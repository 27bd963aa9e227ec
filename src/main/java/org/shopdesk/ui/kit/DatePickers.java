package org.shopdesk.ui.kit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;
import org.shopdesk.ui.common.Formats;

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
        DateTimeFormatter format = DateTimeFormatter.ofPattern(Formats.datePattern(ui.messages().locale()), ui.messages().locale());
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
}
