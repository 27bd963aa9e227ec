package org.shopdesk.data.generate;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.shopdesk.data.CopyTable;

/** Categories, producers, providers and products, with ids 1..n in the order written. */
final class CatalogueWriter {
    private final Connection connection;
    private final GenerationProfile profile;
    private final GenerationListener listener;
    private final SplittableRandom random;
    private final long start;
    private final long seed;

    CatalogueWriter(Connection connection, GenerationProfile profile, GenerationListener listener, long seed, long start) {
        this.connection = connection;
        this.profile = profile;
        this.listener = listener;
        this.random = new SplittableRandom(seed * 1_000_003 + 11);
        this.start = start;
        this.seed = seed;
    }

    Assortment write() throws SQLException {
        double[] providerWeight = writeProviders();
        return profile.demo() ? writeDemoProducts(providerWeight) : writeScaleProducts(providerWeight);
    }

    private double[] writeProviders() throws SQLException {
        CopyTable t = new CopyTable(connection, "provider", "id, name, " + ProviderCards.COLUMNS + ", created_at, updated_at",
                listener);
        for (int i = 0; i < profile.providers(); i++) {
            String name = profile.demo() ? DemoCatalogue.PROVIDERS.get(i) : ScaleCatalogue.provider(i);
            t.add(i + 1).add(name);
            ProviderCards.add(t, i, name, profile.demo(), seed);
            t.addTime(start - 400 * 86_400L).addTime(start - 400 * 86_400L).endRow();
        }
        t.flush();
        // A few large wholesalers and many small ones.
        return Assortment.zipf(profile.providers(), 2, 0.8, random);
    }

    private Assortment writeDemoProducts(double[] providerWeight) throws SQLException {
        Map<String, Integer> producers = new LinkedHashMap<>();
        for (DemoCatalogue.Kind kind : DemoCatalogue.KINDS) {
            for (int m = 0; m < kind.models().size(); m++) {
                producers.putIfAbsent(kind.producer(m), producers.size() + 1);
            }
        }
        writeNames("category", DemoCatalogue.KINDS.stream().map(DemoCatalogue.Kind::category).toList());
        writeNames("producer", List.copyOf(producers.keySet()));
        CopyTable t = products();
        List<Long> prices = new ArrayList<>();
        for (int k = 0; k < DemoCatalogue.KINDS.size(); k++) {
            DemoCatalogue.Kind kind = DemoCatalogue.KINDS.get(k);
            for (int m = 0; m < kind.models().size(); m++) {
                double position = random.nextDouble();
                for (int v = 0; v < kind.variants().size(); v++) {
                    long id = prices.size() + 1L;
                    String producer = kind.producer(m);
                    double rubles = kind.minRubles() * Math.pow((double) kind.maxRubles() / kind.minRubles(), position)
                            * (1 + 0.25 * v);
                    prices.add(Assortment.nicePrice(rubles));
                    product(t, id, skuPrefix(producer), kind.title(m, v), k + 1, producers.get(producer),
                            kind.category() + ", " + producer);
                }
            }
        }
        t.flush();
        return new Assortment(prices.stream().mapToLong(Long::longValue).toArray(),
                Assortment.zipf(prices.size(), 3, 1.0, random), providerWeight);
    }

    private Assortment writeScaleProducts(double[] providerWeight) throws SQLException {
        List<String> categories = new ArrayList<>();
        for (int i = 0; i < profile.categories(); i++) {
            categories.add(ScaleCatalogue.category(i));
        }
        List<String> brands = ScaleCatalogue.brands(profile.producers(), random);
        writeNames("category", categories);
        writeNames("producer", brands);
        // Some categories and brands are much bigger than others.
        double[] categoryWeight = Assortment.zipf(categories.size(), 5, 0.7, random);
        double[] brandWeight = Assortment.zipf(brands.size(), 5, 0.9, random);
        Picker pickCategory = new Picker(categoryWeight);
        Picker pickBrand = new Picker(brandWeight);
        String[] variants = {"", "", " Pro", " Lite", " Max", " 128 ГБ", " 256 ГБ", " (2024)", " чёрный", " белый",
            " Black", " Silver"};
        CopyTable t = products();
        long[] prices = new long[profile.products()];
        for (int i = 0; i < prices.length; i++) {
            int category = pickCategory.pick(random);
            int brand = pickBrand.pick(random);
            String[] kind = ScaleCatalogue.kindOfCategory(category);
            String model = (char) ('A' + random.nextInt(26)) + (random.nextBoolean() ? "" : String.valueOf((char) ('A' + random.nextInt(26))))
                    + "-" + (100 + random.nextInt(9900));
            String title = kind[1] + " " + brands.get(brand) + " " + model + variants[random.nextInt(variants.length)];
            long min = Long.parseLong(kind[2]);
            long max = Long.parseLong(kind[3]);
            prices[i] = Assortment.nicePrice(min * Math.pow((double) max / min, random.nextDouble()));
            product(t, i + 1L, skuPrefix(brands.get(brand)), title, category + 1, brand + 1, null);
        }
        t.flush();
        return new Assortment(prices, Assortment.zipf(prices.length, 10, 1.0, random), providerWeight);
    }

    private CopyTable products() {
        return new CopyTable(connection, "products",
                "id, sku, ean, title, description, category_id, producer_id, archived, created_at, updated_at", listener);
    }

    private void product(CopyTable t, long id, String prefix, String title, long category, long producer,
                         String description) throws SQLException {
        long created = start - (30 + random.nextInt(700)) * 86_400L;
        // One in a hundred products is no longer sold: archived, but its history stays.
        boolean archived = random.nextInt(100) == 0;
        t.add(id).add(prefix + "-" + String.format(Locale.ROOT, "%06d", id)).add(ean(id)).add(title)
                .add(description).add(category).add(producer).add(archived ? "t" : "f")
                .addTime(created).addTime(created).endRow();
    }

    private void writeNames(String table, List<String> names) throws SQLException {
        CopyTable t = new CopyTable(connection, table, "id, name, created_at, updated_at", listener);
        for (int i = 0; i < names.size(); i++) {
            t.add(i + 1).add(names.get(i)).addTime(start - 800 * 86_400L).addTime(start - 800 * 86_400L).endRow();
        }
        t.flush();
    }

    /** Three upper-case letters or digits of the brand, as SKUs are kept in upper case. */
    static String skuPrefix(String brand) {
        StringBuilder b = new StringBuilder();
        for (char c : brand.toUpperCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') && b.length() < 3) {
                b.append(c);
            }
        }
        return b.length() == 0 ? "SKU" : b.toString();
    }

    /** An EAN-13 in the Russian 460 range, unique by product id, with its check digit. */
    static String ean(long id) {
        String body = "460" + String.format(Locale.ROOT, "%09d", id);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (body.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return body + (10 - sum % 10) % 10;
    }
}
