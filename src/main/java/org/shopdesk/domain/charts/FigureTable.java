package org.shopdesk.domain.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A chart's numbers as a table: the headers in the reader's language and the rows of values
 * (BigDecimal, Long, Integer, String, LocalDate; null for "none"). The screen shows it beside its
 * chart and exports it; the command line prints it. CSV is RFC 4180 with numbers in plain
 * notation, so a spreadsheet reads them exactly.
 */
public record FigureTable(String title, List<String> headers, List<List<Object>> rows) {
    public FigureTable {
        headers = List.copyOf(headers);
        List<List<Object>> copy = new ArrayList<>();
        for (List<Object> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row)));
        }
        rows = List.copyOf(copy);
    }

    public String toCsv() {
        StringBuilder out = new StringBuilder();
        line(out, new ArrayList<>(headers));
        for (List<Object> row : rows) {
            line(out, row);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(csvField(plain(values.get(i))));
        }
        out.append("\r\n");
    }

    /** A value as the command line and CSV write it: numbers plain, none as empty. */
    public static String plain(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static String csvField(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Columns padded to their widest value, numbers to the right; "-" for none. */
    public String toText() {
        int[] width = new int[headers.size()];
        boolean[] numeric = new boolean[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            width[i] = headers.get(i).length();
        }
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], text(row.get(i)).length());
                numeric[i] |= row.get(i) instanceof Number;
            }
        }
        StringBuilder out = new StringBuilder();
        if (title != null) {
            out.append(title).append(System.lineSeparator());
        }
        textLine(out, new ArrayList<>(headers), width, numeric);
        for (List<Object> row : rows) {
            textLine(out, row, width, numeric);
        }
        return out.toString();
    }

    private static String text(Object value) {
        return value == null ? "-" : plain(value);
    }

    private static void textLine(StringBuilder out, List<?> values, int[] width, boolean[] numeric) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            String s = text(values.get(i));
            String pad = " ".repeat(width[i] - s.length());
            line.append(i == 0 ? "" : "  ").append(numeric[i] ? pad + s : s + pad);
        }
        out.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
}
