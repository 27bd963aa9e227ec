package org.shopdesk.data.generate;

import java.util.SplittableRandom;

/** Picks an index with probability proportional to its weight (binary search over the running sum). */
final class Picker {
    private final double[] cumulative;

    Picker(double[] weights) {
        cumulative = new double[weights.length];
        double acc = 0;
        for (int i = 0; i < weights.length; i++) {
            acc += weights[i];
            cumulative[i] = acc;
        }
    }

    int pick(SplittableRandom random) {
        double u = random.nextDouble() * cumulative[cumulative.length - 1];
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] <= u) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    int size() {
        return cumulative.length;
    }

    /** The share of picks index i gets. */
    double share(int i) {
        double w = cumulative[i] - (i == 0 ? 0 : cumulative[i - 1]);
        return w / cumulative[cumulative.length - 1];
    }
}
