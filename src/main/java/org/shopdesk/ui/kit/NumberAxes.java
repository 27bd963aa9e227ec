package org.shopdesk.ui.kit;

import java.text.NumberFormat;
import java.text.ParseException;
import java.util.Locale;
import javafx.scene.chart.Axis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.util.StringConverter;

/**
 * Number axes in the user's language. JavaFX writes tick labels the English way whatever the
 * locale ("35,000", "2.5"); a Russian reader expects "35 000" and "2,5", as every table beside
 * the chart shows them.
 */
public final class NumberAxes {
    private NumberAxes() {
    }

    /** Every number axis of {@code charts}. */
    public static void localize(Locale locale, XYChart<?, ?>... charts) {
        for (XYChart<?, ?> chart : charts) {
            localize(chart.getXAxis(), locale);
            localize(chart.getYAxis(), locale);
        }
    }

    private static void localize(Axis<?> axis, Locale locale) {
        if (axis instanceof NumberAxis numbers) {
            numbers.setTickLabelFormatter(converter(locale));
        }
    }

    static StringConverter<Number> converter(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n == null ? "" : format.format(n);
            }

            @Override
            public Number fromString(String s) {
                try {
                    return format.parse(s);
                } catch (ParseException e) {
                    return null;
                }
            }
        };
    }
}
