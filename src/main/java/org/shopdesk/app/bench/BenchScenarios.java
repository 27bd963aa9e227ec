package org.shopdesk.app.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.shopdesk.data.catalogue.ProductQueries;
import org.shopdesk.domain.catalogue.ProductQuery;
import org.shopdesk.domain.catalogue.ProductSort;
import org.shopdesk.domain.common.Page;
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
        all.add(new BenchScenario("start-up", runner -> startUp(ctx)));
        // Last: pgbench's load and the drop of its database (a checkpoint) would disturb what follows.
        all.add(new BenchScenario("ceiling", runner -> new MachineCeiling(ctx.url(), ctx.user(), ctx.pgbenchScale(),
                ctx.ceilingSeconds()).measure(ctx.allowPgbench())));
        return all;
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

    /** Cold starts in fresh JVMs: to the first Catalogue page on a server database, and the heap after it. */
    private static List<BenchResult> startUp(BenchContext ctx) throws Exception {
        double[] millis = new double[ctx.startRounds()];
        double maxHeap = 0;
        for (int i = 0; i < millis.length; i++) {
            long[] probe = ChildJvm.probe(ctx.url(), ctx.user(), ctx.workDir());
            millis[i] = probe[0];
            maxHeap = Math.max(maxHeap, probe[1] / 1048576.0);
        }
        String note = ctx.startRounds() + " fresh JVMs: connect, migrate check, Hibernate, first page";
        return List.of(new BenchResult("start-up to first Catalogue page", "ms", BenchRunner.percentile(millis, 50),
                        BenchRunner.percentile(millis, 95), Double.NaN, Double.NaN, note),
                BenchResult.figure("heap after opening the Catalogue", "MB", maxHeap, "used heap after GC, -Xmx512m"));
    }
}
