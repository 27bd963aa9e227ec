package org.shopdesk.app.bench;

import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import org.shopdesk.domain.pricing.PriceListRow;
import org.shopdesk.service.pricing.PriceImportService;

/**
 * A provider's 10,000-row price list imported through ShopDesk's service (compare, close, open,
 * one transaction) against COPY of the same rows into a table of the same shape: the cost of
 * the rules over the bare transfer. Each round moves about a third of the prices, so every
 * import really closes and opens prices. Writes, so only in a database made by datagen.
 */
final class PriceImportBench {
    static final String NAME = "price list import: 10,000 rows";
    private static final int ROWS = 10_000;

    private final BenchContext ctx;
    private final long providerId;
    private final List<String> skus = new ArrayList<>();
    private final List<BigDecimal> base = new ArrayList<>();
    private int round;

    private PriceImportBench(BenchContext ctx, long providerId) {
        this.ctx = ctx;
        this.providerId = providerId;
    }

    /** The provider with the most current prices, and up to 10,000 SKUs at their current prices (or 100.00). */
    static PriceImportBench prepare(BenchContext ctx) throws SQLException {
        Connection c = ctx.jdbc().connection();
        long provider;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT provider_id FROM price WHERE valid_to IS NULL GROUP BY provider_id "
                     + "ORDER BY count(*) DESC, provider_id LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("no provider has prices");
            }
            provider = rs.getLong(1);
        }
        PriceImportBench bench = new PriceImportBench(ctx, provider);
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT p.sku, coalesce(pr.value, 100.00) FROM products p "
                     + "LEFT JOIN price pr ON pr.product_id = p.id AND pr.provider_id = " + provider
                     + " AND pr.valid_to IS NULL ORDER BY p.id LIMIT " + ROWS)) {
            while (rs.next()) {
                bench.skus.add(rs.getString(1));
                bench.base.add(rs.getBigDecimal(2));
            }
        }
        return bench;
    }

    List<BenchResult> measure(BenchRunner runner) throws Exception {
        PriceImportService service = ctx.backend().priceImport();
        // Fewer rounds than the read scenarios: each one writes thousands of history rows.
        BenchRunner few = new BenchRunner(2, Math.min(runner.rounds(), 10));
        return few.compare(NAME, String.format(java.util.Locale.ROOT, "%,d rows, a third changed each round; "
                + "baseline: COPY of the same rows", skus.size()),
                () -> service.importPrices(providerId, nextList()), () -> copyOnly(nextList()));
    }

    /** The list of this round: every third product's price moves up or down by a cent. */
    private List<PriceListRow> nextList() {
        round++;
        List<PriceListRow> rows = new ArrayList<>(skus.size());
        for (int i = 0; i < skus.size(); i++) {
            BigDecimal value = base.get(i);
            if ((i + round) % 3 == 0) {
                value = value.add(round % 2 == 0 ? new BigDecimal("0.01") : new BigDecimal("0.02"));
            }
            rows.add(new PriceListRow(skus.get(i), value, "RUB"));
        }
        return rows;
    }

    /** The bare transfer: the same rows by COPY into a temporary table, committed. */
    private void copyOnly(List<PriceListRow> rows) throws Exception {
        Connection c = ctx.jdbc().connection();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE price_list_copy (sku varchar(40) NOT NULL, value numeric(12,2) NOT NULL, "
                    + "currency char(3) NOT NULL) ON COMMIT DROP");
            StringBuilder text = new StringBuilder(rows.size() * 24);
            for (PriceListRow row : rows) {
                text.append(row.sku()).append('\t').append(row.value().toPlainString()).append('\t')
                        .append(row.currency()).append('\n');
            }
            c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY price_list_copy FROM STDIN",
                    new StringReader(text.toString()));
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }
}
