package org.shopdesk.app.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.data.purchasing.CheckQueries;
import org.shopdesk.data.purchasing.OfferQueries;
import org.shopdesk.domain.purchasing.CheckQuery;
import org.shopdesk.service.purchasing.CheckHistoryService;
import org.shopdesk.service.purchasing.SaleLookupService;

/**
 * The Purchases screen's reads at scale: the product lookup with every provider's offer (by a
 * scanned code, by a title fragment) and the history's first page with its footer, for the whole
 * history, the last 30 days, and the busiest customer, provider and product (the worst cases).
 * Each against the same SQL by hand. They only read.
 */
final class PurchaseBench {
    static final String BY_CODE = "purchases: product by SKU/EAN, with offers";
    static final String BY_TITLE = "purchases: products by title fragment, with offers";
    static final String HISTORY = "purchases: history first page + footer, ";

    private final BenchContext ctx;
    private final List<String> codes = new ArrayList<>();
    private final List<String> fragments = new ArrayList<>();
    private long customer;
    private long provider;
    private long product;
    private int nextCode;
    private int nextFragment;
    private int baselineCode;
    private int baselineFragment;

    private PurchaseBench(BenchContext ctx) {
        this.ctx = ctx;
    }

    /** Codes and title fragments spread over the catalogue, and the busiest customer, provider and product. */
    static PurchaseBench prepare(BenchContext ctx) throws SQLException {
        PurchaseBench b = new PurchaseBench(ctx);
        try (Statement st = ctx.jdbc().connection().createStatement()) {
            try (ResultSet rs = st.executeQuery("""
                    SELECT sku, ean, title FROM products WHERE NOT archived AND id % 97 = 0 ORDER BY id LIMIT 100""")) {
                while (rs.next()) {
                    b.codes.add(rs.getString(1));
                    if (rs.getString(2) != null) {
                        b.codes.add(rs.getString(2));
                    }
                    // Four letters from inside the title's second word: an infix a clerk might type.
                    String[] words = rs.getString(3).split(" ");
                    String word = words.length > 1 ? words[1] : words[0];
                    b.fragments.add((word.length() > 5 ? word.substring(1, 5) : word).toLowerCase(Locale.ROOT));
                }
            }
            if (b.codes.isEmpty()) {
                throw new IllegalStateException("no products to look up: load data first (datagen)");
            }
            b.customer = single(st, "SELECT customer_id FROM purchase GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
            b.provider = single(st, "SELECT provider_id FROM purchase GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
            b.product = single(st, "SELECT product_id FROM purchase_line GROUP BY 1 ORDER BY count(*) DESC LIMIT 1");
        }
        return b;
    }

    private static long single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    List<BenchScenario> scenarios() {
        SaleLookupService lookup = ctx.backend().saleLookup();
        CheckHistoryService history = ctx.backend().checkHistory();
        List<BenchScenario> all = new ArrayList<>();
        // Each side walks the list on its own, the baseline from its middle: both meet every code
        // or fragment for the first time (a side that went second with the same one would find
        // its pages cached).
        baselineCode = codes.size() / 2;
        baselineFragment = fragments.size() / 2;
        all.add(new BenchScenario(BY_CODE, runner -> runner.compare(BY_CODE, codes.size() + " SKUs and EANs in turn",
                () -> lookup.byCode(codes.get(nextCode++ % codes.size())),
                () -> {
                    String c = codes.get(baselineCode++ % codes.size());
                    rows(new SqlQuery().append(OfferQueries.offersSql(
                            "SELECT id, sku, ean, title FROM products WHERE NOT archived AND (sku = ? OR ean = ?)"),
                            c.toUpperCase(Locale.ROOT), c));
                })));
        all.add(new BenchScenario(BY_TITLE, runner -> runner.compare(BY_TITLE, fragments.size()
                        + " four-letter fragments in turn, " + OfferQueries.DEFAULT_LIMIT + " products",
                () -> lookup.findProducts(fragments.get(nextFragment++ % fragments.size())),
                () -> {
                    String f = fragments.get(baselineFragment++ % fragments.size());
                    rows(new SqlQuery().append(OfferQueries.offersSql(OfferQueries.searchSql(f)), "%" + f + "%",
                            "%" + f.toUpperCase(Locale.ROOT) + "%", OfferQueries.DEFAULT_LIMIT));
                })));
        Instant now = Instant.now();
        history(all, history, "all checks", CheckQuery.all());
        history(all, history, "last 30 days", CheckQuery.all().withPeriod(now.minus(30, ChronoUnit.DAYS), null));
        history(all, history, "busiest customer", CheckQuery.all().withCustomer(customer));
        history(all, history, "busiest provider", CheckQuery.all().withProvider(provider));
        history(all, history, "best-selling product", CheckQuery.all().withProduct(product));
        return all;
    }

    private void history(List<BenchScenario> all, CheckHistoryService history, String what, CheckQuery q) {
        String name = HISTORY + what;
        all.add(new BenchScenario(name, runner -> runner.compare(name, q.limit() + " checks newest first, and the filtered "
                        + "set's count, net revenue, average check" + (CheckQueries.summable(q)
                        ? " (summed days from the charts' summary)" : ""),
                () -> {
                    history.page(q);
                    history.totals(q);
                },
                () -> {
                    rows(CheckQueries.pageSql(q));
                    String[] rollup = rollup();
                    rows(CheckQueries.totalsSql(q, rollup[0], rollup[1]));
                })));
    }

    /**
     * The statement by hand, planned for its values every time as ShopDesk plans these (a
     * generic plan of the history of a best seller took seconds).
     */
    private int rows(SqlQuery query) throws SQLException {
        try (java.sql.PreparedStatement ps = ctx.jdbc().connection().prepareStatement(query.sql())) {
            ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
            List<Object> params = query.params();
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    n++;
                }
            }
            return n;
        }
    }

    /** What ShopDesk reads first for a footer: how far the charts' summaries go, and in which time zone. */
    private String[] rollup() throws SQLException {
        try (Statement st = ctx.jdbc().connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT rolled_until, time_zone FROM sales_rollup")) {
            rs.next();
            return new String[] {rs.getString(1), rs.getString(2)};
        }
    }
}
