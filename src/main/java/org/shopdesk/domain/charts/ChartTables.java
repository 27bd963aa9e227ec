package org.shopdesk.domain.charts;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Each chart's figures as the table beside it, its CSV export and the command line's report: one
 * place, so that the three always show the same numbers. {@code text} gives the reader's words
 * for a message key.
 */
public final class ChartTables {
    private final Function<String, String> text;

    public ChartTables(Function<String, String> text) {
        this.text = text;
    }

    private List<String> headers(String... keys) {
        List<String> h = new ArrayList<>();
        for (String k : keys) {
            h.add(text.apply(k));
        }
        return h;
    }

    public FigureTable kpi(List<Kpi> kpis) {
        List<List<Object>> rows = new ArrayList<>();
        for (Kpi k : kpis) {
            KpiFigures c = k.current();
            KpiFigures p = k.previous();
            rows.add(row(text.apply("charts.measure.netRevenue.name"), k.currency(), c.netRevenue(), p.netRevenue(), k.netRevenueChange()));
            rows.add(row(text.apply("charts.measure.sales.name"), k.currency(), c.sales(), p.sales(), null));
            rows.add(row(text.apply("charts.measure.returned.name"), k.currency(), c.returned(), p.returned(), null));
            rows.add(row(text.apply("charts.measure.checks.name"), k.currency(), c.checks(), p.checks(), k.checksChange()));
            rows.add(row(text.apply("charts.measure.averageCheck.name"), k.currency(), c.averageCheck(), p.averageCheck(),
                    k.averageCheckChange()));
            rows.add(row(text.apply("charts.measure.units.name"), k.currency(), c.units(), p.units(), k.unitsChange()));
            rows.add(row(text.apply("charts.measure.returns.name"), k.currency(), c.returns(), p.returns(), k.returnsChange()));
        }
        return new FigureTable(text.apply("charts.kpi.title"), headers("charts.column.measure", "charts.column.currency",
                "charts.column.current", "charts.column.previous", "charts.column.change"), rows);
    }

    public FigureTable byProvider(List<ProviderSales> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProviderSales p : list) {
            rows.add(row(p.revenueRank(), p.provider(), p.currency(), p.netRevenue(), p.share(), p.checks(), p.checksRank(),
                    p.averageCheck(), p.units(), p.returns(), p.returned()));
        }
        return new FigureTable(text.apply("charts.byProvider.title"), headers("charts.column.rank", "charts.column.provider",
                "charts.column.currency", "charts.measure.netRevenue.name", "charts.measure.share.name",
                "charts.measure.checks.name", "charts.column.checksRank", "charts.measure.averageCheck.name",
                "charts.measure.units.name", "charts.measure.returns.name", "charts.measure.returned.name"), rows);
    }

    public FigureTable byProducer(List<ProducerSales> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProducerSales p : list) {
            rows.add(row(p.revenueRank(), p.producer(), p.currency(), p.netRevenue(), p.share(), p.units(), p.unitsRank()));
        }
        return new FigureTable(text.apply("charts.byProducer.title"), headers("charts.column.rank", "charts.column.producer",
                "charts.column.currency", "charts.measure.netRevenue.name", "charts.measure.share.name",
                "charts.measure.units.name", "charts.column.unitsRank"), rows);
    }

    public FigureTable topProducts(String producer, List<ProductSales> list) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProductSales p : list) {
            rows.add(row(p.rank(), p.sku(), p.title(), p.currency(), p.netRevenue(), p.share(), p.units()));
        }
        return new FigureTable(text.apply("charts.topProducts.title") + ": " + producer, headers("charts.column.rank",
                "charts.column.sku", "charts.column.product", "charts.column.currency", "charts.measure.netRevenue.name",
                "charts.measure.share.name", "charts.measure.units.name"), rows);
    }

    public FigureTable coverBuckets(StockCover c) {
        List<List<Object>> rows = new ArrayList<>();
        for (CoverBucket b : c.buckets()) {
            rows.add(row(text.apply("charts.bucket." + b.kind().name()), b.offers(), b.stock(), b.units()));
        }
        rows.add(row(text.apply("charts.bucket.all"), c.offers(), c.stock(), c.units()));
        List<String> h = headers("charts.measure.cover.name", "charts.column.offers", "charts.column.stock",
                "charts.measure.units.name");
        return new FigureTable(text.apply("charts.cover.title") + " (" + text.apply("charts.measure.sellThrough.name") + " "
                + FigureTable.plain(c.sellThrough()) + " %)", h, rows);
    }

    /** The items at risk and the dead stock, each marked with its list. */
    public FigureTable coverOffers(StockCover c) {
        List<List<Object>> rows = new ArrayList<>();
        for (OfferCover o : c.atRisk()) {
            rows.add(offer(text.apply("charts.cover.atRisk"), o));
        }
        for (OfferCover o : c.dead()) {
            rows.add(offer(text.apply("charts.cover.dead"), o));
        }
        return new FigureTable(text.apply("charts.cover.lists"), offerHeaders(), rows);
    }

    /** The scatter's points: stock now against units sold per offer. */
    public FigureTable coverPoints(StockCover c) {
        List<List<Object>> rows = new ArrayList<>();
        for (OfferCover o : c.points()) {
            rows.add(offer(text.apply("charts.cover.point"), o));
        }
        return new FigureTable(text.apply("charts.cover.scatter"), offerHeaders(), rows);
    }

    private List<String> offerHeaders() {
        return headers("charts.column.list", "charts.column.sku", "charts.column.product", "charts.column.provider",
                "charts.column.stock", "charts.measure.units.name", "charts.measure.cover.name", "charts.measure.sellThrough.name");
    }

    private static List<Object> offer(String list, OfferCover o) {
        return row(list, o.sku(), o.title(), o.provider(), o.stock(), o.units(), o.coverDays(), o.sellThrough());
    }

    public FigureTable abcClasses(String title, Abc abc) {
        List<List<Object>> rows = new ArrayList<>();
        for (AbcClass c : abc.classes()) {
            rows.add(row(c.abcClass(), c.currency(), c.count(), c.netRevenue(), c.share()));
        }
        return new FigureTable(title, headers("charts.measure.abc.name", "charts.column.currency", "charts.column.count",
                "charts.measure.netRevenue.name", "charts.measure.share.name"), rows);
    }

    public FigureTable abcItems(String title, Abc abc) {
        List<List<Object>> rows = new ArrayList<>();
        for (AbcRow r : abc.items()) {
            rows.add(row(r.abcClass(), r.rank(), r.name(), r.currency(), r.netRevenue(), r.share(), r.cumulativeShare()));
        }
        return new FigureTable(title, headers("charts.measure.abc.name", "charts.column.rank", "charts.column.name",
                "charts.column.currency", "charts.measure.netRevenue.name", "charts.measure.share.name",
                "charts.column.cumulativeShare"), rows);
    }

    public FigureTable overTime(List<TimePoint> points) {
        List<List<Object>> rows = new ArrayList<>();
        for (TimePoint t : points) {
            rows.add(row(t.start(), t.currency(), t.netRevenue(), t.checks(), t.previousStart(), t.previousNetRevenue(),
                    t.previousChecks()));
        }
        return new FigureTable(text.apply("charts.overTime.title"), headers("charts.column.start", "charts.column.currency",
                "charts.measure.netRevenue.name", "charts.measure.checks.name", "charts.column.previousStart",
                "charts.column.previousNetRevenue", "charts.column.previousChecks"), rows);
    }

    private static List<Object> row(Object... values) {
        List<Object> r = new ArrayList<>(values.length);
        java.util.Collections.addAll(r, values);
        return r;
    }
}
