package org.shopdesk.data.generate;

/**
 * What the later steps need to know of the products written: each product's usual price and
 * how well it sells, and how big each provider is. Plain arrays indexed by id - 1, so that the
 * large shop's 10,000 products cost kilobytes.
 */
final class Assortment {
    final long[] basePriceCents;
    /** Relative sales weight: a few big sellers, a long tail. */
    final double[] popularity;
    final double[] providerWeight;

    Assortment(long[] basePriceCents, double[] popularity, double[] providerWeight) {
        this.basePriceCents = basePriceCents;
        this.popularity = popularity;
        this.providerWeight = providerWeight;
    }

    int products() {
        return basePriceCents.length;
    }

    int providers() {
        return providerWeight.length;
    }

    /** A price as shops write them: 12 990, 499, 89.90. */
    static long nicePrice(double rubles) {
        if (rubles >= 1000) {
            return (Math.round(rubles / 100) * 100 - 10) * 100;
        }
        if (rubles >= 100) {
            return (Math.round(rubles / 10) * 10 - 1) * 100;
        }
        return Math.max(990, Math.round(rubles * 10) * 10 - 10);
    }

    /** Weights 1/(rank + offset) over a shuffled order: who is big is left to the seed. */
    static double[] zipf(int n, double offset, double exponent, java.util.SplittableRandom random) {
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = rank[i];
            rank[i] = rank[j];
            rank[j] = t;
        }
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = 1 / Math.pow(rank[i] + offset, exponent);
        }
        return w;
    }
}
