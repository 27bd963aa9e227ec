package org.shopdesk.data.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.shopdesk.data.CopyTable;

/**
 * Who offers what at which price, and since when. An offer is a (product, provider) pair; each
 * has a few closed older price rows and one current row. The first row starts before the first
 * sale, so every sale finds the row valid at its moment. Price ids are 1..n in the order written.
 * Kept as parallel arrays: the large shop's 300,000 price rows cost a few megabytes.
 */
final class PriceBook {
    final int[] offerProduct;
    final int[] offerProvider;
    /** The offer's first price row (index, id - 1) and how many rows it has. */
    private final int[] firstRow;
    private final byte[] rowCount;
    private final long[] rowFrom;
    private final int[] rowCents;
    /** Per provider: its offers, and a picker over them by how well each sells. */
    final int[][] offersOfProvider;
    final Picker[] pickerOfProvider;

    private PriceBook(int[] offerProduct, int[] offerProvider, int[] firstRow, byte[] rowCount, long[] rowFrom,
                      int[] rowCents, int[][] offersOfProvider, Picker[] pickerOfProvider) {
        this.offerProduct = offerProduct;
        this.offerProvider = offerProvider;
        this.firstRow = firstRow;
        this.rowCount = rowCount;
        this.rowFrom = rowFrom;
        this.rowCents = rowCents;
        this.offersOfProvider = offersOfProvider;
        this.pickerOfProvider = pickerOfProvider;
    }

    int offers() {
        return offerProduct.length;
    }

    /** The price row (index) valid at that moment: the last one that started at or before it. */
    int rowAt(int offer, long epochSecond) {
        int row = firstRow[offer] + rowCount[offer] - 1;
        while (rowFrom[row] > epochSecond) {
            row--;
        }
        return row;
    }

    long priceId(int row) {
        return row + 1L;
    }

    long cents(int row) {
        return rowCents[row];
    }

    static PriceBook write(Connection connection, GenerationProfile profile, Assortment assortment, Timeline timeline,
                           long seed, GenerationListener listener) throws SQLException {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003 + 37);
        int products = assortment.products();
        int providers = assortment.providers();
        Picker pickProvider = new Picker(assortment.providerWeight);
        // Each provider sells a little cheaper or dearer than the market.
        double[] providerFactor = new double[providers];
        for (int v = 0; v < providers; v++) {
            providerFactor[v] = 0.9 + 0.22 * random.nextDouble();
        }
        int[] offersOf = new int[products];
        int total = 0;
        for (int p = 0; p < products; p++) {
            offersOf[p] = Math.min(providers, profile.offersMin() + random.nextInt(profile.offersMax() - profile.offersMin() + 1));
            total += offersOf[p];
        }
        int[] offerProduct = new int[total];
        int[] offerProvider = new int[total];
        int[] firstRow = new int[total];
        byte[] rowCount = new byte[total];
        int maxRows = total * (profile.closedPricesMax() + 1);
        long[] rowFrom = new long[maxRows];
        int[] rowCents = new int[maxRows];
        double[] offerWeight = new double[total];
        int[] offersPerProvider = new int[providers];

        CopyTable t = new CopyTable(connection, "price", "id, product_id, provider_id, value, valid_from, valid_to, created_at",
                listener);
        long start = timeline.start();
        long span = timeline.end() - start - 2 * 86_400L;
        int offer = 0;
        int row = 0;
        boolean[] taken = new boolean[providers];
        for (int p = 0; p < products; p++) {
            Arrays.fill(taken, false);
            for (int k = 0; k < offersOf[p]; k++) {
                int v;
                do {
                    v = pickProvider.pick(random);
                } while (taken[v]);
                taken[v] = true;
                double current = assortment.basePriceCents[p] / 100.0 * providerFactor[v] * (0.96 + 0.08 * random.nextDouble());
                int closed = profile.closedPricesMin() + random.nextInt(profile.closedPricesMax() - profile.closedPricesMin() + 1);
                long[] from = new long[closed + 1];
                from[0] = start - (30 + random.nextInt(370)) * 86_400L;
                for (int c = 1; c <= closed; c++) {
                    from[c] = start + 86_400L + (random.nextLong(span) / 60) * 60;
                }
                Arrays.sort(from, 1, closed + 1);
                for (int c = 1; c <= closed; c++) {
                    // Two changes drawn in the same minute: the later one moves a minute on.
                    from[c] = Math.max(from[c], from[c - 1] + 60);
                }
                // Walk back from today's price: prices mostly rose over time.
                long[] cents = new long[closed + 1];
                double value = current;
                for (int c = closed; c >= 0; c--) {
                    cents[c] = Assortment.nicePrice(value);
                    value = value / (1 + (-0.06 + 0.2 * random.nextDouble()));
                }
                offerProduct[offer] = p;
                offerProvider[offer] = v;
                firstRow[offer] = row;
                rowCount[offer] = (byte) (closed + 1);
                for (int c = 0; c <= closed; c++) {
                    rowFrom[row] = from[c];
                    rowCents[row] = (int) cents[c];
                    t.add(row + 1L).add(p + 1L).add(v + 1L).addMoney(cents[c]).addTime(from[c]);
                    if (c < closed) {
                        t.addTime(from[c + 1]);
                    } else {
                        t.addNull();
                    }
                    t.addTime(from[c]).endRow();
                    row++;
                }
                // Cheaper offers sell better; popular products sell better everywhere.
                double ratio = assortment.basePriceCents[p] / (double) cents[closed];
                offerWeight[offer] = assortment.popularity[p] * ratio * ratio;
                offersPerProvider[v]++;
                offer++;
            }
        }
        t.flush();
        int[][] offersOfProvider = new int[providers][];
        for (int v = 0; v < providers; v++) {
            offersOfProvider[v] = new int[offersPerProvider[v]];
        }
        int[] fill = new int[providers];
        for (int o = 0; o < total; o++) {
            offersOfProvider[offerProvider[o]][fill[offerProvider[o]]++] = o;
        }
        Picker[] pickers = new Picker[providers];
        for (int v = 0; v < providers; v++) {
            double[] w = new double[offersOfProvider[v].length];
            for (int i = 0; i < w.length; i++) {
                w[i] = offerWeight[offersOfProvider[v][i]];
            }
            pickers[v] = w.length == 0 ? null : new Picker(w);
        }
        return new PriceBook(offerProduct, offerProvider, firstRow, rowCount, Arrays.copyOf(rowFrom, row),
                Arrays.copyOf(rowCents, row), offersOfProvider, pickers);
    }
}
