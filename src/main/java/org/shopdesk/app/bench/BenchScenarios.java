package org.shopdesk.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shopdesk.app.BuiltInDatabase;
import org.shopdesk.data.Db;
import org.shopdesk.data.catalogue.ProductQueries;
import org.shopdesk.data.suppliers.ProviderQueries;
import org.shopdesk.domain.catalogue.ProductQuery;
import org.shopdesk.domain.catalogue.ProductSort;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.party.ProviderQuery;
import org.shopdesk.service.catalogue.CatalogueService;

/**
 * Every benchmark scenario, in one place. A feature adds its own here in a few lines: a name,
 * ShopDesk's call, and the baseline that does the same work by hand.
 */
public final class BenchScenarios {
    /** The deep page the targets name: page 1,000 of the Catalogue sorted by title. */
    static final int DEEP_PAGE = 1_000;
    static final int FIRST_PAGE_ROWS = 50;

    private BenchScenarios() {
    }

    public static List<BenchScenario> all(BenchContext ctx) throws Exception {
        CatalogueService catalogue = ctx.backend().catalogue();
        SearchTerms terms = SearchTerms.of(ctx.jdbc());
        ProductQuery first = ProductQuery.firstPage(FIRST_PAGE_ROWS);
        ProductQuery titleSearch = first.withText(terms.titleInfix());
        ProductQuery skuSearch = first.withText(terms.skuPrefix());
        // Rows per page such that page 1,000 exists (9 rows over ~9,900 active products at scale 1);
        // a smaller shop gets its last page instead.
        int deepRows = (int) Math.max(1, Math.min(10, terms.activeProducts() / DEEP_PAGE));
        int deepIndex = (int) Math.min(DEEP_PAGE, Math.max(1, (terms.activeProducts() + deepRows - 1) / deepRows)) - 1;
        ProductQuery deep = new ProductQuery("", null, null, false, ProductSort.TITLE, false, 0, deepRows)
                .withPage(deepIndex);

        List<BenchScenario> all = new ArrayList<>();
        all.add(compared("catalogue search: title infix", "text '" + terms.titleInfix() + "', " + FIRST_PAGE_ROWS + " rows",
                () -> catalogue.findProducts(titleSearch), () -> page(ctx.jdbc(), titleSearch)));
        all.add(compared("catalogue search: SKU prefix", "text '" + terms.skuPrefix() + "'",
                () -> catalogue.findProducts(skuSearch), () -> page(ctx.jdbc(), skuSearch)));
        all.add(compared("catalogue list: first page", FIRST_PAGE_ROWS + " rows by title",
                () -> catalogue.findProducts(first), () -> page(ctx.jdbc(), first)));
        all.add(compared("catalogue list: deep page", String.format(Locale.ROOT, "page %,d, %d rows per page, by title",
                        deepIndex + 1, deepRows),
                () -> catalogue.findProducts(deep), () -> page(ctx.jdbc(), deep)));
        all.add(suppliersList(ctx));
        String noStock = StockBench.whyNot(ctx);
        if (noStock == null) {
            all.addAll(StockBench.prepare(ctx).scenarios());
        } else {
            all.add(new BenchScenario("stock", runner -> List.of(
                    BenchResult.figure(StockBench.REORDER_PAGE, "ms", Double.NaN, noStock),
                    BenchResult.figure(StockBench.PAIR_JOURNAL, "ms", Double.NaN, noStock),
                    BenchResult.figure(StockBench.COUNT_SHEET, "ms", Double.NaN, noStock))));
        }
        all.addAll(CustomerBench.prepare(ctx).scenarios());
        PriceBench priceReads = PriceBench.prepare(ctx);
        all.addAll(priceReads.reads());
        // Charts before sales: the sale scenarios add today's checks, which the charts sum live.
        all.addAll(new ChartBench(ctx).scenarios());
        all.addAll(PurchaseBench.prepare(ctx).scenarios());
        String noSales = SaleBench.whyNot(ctx);
        if (noSales == null) {
            SaleBench sales = SaleBench.prepare(ctx);
            all.add(new BenchScenario(SaleBench.ONE_CLERK, sales::oneClerk));
            all.add(new BenchScenario(SaleBench.EIGHT_CLERKS, runner -> sales.eightClerks()));
            all.add(new BenchScenario(AuditBench.NAME, new AuditBench(ctx, sales)::measure));
            PriceImportBench prices = PriceImportBench.prepare(ctx);
            all.add(new BenchScenario(PriceImportBench.NAME, prices::measure));
            all.add(new BenchScenario(PriceImportBench.FILE, prices::measureFile));
            all.add(priceReads.apply());
        } else {
            all.add(new BenchScenario("sales", runner -> List.of(
                    BenchResult.figure(SaleBench.ONE_CLERK, "ms", Double.NaN, noSales),
                    BenchResult.figure(SaleBench.EIGHT_CLERKS, "tx/s", Double.NaN, noSales),
                    BenchResult.figure(AuditBench.NAME, "ms", Double.NaN, noSales),
                    BenchResult.figure(PriceImportBench.NAME, "ms", Double.NaN, noSales),
                    BenchResult.figure(PriceImportBench.FILE, "ms", Double.NaN, noSales),
                    BenchResult.figure(PriceBench.BULK_APPLY, "ms", Double.NaN, noSales))));
        }
        all.add(new BenchScenario("start-up", runner -> startUp(ctx)));
        all.add(new BenchScenario("built-in database", runner -> builtInStart(ctx)));
        // Last: pgbench's load and the drop of its database (a checkpoint) would disturb what follows.
        all.add(new BenchScenario("ceiling", runner -> new MachineCeiling(ctx.url(), ctx.user(), ctx.password(), ctx.pgbenchScale(),
                ctx.ceilingSeconds()).measure(ctx.allowPgbench())));
        return all;
    }

    /**
     * Lines judged against another line of the same run: eight clerks' sale rate against the
     * machine's TPC-B rate (the target: at least half of it).
     */
    static List<BenchResult> relate(List<BenchResult> results) {
        double tpcb = results.stream().filter(r -> r.scenario().equals(MachineCeiling.TPC_B) && !r.failed())
                .mapToDouble(BenchResult::median).findFirst().orElse(Double.NaN);
        return results.stream().map(r -> r.scenario().equals(SaleBench.EIGHT_CLERKS) && !Double.isNaN(r.median())
                        ? new BenchResult(r.scenario(), r.unit(), r.median(), r.p95(), tpcb, r.median() / tpcb,
                                r.note() + "; baseline: TPC-B rate") : r).toList();
    }

    private static BenchScenario compared(String name, String note, BenchScenario.Task shopDesk, BenchScenario.Task baseline) {
        return new BenchScenario(name, runner -> runner.compare(name, note, shopDesk, baseline));
    }

    /** What {@code ProductQueries.page} does, by hand: the page, and the count only for a full page. */
    private static void page(PlainJdbc jdbc, ProductQuery query) throws Exception {
        int rows = jdbc.rows(ProductQueries.pageSql(query));
        if (rows == query.limit() || rows == 0 && query.offset() > 0) {
            jdbc.rows(ProductQueries.countSql(query));
        }
    }

    static final String SUPPLIERS_LIST = "suppliers: list with figures";

    /**
     * The providers list as the Suppliers screen opens it: the first page (every provider at scale
     * 1) with its figures, against the same statements by hand (where the sales summaries end,
     * the page, the count of a full page).
     */
    private static BenchScenario suppliersList(BenchContext ctx) {
        ProviderQuery query = ProviderQuery.firstPage(FIRST_PAGE_ROWS);
        return compared(SUPPLIERS_LIST, FIRST_PAGE_ROWS + " rows by name: offers, stock and its value, 30 days' sales",
                () -> ctx.backend().suppliers().findProviders(query), () -> {
                    ProviderQueries plain = new ProviderQueries();
                    Db db = Db.over(ctx.jdbc().connection());
                    plain.figuresDue(db);
                    int rows = ctx.jdbc().rowsPlannedFresh(ProviderQueries.pageSql(query, plain.salesWindow(db), plain.figuresMark(db)));
                    if (rows == query.limit()) {
                        ctx.jdbc().rows(ProviderQueries.countSql(query));
                    }
                });
    }

    static final String START_UP = "start-up to first Catalogue page";
    static final String START_UP_ARCHIVE = "start-up, with class-data archive";
    static final String HEAP = "heap after opening the Catalogue";

    /**
     * Scenario 4: the real window in fresh JVMs on the server database, timed to its first
     * Catalogue page on screen, against an empty JavaFX window started the same way (interleaved,
     * so a noisy moment falls on both); the same with an application class-data archive, as the
     * installers ship it; and the heap the window then holds.
     */
    private static List<BenchResult> startUp(BenchContext ctx) throws Exception {
        WindowStart windows;
        try {
            windows = WindowStart.on(ctx.workDir());
        } catch (WindowStart.NoDisplayException e) {
            String why = "not measured: " + e.getMessage();
            return List.of(BenchResult.figure(START_UP, "ms", Double.NaN, why),
                    BenchResult.figure(START_UP_ARCHIVE, "ms", Double.NaN, why), BenchResult.figure(HEAP, "MB", Double.NaN, why));
        }
        int rounds = ctx.startRounds();
        double[] empty = new double[rounds];
        double[] plain = new double[rounds];
        long heap = 0;
        for (int i = 0; i < rounds; i++) {
            empty[i] = windows.emptyWindow().millis();
            WindowStart.Measured m = windows.shopDesk(ctx.url(), ctx.user(), List.of());
            plain[i] = m.millis();
            heap = Math.max(heap, m.heapBytes());
        }
        double baseline = BenchRunner.percentile(empty, 50);
        List<BenchResult> lines = new ArrayList<>();
        lines.add(BenchResult.latency(START_UP, BenchRunner.percentile(plain, 50), BenchRunner.percentile(plain, 95),
                baseline, rounds + " fresh JVMs (java -jar); baseline: empty JavaFX window"));
        lines.add(withArchive(ctx, windows, baseline));
        lines.add(BenchResult.figure(HEAP, "MB", heap / 1048576.0, "window on the first page, after GC, -Xmx512m"));
        return lines;
    }

    /**
     * The same start with a class-data archive of ShopDesk's classes (made by one training start,
     * not timed): what the installers run. It needs ShopDesk to run from its jar.
     */
    private static BenchResult withArchive(BenchContext ctx, WindowStart windows, double baseline) throws Exception {
        if (WindowStart.applicationJar() == null) {
            return BenchResult.figure(START_UP_ARCHIVE, "ms", Double.NaN,
                    "not measured: the archive needs ShopDesk run from shopdesk-all.jar");
        }
        java.nio.file.Path archive = ctx.workDir().resolve("shopdesk.jsa");
        java.nio.file.Files.deleteIfExists(archive);
        windows.shopDesk(ctx.url(), ctx.user(), List.of("-XX:ArchiveClassesAtExit=" + archive));
        double[] millis = new double[ctx.startRounds()];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = windows.shopDesk(ctx.url(), ctx.user(), List.of("-XX:SharedArchiveFile=" + archive)).millis();
        }
        return BenchResult.latency(START_UP_ARCHIVE, BenchRunner.percentile(millis, 50), BenchRunner.percentile(millis, 95),
                baseline, millis.length + " fresh JVMs, -XX:SharedArchiveFile; baseline: empty JavaFX window");
    }

    /**
     * The built-in database's own start, reported apart from the window's: the first start in an
     * empty data directory (binaries unpacked, initdb) and the start of an existing one.
     */
    private static List<BenchResult> builtInStart(BenchContext ctx) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory(ctx.workDir(), "built-in");
        try {
            long started = System.nanoTime();
            BuiltInDatabase.start(dir).close();
            double first = (System.nanoTime() - started) / 1e6;
            double[] again = new double[ctx.startRounds()];
            for (int i = 0; i < again.length; i++) {
                started = System.nanoTime();
                try (BuiltInDatabase db = BuiltInDatabase.start(dir)) {
                    again[i] = (System.nanoTime() - started) / 1e6;
                }
            }
            return List.of(BenchResult.figure("built-in database: first start", "ms", first,
                            "binaries unpacked, initdb, server up"),
                    new BenchResult("built-in database: start", "ms", BenchRunner.percentile(again, 50),
                            BenchRunner.percentile(again, 95), Double.NaN, Double.NaN,
                            again.length + " starts of the existing database, to accepting connections"));
        } finally {
            WindowStart.deleteTree(dir);
        }
    }
}
