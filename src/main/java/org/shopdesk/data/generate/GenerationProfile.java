package org.shopdesk.data.generate;

/**
 * How much to generate and of what kind. The demo profile is a small shop with hand-written
 * product names for the first start; the scale profile is the large shop of the benchmark
 * (scale 1: 10,000 products, 1,000,000 checks over two years).
 *
 * @param offersMin       fewest providers that offer one product
 * @param offersMax       most providers that offer one product
 * @param closedPricesMax most older (closed) price rows before a current one
 * @param checksPerChunk  checks sent per round of COPY statements: bounds each trigger pass
 */
public record GenerationProfile(String name, boolean demo, int categories, int producers, int providers,
                                int products, int offersMin, int offersMax, int closedPricesMin,
                                int closedPricesMax, int customers, int checks, int months, int clerks,
                                double returnShare, int checksPerChunk) {

    public static GenerationProfile demoShop() {
        return new GenerationProfile("demo", true, DemoCatalogue.KINDS.size(), DemoCatalogue.producerCount(),
                DemoCatalogue.PROVIDERS.size(), DemoCatalogue.productCount(), 2, 5, 1, 3, 200, 5_000, 12, 4,
                0.02, 5_000);
    }

    public static GenerationProfile largeShop(double scale) {
        if (!(scale > 0) || scale > 100) {
            throw new IllegalArgumentException("scale must be above 0 and at most 100, not " + scale);
        }
        int providers = atLeast(5, 50 * scale);
        return new GenerationProfile("scale " + scale, false,
                atLeast(10, 200 * scale), atLeast(20, 500 * scale), providers, atLeast(100, 10_000 * scale),
                Math.min(5, providers), Math.min(15, providers), 0, 4,
                atLeast(50, 100_000 * scale), atLeast(200, 1_000_000 * scale), 24, atLeast(3, Math.min(12, 12 * scale)),
                0.015, 100_000);
    }

    private static int atLeast(int min, double value) {
        return (int) Math.max(min, Math.round(value));
    }
}
