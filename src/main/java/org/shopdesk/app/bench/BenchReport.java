package org.shopdesk.app.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The benchmark's one table, printed and written as CSV and JSON. */
public final class BenchReport {
    private final List<BenchResult> results;

    public BenchReport(List<BenchResult> results) {
        this.results = List.copyOf(results);
    }

    public List<BenchResult> results() {
        return results;
    }

    public void print(PrintWriter out) {
        String format = "%-36s %10s %10s %10s %7s  %-5s %s%n";
        out.printf(Locale.ROOT, format, "scenario", "median", "p95", "baseline", "ratio", "unit", "note");
        for (BenchResult r : results) {
            out.printf(Locale.ROOT, format, r.scenario(), num(r.median()), num(r.p95()), num(r.baseline()),
                    Double.isNaN(r.ratio()) ? "-" : String.format(Locale.ROOT, "%.2f", r.ratio()), r.unit(), r.note());
        }
        out.flush();
    }

    /** Writes bench.csv and bench.json into the directory. */
    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder csv = new StringBuilder("scenario,unit,median,p95,baseline,ratio,note\n");
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < results.size(); i++) {
            BenchResult r = results.get(i);
            csv.append(csvText(r.scenario())).append(',').append(r.unit()).append(',').append(raw(r.median())).append(',')
                    .append(raw(r.p95())).append(',').append(raw(r.baseline())).append(',').append(raw(r.ratio()))
                    .append(',').append(csvText(r.note())).append('\n');
            json.append(String.format(Locale.ROOT,
                    "  {\"scenario\": %s, \"unit\": %s, \"median\": %s, \"p95\": %s, \"baseline\": %s, \"ratio\": %s, \"note\": %s}%s%n",
                    jsonText(r.scenario()), jsonText(r.unit()), jsonNumber(r.median()), jsonNumber(r.p95()),
                    jsonNumber(r.baseline()), jsonNumber(r.ratio()), jsonText(r.note()), i + 1 < results.size() ? "," : ""));
        }
        json.append("]\n");
        Files.writeString(dir.resolve("bench.csv"), csv, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("bench.json"), json, StandardCharsets.UTF_8);
    }

    private static String num(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.2f", v);
    }

    private static String raw(double v) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String jsonNumber(double v) {
        return Double.isNaN(v) ? "null" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String csvText(String s) {
        return "\"" + s.replace("\"", "\"\"") + "\"";
    }

    private static String jsonText(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
