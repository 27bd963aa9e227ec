package org.shopdesk.app.bench;

/**
 * One line of the benchmark table. Latencies are in milliseconds; rates and sizes carry their
 * unit. A scenario without a baseline leaves baseline and ratio NaN.
 */
public record BenchResult(String scenario, String unit, double median, double p95, double baseline, double ratio,
                          String note) {
    /** The unit of a scenario that could not be measured; its note says why. */
    public static final String FAILED = "FAILED";

    public boolean failed() {
        return FAILED.equals(unit);
    }

    static BenchResult latency(String scenario, double median, double p95, double baseline, String note) {
        return new BenchResult(scenario, "ms", median, p95, baseline, baseline > 0 ? median / baseline : Double.NaN, note);
    }

    static BenchResult figure(String scenario, String unit, double value, String note) {
        return new BenchResult(scenario, unit, value, Double.NaN, Double.NaN, Double.NaN, note);
    }
}
