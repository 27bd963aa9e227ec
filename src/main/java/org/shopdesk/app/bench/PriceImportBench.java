package org.shopdesk.app.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.shopdesk.data.CopyTable;
import org.shopdesk.domain.pricing.ColumnMapping;
import org.shopdesk.domain.pricing.ImportListener;
import org.shopdesk.domain.pricing.ImportOptions;
import org.shopdesk.domain.pricing.PriceListRow;
import org.shopdesk.domain.pricing.PriceListSettings;
import org.shopdesk.service.pricing.PriceImportService;

/**
 * A provider's 10,000-row price list imported through ShopDesk's service (compare, close, open,
 * one transaction) against COPY of the same 10,000 rows into the price table itself, with its
 * indexes, foreign keys and checks (as closed history rows, rolled back: the baseline leaves
 * nothing behind). Each round moves about a third of the prices, so every import really closes
 * and opens prices. Writes, so only in a database made by datagen.
 */
final class PriceImportBench {
    static final String NAME = "price list import: 10,000 rows";
    static final String FILE = "price list import: 10,000-row CSV file, end to end";
    private static final int ROWS = 10_000;

    private final BenchContext ctx;
    private final long providerId;
    private final List<String> skus = new ArrayList<>();
    private final List<Long> productIds = new ArrayList<>();
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
             ResultSet rs = st.executeQuery("SELECT p.sku, coalesce(pr.value, 100.00), p.id FROM products p "
                     + "LEFT JOIN price pr ON pr.product_id = p.id AND pr.provider_id = " + provider
                     + " AND pr.valid_to IS NULL ORDER BY p.id LIMIT " + ROWS)) {
            while (rs.next()) {
                bench.skus.add(rs.getString(1));
                bench.base.add(rs.getBigDecimal(2));
                bench.productIds.add(rs.getLong(3));
            }
        }
        return bench;
    }

    List<BenchResult> measure(BenchRunner runner) throws Exception {
        PriceImportService service = ctx.backend().priceImport();
        // Fewer rounds than the read scenarios: each one writes thousands of history rows.
        BenchRunner few = new BenchRunner(2, Math.min(runner.rounds(), 10));
        return few.compare(NAME, String.format(java.util.Locale.ROOT, "%,d rows, a third changed each round; "
                + "baseline: COPY of the same rows into price (rolled back)", skus.size()),
                () -> service.importPrices(providerId, nextList()), () -> copyOnly(nextList()));
    }

    /**
     * The whole import as a user runs it: a 10,000-row CSV file as suppliers send it (';',
     * decimal comma, spaced thousands) read, matched, compared and applied, against COPY of the
     * same rows. Each round's file is written before the clock starts.
     */
    List<BenchResult> measureFile(BenchRunner runner) throws Exception {
        PriceImportService service = ctx.backend().priceImport();
        ColumnMapping mapping = new ColumnMapping("Артикул", null, null, "Цена", null, null);
        PriceListSettings settings = PriceListSettings.detect(mapping);
        int rounds = Math.min(runner.rounds(), 10);
        double[] ours = new double[rounds];
        double[] theirs = new double[rounds];
        for (int i = -2; i < rounds; i++) {
            List<PriceListRow> rows = nextList();
            byte[] file = csv(rows);
            double t = BenchRunner.time(() -> service.apply(providerId,
                    service.read("bench.csv", file, settings, ImportListener.NONE), ImportOptions.STRICT, ImportListener.NONE));
            double b = BenchRunner.time(() -> copyOnly(rows));
            if (i >= 0) {
                ours[i] = t;
                theirs[i] = b;
            }
        }
        return List.of(BenchResult.latency(FILE, BenchRunner.percentile(ours, 50), BenchRunner.percentile(ours, 95),
                BenchRunner.percentile(theirs, 50), String.format(java.util.Locale.ROOT, "%,d rows: read (Commons CSV), "
                        + "match, compare, apply; baseline: COPY of the same rows into price (rolled back)", skus.size())));
    }

    private static byte[] csv(List<PriceListRow> rows) {
        StringBuilder b = new StringBuilder(rows.size() * 32).append("Артикул;Наименование;Цена\r\n");
        for (PriceListRow r : rows) {
            String v = r.value().toPlainString();
            int dot = v.indexOf('.');
            String whole = dot < 0 ? v : v.substring(0, dot);
            String grouped = whole.length() > 3 ? whole.substring(0, whole.length() - 3) + '\u00A0'
                    + whole.substring(whole.length() - 3) : whole;
            b.append(r.sku()).append(";\"Товар ").append(r.sku()).append("\";").append(grouped)
                    .append(dot < 0 ? "" : "," + v.substring(dot + 1)).append("\r\n");
        }
        return b.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
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

    /**
     * The fastest way to put these rows into the price table: COPY, with every index, foreign key
     * and check of the table at work. As closed rows of a day long past, so that no current price
     * is touched, and rolled back.
     */
    private void copyOnly(List<PriceListRow> rows) throws Exception {
        Connection c = ctx.jdbc().connection();
        c.setAutoCommit(false);
        try {
            CopyTable price = new CopyTable(c, "price", "product_id, provider_id, value, currency, valid_from, valid_to");
            long dayLongPast = java.time.LocalDate.of(2000, 1, 1).toEpochDay() * 86_400;
            for (int i = 0; i < rows.size(); i++) {
                PriceListRow row = rows.get(i);
                price.add(productIds.get(i)).add(providerId).add(row.value().toPlainString()).add(row.currency())
                        .addTime(dayLongPast).addTime(dayLongPast + 86_400).endRow();
            }
            price.flush();
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }
}
