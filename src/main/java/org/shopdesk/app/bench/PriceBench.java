package org.shopdesk.app.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shopdesk.data.pricing.PriceQueries;
import org.shopdesk.domain.pricing.BulkChange;
import org.shopdesk.domain.pricing.BulkPreview;
import org.shopdesk.domain.pricing.PriceGridQuery;
import org.shopdesk.domain.pricing.Rounding;
import org.shopdesk.service.pricing.PriceService;

/**
 * The Prices screen's data paths: a grid page for one provider and for all providers, one
 * product's history, and a bulk change of a provider's whole list (preview, and apply, which
 * writes: only in a database made by datagen). Each against the same SQL run by hand.
 */
final class PriceBench {
    static final String PROVIDER_PAGE = "prices: one provider's grid page";
    static final String ALL_PAGE = "prices: all providers' grid page";
    static final String HISTORY = "prices: one product's history";
    static final String BULK_PREVIEW = "prices: bulk preview, a provider's whole list";
    static final String BULK_APPLY = "prices: bulk apply, a provider's whole list";
    private static final int ROWS = 50;

    private final BenchContext ctx;
    private final long providerId;
    private final int providerOffers;
    private final long productId;
    private final int historyRows;

    private PriceBench(BenchContext ctx, long providerId, int providerOffers, long productId, int historyRows) {
        this.ctx = ctx;
        this.providerId = providerId;
        this.providerOffers = providerOffers;
        this.productId = productId;
        this.historyRows = historyRows;
    }

    /** The provider with the most prices now, and the product with the longest price history. */
    static PriceBench prepare(BenchContext ctx) throws SQLException {
        Connection c = ctx.jdbc().connection();
        try (Statement st = c.createStatement()) {
            long provider;
            int offers;
            try (ResultSet rs = st.executeQuery("SELECT provider_id, count(*) FROM price WHERE valid_to IS NULL "
                    + "GROUP BY provider_id ORDER BY count(*) DESC, provider_id LIMIT 1")) {
                // A shop without prices still runs the scenarios, over empty lists.
                boolean any = rs.next();
                provider = any ? rs.getLong(1) : 0;
                offers = any ? rs.getInt(2) : 0;
            }
            try (ResultSet rs = st.executeQuery("SELECT product_id, count(*) FROM price GROUP BY product_id "
                    + "ORDER BY count(*) DESC, product_id LIMIT 1")) {
                boolean any = rs.next();
                return new PriceBench(ctx, provider, offers, any ? rs.getLong(1) : 0, any ? rs.getInt(2) : 0);
            }
        }
    }

    List<BenchScenario> reads() {
        PriceService prices = ctx.backend().prices();
        PriceGridQuery one = PriceGridQuery.provider(providerId, ROWS);
        PriceGridQuery deepOne = one.withPage(Math.max(0, providerOffers / ROWS - 1));
        PriceGridQuery all = PriceGridQuery.allProviders(ROWS);
        return List.of(
                new BenchScenario(PROVIDER_PAGE, runner -> {
                    List<BenchResult> r = new ArrayList<>(runner.compare(PROVIDER_PAGE, String.format(Locale.ROOT,
                            "first page, %d rows of %,d, by title", ROWS, providerOffers),
                            () -> prices.providerPrices(one), () -> page(PriceQueries.providerPageSql(one), one)));
                    r.addAll(runner.compare(PROVIDER_PAGE + ", last page", "page " + (deepOne.offset() / ROWS + 1),
                            () -> prices.providerPrices(deepOne), () -> page(PriceQueries.providerPageSql(deepOne), deepOne)));
                    return r;
                }),
                new BenchScenario(ALL_PAGE, runner -> runner.compare(ALL_PAGE, ROWS + " products by title, offers summed",
                        () -> prices.productPrices(all), () -> page(PriceQueries.allProvidersPageSql(all), all))),
                new BenchScenario(HISTORY, runner -> runner.compare(HISTORY, historyRows + " rows at all providers",
                        () -> prices.history(productId, null),
                        () -> ctx.jdbc().rows(PriceQueries.historySql(productId, null)))),
                new BenchScenario(BULK_PREVIEW, runner -> runner.compare(BULK_PREVIEW, String.format(Locale.ROOT,
                                "%,d prices, +1 %%, rounded to kopecks; baseline: the same SELECT by hand", providerOffers),
                        () -> prices.previewBulk(plusOnePercent()), this::previewByHand)));
    }

    private BulkChange plusOnePercent() {
        return new BulkChange(providerId, null, null, BulkChange.Kind.PERCENT, BigDecimal.ONE, Rounding.KOPECKS, null);
    }

    /** Timed apart from its preview: each round previews (not timed), then applies. */
    BenchScenario apply() {
        return new BenchScenario(BULK_APPLY, runner -> {
            PriceService prices = ctx.backend().prices();
            int rounds = Math.min(runner.rounds(), 10);
            double[] ours = new double[rounds];
            double[] theirs = new double[rounds];
            for (int i = -1; i < rounds; i++) {
                BulkPreview preview = prices.previewBulk(plusOnePercent());
                double t = BenchRunner.time(() -> prices.applyBulk(preview));
                double b = BenchRunner.time(this::applyByHand);
                if (i >= 0) {
                    ours[i] = t;
                    theirs[i] = b;
                }
            }
            return List.of(BenchResult.latency(BULK_APPLY, BenchRunner.percentile(ours, 50),
                    BenchRunner.percentile(ours, 95), BenchRunner.percentile(theirs, 50), String.format(Locale.ROOT,
                            "%,d prices closed and opened; baseline: the same close and insert by hand, rolled back",
                            providerOffers)));
        });
    }

    private void page(org.shopdesk.data.SqlQuery sql, PriceGridQuery q) throws SQLException {
        int rows = ctx.jdbc().rows(sql);
        if (rows == q.limit() || rows == 0 && q.offset() > 0) {
            ctx.jdbc().rows(PriceQueries.countSql(q));
        }
    }

    private void previewByHand() throws SQLException {
        ctx.jdbc().rows(new org.shopdesk.data.SqlQuery().append("""
                SELECT pr.id, pr.product_id, p.sku, p.title, pr.value, round(pr.value * 1.01, 2), pr.currency
                  FROM price pr JOIN products p ON p.id = pr.product_id
                 WHERE pr.provider_id = ? AND pr.valid_from <= now() AND (pr.valid_to IS NULL OR pr.valid_to > now())
                   AND NOT p.archived ORDER BY p.title, p.sku""", providerId));
    }

    private void applyByHand() throws SQLException {
        Connection c = ctx.jdbc().connection();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE by_hand ON COMMIT DROP AS SELECT pr.product_id, round(pr.value * 1.01, 2) AS v, "
                    + "pr.currency FROM price pr WHERE pr.provider_id = " + providerId
                    + " AND pr.valid_from <= now() AND (pr.valid_to IS NULL OR pr.valid_to > now())");
            st.executeUpdate("UPDATE price p SET valid_to = now() FROM by_hand b WHERE p.product_id = b.product_id "
                    + "AND p.provider_id = " + providerId + " AND p.valid_to IS NULL");
            st.executeUpdate("INSERT INTO price (product_id, provider_id, value, currency, valid_from) "
                    + "SELECT product_id, " + providerId + ", v, currency, now() FROM by_hand");
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }
}
