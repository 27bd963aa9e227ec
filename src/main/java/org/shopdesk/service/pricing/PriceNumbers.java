package org.shopdesk.service.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Numbers as Russian suppliers write them: "1 234,50", "1234.5", "1 234,50 ₽" (thousands
 * separated by spaces or no-break spaces), "1.234,50" or "1,234.50". The decimal separator of a
 * file is given or detected once for the whole price column, so that "1,234" is never read two
 * ways in one file.
 */
final class PriceNumbers {
    static final BigDecimal MAX_VALUE = new BigDecimal("9999999999.99");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007']");
    private static final Pattern COMMA_DECIMAL = Pattern.compile("-?(\\d+|\\d{1,3}(\\.\\d{3})+)(,\\d+)?");
    private static final Pattern POINT_DECIMAL = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");
    private static final Pattern LOOKS_COMMA = Pattern.compile(".*\\d,\\d{1,2}");
    private static final Pattern LOOKS_POINT = Pattern.compile(".*\\d\\.\\d{1,2}");

    private PriceNumbers() {
    }

    /** Strips spaces and a rouble sign; what is left should be the number. */
    static String clean(String text) {
        String s = SPACES.matcher(text).replaceAll("");
        if (s.endsWith("₽")) {
            s = s.substring(0, s.length() - 1);
        }
        String lower = s.toLowerCase(Locale.ROOT);
        for (String suffix : List.of("руб.", "руб", "р.", "rub")) {
            if (lower.endsWith(suffix)) {
                return s.substring(0, s.length() - suffix.length());
            }
        }
        return s;
    }

    /** Whether the price cells write decimals with a comma: some cell does, and none with a point. */
    static boolean detectDecimalComma(List<String> cells) {
        boolean comma = false;
        for (String cell : cells) {
            if (cell == null) {
                continue;
            }
            String s = clean(cell);
            if (LOOKS_POINT.matcher(s).matches()) {
                return false;
            }
            comma |= LOOKS_COMMA.matcher(s).matches();
        }
        return comma;
    }

    /** The number, or null when the text is not a number in this notation. */
    static BigDecimal parse(String text, boolean decimalComma) {
        String s = clean(text);
        if (decimalComma) {
            if (!COMMA_DECIMAL.matcher(s).matches()) {
                return null;
            }
            s = s.replace(".", "").replace(',', '.');
        } else {
            if (!POINT_DECIMAL.matcher(s).matches()) {
                return null;
            }
            s = s.replace(",", "");
        }
        return new BigDecimal(s);
    }
}
