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
 * the chart shows them. Axes of things counted (checks, units, offers) label whole numbers only:
 * for small counts JavaFX picks a tick unit of 0.5 or 0.25, and "2.5 checks" is no number a
 * manager can read.
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

    /** Axes that count: whole-number ticks labelled, the ticks between them left blank. */
    public static void localizeCounts(Locale locale, Axis<?>... axes) {
        for (Axis<?> axis : axes) {
            if (axis instanceof NumberAxis numbers) {
                numbers.setTickLabelFormatter(counts(locale));
                numbers.setMinorTickVisible(false);
            }
        }
    }

    private static void localize(Axis<?> axis, Locale locale) {
        if (axis instanceof NumberAxis numbers) {
            numbers.setTickLabelFormatter(converter(locale));
        }
    }

    static StringConverter<Number> converter(Locale locale) {
        return converter(NumberFormat.getNumberInstance(locale), false);
    }

    static StringConverter<Number> counts(Locale locale) {
        return converter(NumberFormat.getIntegerInstance(locale), true);
    }

    private static StringConverter<Number> converter(NumberFormat format, boolean wholeOnly) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                if (n == null || wholeOnly && n.doubleValue() != Math.rint(n.doubleValue())) {
                    return "";
                }
                return format.format(n);
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
