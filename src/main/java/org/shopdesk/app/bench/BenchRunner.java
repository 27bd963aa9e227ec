package org.shopdesk.app.bench;

import java.util.Arrays;
import java.util.List;

/**
 * Times tasks: warm-up rounds first, then rounds that alternate ShopDesk and its baseline so
 * that both see the same cache and the same background noise.
 */
public final class BenchRunner {
    private final int warmup;
    private final int rounds;

    public BenchRunner(int warmup, int rounds) {
        if (rounds < 1 || warmup < 0) {
            throw new IllegalArgumentException("at least one round, and no negative warm-up");
        }
        this.warmup = warmup;
        this.rounds = rounds;
    }

    public int rounds() {
        return rounds;
    }

    public int warmup() {
        return warmup;
    }

    /** Median and 95th percentile of ShopDesk's task, median of the baseline (if any), in ms. */
    public List<BenchResult> compare(String scenario, String note, BenchScenario.Task shopDesk,
                                     BenchScenario.Task baseline) throws Exception {
        for (int i = 0; i < warmup; i++) {
            shopDesk.run();
            if (baseline != null) {
                baseline.run();
            }
        }
        double[] ours = new double[rounds];
        double[] theirs = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            ours[i] = time(shopDesk);
            if (baseline != null) {
                theirs[i] = time(baseline);
            }
        }
        return List.of(BenchResult.latency(scenario, percentile(ours, 50), percentile(ours, 95),
                baseline == null ? Double.NaN : percentile(theirs, 50), note));
    }

    static double time(BenchScenario.Task task) throws Exception {
        long t0 = System.nanoTime();
        task.run();
        return (System.nanoTime() - t0) / 1e6;
    }

    /** Nearest-rank percentile. */
    static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
