package org.shopdesk.service.stock;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.shopdesk.domain.stock.CountSheetLine;

/**
 * A count sheet as CSV for a spreadsheet or a clipboard: one line per balance with an empty
 * "counted" column to fill in. UTF-8 with a byte-order mark, so that a spreadsheet shows Cyrillic
 * names; fields quoted where they need it.
 */
public final class CountSheetExport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

    /** The column headings, in the user's language. */
    public record Headings(String sku, String title, String category, String books, String counted,
                           String lastCounted) {
    }

    private CountSheetExport() {
    }

    public static void write(Path file, List<CountSheetLine> lines, Headings headings, ZoneId zone) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(out, lines, headings, zone);
        }
    }

    public static void write(Writer out, List<CountSheetLine> lines, Headings headings, ZoneId zone) throws IOException {
        out.write('\ufeff');
        row(out, headings.sku(), headings.title(), headings.category(), headings.books(), headings.counted(),
                headings.lastCounted());
        for (CountSheetLine line : lines) {
            row(out, line.sku(), line.title(), line.category(), Integer.toString(line.balance()), "",
                    line.lastCounted() == null ? "" : DAY.format(line.lastCounted().atZone(zone)));
        }
    }

    private static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quoted(fields[i]));
        }
        out.write("\r\n");
    }

    static String quoted(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
