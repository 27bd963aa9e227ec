package org.shopdesk.app.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.shopdesk.data.generate.DataMark;
import org.shopdesk.data.stock.JournalQueries;
import org.shopdesk.data.stock.StockQueries;
import org.shopdesk.domain.stock.BalanceQuery;
import org.shopdesk.domain.stock.BalanceSort;
import org.shopdesk.domain.stock.CountDraft;
import org.shopdesk.domain.stock.CountLine;
import org.shopdesk.domain.stock.CountSheetLine;
import org.shopdesk.domain.stock.JournalQuery;
import org.shopdesk.service.stock.StockService;

/**
 * The Stock screen's paths at scale: the balances page with the needs-reorder filter (and, for
 * the record, sorted by days of cover, which sums 30 days of sales for every balance), one
 * balance's journal page, and a 500-line count booked in one transaction. Each against the same
 * SQL run by hand. A copy made before reorder levels existed gets the suggested levels first
 * (what datagen now sets), so the filter selects what a shop would see; that and the counts
 * write, so they run only in a database datagen made.
 */
final class StockBench {
    static final String REORDER_PAGE = "stock: balances, needs reorder";
    static final String COVER_PAGE = "stock: balances by days of cover";
    static final String PAIR_JOURNAL = "stock: one pair's journal page";
    static final String COUNT_SHEET = "stock: count sheet, 500 lines";
    private static final int ROWS = 50;
    private static final int COUNT_LINES = 500;

    private final BenchContext ctx;
    private final StockService stock;
    private final String levels;

    private StockBench(BenchContext ctx, String levels) {
        this.ctx = ctx;
        this.stock = ctx.backend().stock();
        this.levels = levels;
    }

    /** Why the stock scenarios cannot run here, or null. */
    static String whyNot(BenchContext ctx) throws SQLException {
        return DataMark.read(ctx.jdbc().connection()) != null ? null
                : "not measured: the stock scenarios write (levels, counts) only into a database made by datagen";
    }

    static StockBench prepare(BenchContext ctx) throws SQLException {
        Connection c = ctx.jdbc().connection();
        String levels;
        long set = ctx.jdbc().count("SELECT count(*) FROM stock_goods WHERE reorder_level IS NOT NULL");
        if (set == 0) {
            try (Statement st = c.createStatement()) {
                st.executeUpdate(StockQueries.SUGGESTED_LEVELS_EVERYWHERE);
                // What autovacuum would do after an update of half the table, before anyone measures.
                st.execute("VACUUM ANALYZE stock_goods");
            }
            levels = "levels set by bench (suggested levels, as datagen sets them)";
        } else {
            levels = "levels as found";
        }
        long watched = ctx.jdbc().count("SELECT count(*) FROM stock_goods WHERE reorder_level IS NOT NULL");
        long low = ctx.jdbc().count("SELECT count(*) FROM stock_goods g JOIN products p ON p.id = g.product_id"
                + " JOIN provider v ON v.id = g.provider_id WHERE g.goods_balance <= g.reorder_level"
                + " AND NOT p.archived AND NOT v.archived");
        return new StockBench(ctx, String.format(Locale.ROOT, "%s: %,d of %,d balances watched, %,d need reorder",
                levels, watched, ctx.jdbc().count("SELECT count(*) FROM stock_goods"), low));
    }

    List<BenchScenario> scenarios() throws SQLException {
        List<BenchScenario> all = new ArrayList<>();
        BalanceQuery reorder = BalanceQuery.firstPage(ROWS).withNeedsReorder(true);
        all.add(compared(REORDER_PAGE, ROWS + " rows by product; " + levels,
                () -> stock.balances(reorder), () -> balancesByHand(reorder)));
        BalanceQuery cover = BalanceQuery.firstPage(ROWS).withSort(BalanceSort.DAYS_OF_COVER, false);
        all.add(compared(COVER_PAGE, ROWS + " rows, all balances, 30 days of sales summed for each",
                () -> stock.balances(cover), () -> balancesByHand(cover)));
        long[] pair = busiestPair();
        JournalQuery journal = JournalQuery.ofPair(pair[0], pair[1], ROWS);
        all.add(compared(PAIR_JOURNAL, String.format(Locale.ROOT, "newest %d of %,d movements of the busiest pair, "
                        + "running balance, totals", ROWS, pair[2]),
                () -> stock.journal(journal), () -> {
                    ctx.jdbc().rows(JournalQueries.pageSql(journal));
                    ctx.jdbc().rows(JournalQueries.totalsSql(journal));
                }));
        all.add(new BenchScenario(COUNT_SHEET, this::countSheets));
        return all;
    }

    private BenchScenario compared(String name, String note, BenchScenario.Task ours, BenchScenario.Task theirs) {
        return new BenchScenario(name, runner -> runner.compare(name, note, ours, theirs));
    }

    private void balancesByHand(BalanceQuery query) throws SQLException {
        int rows = ctx.jdbc().rows(StockQueries.balancesSql(query));
        if (rows == query.limit()) {
            ctx.jdbc().rows(StockQueries.balancesCountSql(query));
        }
    }

    /** The product and provider with the longest journal, and its length. */
    private long[] busiestPair() throws SQLException {
        try (Statement st = ctx.jdbc().connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT product_id, provider_id, count(*) FROM stock_movement"
                     + " GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
        }
    }

    /**
     * Counts of 500 lines of the largest providers, alternately through the service and by hand
     * (the same lock and insert in one transaction); every other line differs from the books.
     */
    private List<BenchResult> countSheets(BenchRunner runner) throws Exception {
        List<Long> providers = new ArrayList<>();
        try (Statement st = ctx.jdbc().connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT g.provider_id FROM stock_goods g JOIN provider v ON v.id = g.provider_id"
                     + " WHERE NOT v.archived GROUP BY 1 HAVING count(*) >= " + COUNT_LINES + " ORDER BY 1")) {
            while (rs.next()) {
                providers.add(rs.getLong(1));
            }
        }
        if (providers.isEmpty()) {
            return List.of(BenchResult.figure(COUNT_SHEET, "ms", Double.NaN, "no provider holds 500 balances"));
        }
        SplittableRandom random = new SplittableRandom(11);
        int[] next = {0};
        return runner.compare(COUNT_SHEET, COUNT_LINES + " lines, half of them differing, one transaction; "
                        + "baseline: the same lock and insert by hand",
                () -> stock.count(sheet(providers.get(next[0]++ % providers.size()), random)),
                () -> countByHand(sheet(providers.get(next[0]++ % providers.size()), random)));
    }

    private CountDraft sheet(long provider, SplittableRandom random) {
        List<CountSheetLine> lines = stock.countSheet(provider, null);
        List<CountLine> counted = new ArrayList<>();
        for (CountSheetLine line : lines.subList(0, COUNT_LINES)) {
            int found = random.nextBoolean() ? line.balance() : Math.max(0, line.balance() + random.nextInt(5) - 2);
            counted.add(new CountLine(line.productId(), found));
        }
        return new CountDraft(provider, counted, "bench count");
    }

    private void countByHand(CountDraft draft) throws SQLException {
        ctx.jdbc().inTransaction(c -> {
            Long[] ids = draft.lines().stream().map(CountLine::productId).sorted().toArray(Long[]::new);
            java.util.Map<Long, Integer> counted = new java.util.HashMap<>();
            draft.lines().forEach(l -> counted.put(l.productId(), l.counted()));
            java.util.Map<Long, Integer> books = new java.util.HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT product_id, goods_balance FROM stock_goods"
                    + " WHERE provider_id = ? AND product_id = ANY (?) ORDER BY product_id FOR UPDATE")) {
                ps.setLong(1, draft.providerId());
                ps.setArray(2, c.createArrayOf("int8", ids));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        books.put(rs.getLong(1), rs.getInt(2));
                    }
                }
            }
            Integer[] deltas = new Integer[ids.length];
            for (int i = 0; i < ids.length; i++) {
                deltas[i] = counted.get(ids[i]) - books.getOrDefault(ids[i], 0);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO stock_movement (product_id, provider_id, delta,"
                    + " reason, note) SELECT l.product_id, ?, l.delta, 'COUNT_CORRECTION', ?"
                    + " FROM unnest(?::bigint[], ?::int[]) AS l (product_id, delta) ORDER BY l.product_id")) {
                ps.setLong(1, draft.providerId());
                ps.setString(2, draft.note());
                ps.setArray(3, c.createArrayOf("int8", ids));
                ps.setArray(4, c.createArrayOf("int4", deltas));
                ps.executeUpdate();
            }
        });
    }
}
