package org.shopdesk.data.charts;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.shopdesk.data.Db;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.charts.Abc;
import org.shopdesk.domain.charts.AbcClass;
import org.shopdesk.domain.charts.AbcRow;
import org.shopdesk.domain.charts.ChartFilter;
import org.shopdesk.domain.charts.CoverBucket;
import org.shopdesk.domain.charts.OfferCover;
import org.shopdesk.domain.charts.StockCover;

/**
 * Sales against stock (per offer: a product at a provider) and the ABC analyses, in SQL. Both
 * need a year's sales per offer, the heaviest read of the Charts area (100,000 offers at scale 1,
 * from their running totals, see {@link OfferRunningTotals}), so the area reads them in one
 * statement that reads them once ({@link #coverAndAbcSql}); each can also be read alone.
 *
 * <p>Every statement returns rows of one layout, told apart by {@code kind}: 1 kind, 2 bucket or
 * class, 3 id (product, or the ABC item), 4 sku, 5 title or name, 6 provider id, 7 provider,
 * 8 currency, 9 stock, 10 units, 11 days of cover, 12 sell-through, 13 count, 14 net revenue,
 * 15 rank, 16 share, 17 cumulative share, 18 order within its kind.
 */
public final class StockCoverQueries {
    /** Per offer: units sold net of returns, from the period's rows {@code f} (the currencies added). */
    private static final String SOLD = "sold AS (SELECT f.product_id, f.provider_id, sum(f.units)::bigint AS units FROM f GROUP BY 1, 2)";
    /** Per product and currency: net revenue, from the period's rows {@code f}, as the ABC's items {@code s}. */
    private static final String PRODUCT_NET = "s AS (SELECT f.product_id AS id, f.currency, sum(f.net) AS net FROM f GROUP BY 1, 2)";

    public static SqlQuery stockCoverSql(SalesQueries.Rollup r, ChartFilter f) {
        SqlQuery q = new SqlQuery().append("WITH f AS (");
        SalesSources.productRows(q, r, f, f.from(), f.to());
        q.append("), " + SOLD + ", ");
        cover(q, f);
        return q.append(coverSelect() + " ORDER BY 1, 18");
    }

    public static SqlQuery abcProductsSql(SalesQueries.Rollup r, ChartFilter f) {
        SqlQuery q = new SqlQuery().append("WITH f AS (");
        SalesSources.productRows(q, r, f, f.from(), f.to());
        q.append("), " + PRODUCT_NET + ", ");
        return q.append(abc("a") + abcSelect("a", "products", "title") + " ORDER BY 1, 18");
    }

    public static SqlQuery abcProvidersSql(SalesQueries.Rollup r, ChartFilter f) {
        SqlQuery q = new SqlQuery().append("WITH f AS (");
        SalesSources.providerDays(q, r, f, f.from(), f.to());
        q.append("), s AS (SELECT f.provider_id AS id, f.currency, sum(f.revenue) - sum(f.returned) AS net FROM f GROUP BY 1, 2), ");
        return q.append(abc("a") + abcSelect("a", "provider", "name") + " ORDER BY 1, 18");
    }

    /** Sales against stock and the ABC of products from one read of the period's rows per offer (materialized: both use it). */
    public static SqlQuery coverAndAbcSql(SalesQueries.Rollup r, ChartFilter f) {
        SqlQuery q = new SqlQuery().append("WITH f AS MATERIALIZED (");
        SalesSources.productRows(q, r, f, f.from(), f.to());
        q.append("), " + SOLD + ", " + PRODUCT_NET + ", ");
        cover(q, f);
        q.append(", " + abc("a"));
        return q.append(coverSelect() + " UNION ALL " + abcSelect("a", "products", "title") + " ORDER BY 1, 18");
    }

    /**
     * The offers (stock now or sales) and the parts of the answer, as CTEs o, b, x. Days of cover
     * (stock x days / units sold) are compared with the buckets' bounds in whole numbers (stock x
     * days against bound x units), exact and cheap for 100,000 offers; the fraction itself is worked
     * out only for the offers listed.
     */
    private static void cover(SqlQuery q, ChartFilter f) {
        q.append("g AS (SELECT d.product_id, d.provider_id, d.goods_balance::bigint AS stock FROM stock_goods d WHERE true");
        SalesSources.filter(q, f, "d");
        String stockDays = "o.stock * " + f.days();
        String cover = stockDays + "::numeric / o.units";
        q.append("""
                ), o AS MATERIALIZED (
                SELECT coalesce(g.product_id, s.product_id) AS product_id, coalesce(g.provider_id, s.provider_id) AS provider_id,
                       coalesce(g.stock, 0) AS stock, coalesce(s.units, 0) AS units
                  FROM g FULL JOIN sold s ON s.product_id = g.product_id AND s.provider_id = g.provider_id
                 WHERE coalesce(g.stock, 0) > 0 OR coalesce(s.units, 0) > 0
                ), b AS (
                SELECT CASE WHEN o.units <= 0 THEN 'NO_SALES' WHEN %1$s <= 7 * o.units THEN 'DAYS_0_7'
                            WHEN %1$s <= 30 * o.units THEN 'DAYS_8_30' WHEN %1$s <= 90 * o.units THEN 'DAYS_31_90'
                            ELSE 'DAYS_OVER_90' END AS bucket,
                       count(*) AS n, sum(o.stock) AS stock, sum(greatest(o.units, 0)) AS units
                  FROM o GROUP BY 1
                ), x AS (
                SELECT 'BUCKET' AS kind, k.bucket, NULL::bigint AS product_id, NULL::bigint AS provider_id,
                       coalesce(b.stock, 0)::bigint AS stock, coalesce(b.units, 0)::bigint AS units, NULL::numeric AS cover,
                       coalesce(b.n, 0) AS n, k.ord
                  FROM (VALUES ('DAYS_0_7', 1), ('DAYS_8_30', 2), ('DAYS_31_90', 3), ('DAYS_OVER_90', 4), ('NO_SALES', 5)) k(bucket, ord)
                  LEFT JOIN b ON b.bucket = k.bucket
                 UNION ALL
                SELECT 'TOTAL', NULL, NULL, NULL, coalesce(sum(o.stock), 0)::bigint, coalesce(sum(greatest(o.units, 0)), 0)::bigint,
                       NULL, count(*), 0 FROM o
                 UNION ALL
                SELECT 'RISK_COUNT', NULL, NULL, NULL, 0, 0, NULL, count(*), 0 FROM o WHERE o.units > 0 AND %1$s <= 7 * o.units
                 UNION ALL
                SELECT 'DEAD_COUNT', NULL, NULL, NULL, 0, 0, NULL, count(*), 0 FROM o WHERE o.units <= 0 AND o.stock > 0
                 UNION ALL
                (SELECT 'RISK', NULL, o.product_id, o.provider_id, o.stock, o.units, %2$s, NULL,
                        row_number() OVER (ORDER BY %2$s, o.units DESC, o.product_id, o.provider_id)
                   FROM o WHERE o.units > 0 AND %1$s <= 7 * o.units
                  ORDER BY %2$s, o.units DESC, o.product_id, o.provider_id LIMIT ?)
                 UNION ALL
                (SELECT 'DEAD', NULL, o.product_id, o.provider_id, o.stock, o.units, NULL, NULL,
                        row_number() OVER (ORDER BY o.stock DESC, o.product_id, o.provider_id)
                   FROM o WHERE o.units <= 0 AND o.stock > 0
                  ORDER BY o.stock DESC, o.product_id, o.provider_id LIMIT ?)
                 UNION ALL
                (SELECT 'POINT', NULL, p.product_id, p.provider_id, p.stock, p.units, %3$s, NULL, p.n
                   FROM (SELECT o.*, row_number() OVER (ORDER BY o.units DESC, o.product_id, o.provider_id) AS n
                           FROM o WHERE o.units > 0
                          ORDER BY o.units DESC, o.product_id, o.provider_id LIMIT ?) p))""".formatted(stockDays, cover,
                        cover.replace("o.", "p.")), StockCover.LIST_LIMIT, StockCover.LIST_LIMIT, StockCover.POINT_LIMIT);
    }

    private static String coverSelect() {
        return """
                SELECT x.kind, x.bucket, x.product_id, p.sku, p.title, x.provider_id, pv.name, NULL::char(3), x.stock, x.units,
                       round(x.cover, 1),
                       CASE WHEN x.units > 0 THEN round(100.0 * x.units / (x.units + x.stock), 1) WHEN x.stock > 0 THEN 0 END,
                       x.n, NULL::numeric, NULL::int, NULL::numeric, NULL::numeric, x.ord::bigint
                  FROM x LEFT JOIN products p ON p.id = x.product_id LEFT JOIN provider pv ON pv.id = x.provider_id""";
    }

    /**
     * ABC over {@code s} (id, currency, net) as CTE {@code name}: items with a positive net
     * revenue, ranked; those of equal revenue share rank and class.
     */
    private static String abc(String name) {
        return """
                %1$s_r AS (
                SELECT s.id, s.currency, s.net, rank() OVER w AS rank, sum(s.net) OVER (PARTITION BY s.currency) AS total,
                       sum(s.net) OVER (w RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS upto,
                       sum(s.net) OVER (PARTITION BY s.currency, s.net) AS tied
                  FROM s WHERE s.net > 0
                WINDOW w AS (PARTITION BY s.currency ORDER BY s.net DESC)
                ), %1$s AS MATERIALIZED (
                -- Ranked above = up to and with the equal ones, less the equal ones (EXCLUDE GROUP says the
                -- same, but its frame is summed row by row: 7 s for 10,000 products instead of 20 ms).
                SELECT r.*, CASE WHEN r.upto - r.tied < 0.80 * r.total THEN 'A' WHEN r.upto - r.tied < 0.95 * r.total THEN 'B'
                                 ELSE 'C' END AS class
                  FROM %1$s_r r)
                """.formatted(name);
    }

    private static String abcSelect(String c, String nameTable, String nameColumn) {
        return """
                SELECT 'ITEM', c.class, c.id, NULL, t.%2$s, NULL::bigint, NULL, c.currency, NULL::bigint, NULL::bigint,
                       NULL::numeric, NULL::numeric, NULL::bigint, c.net, c.rank::int, round(100 * c.net / c.total, 2),
                       round(100 * c.upto / c.total, 2), row_number() OVER (ORDER BY c.currency, c.rank, t.%2$s, c.id)
                  FROM %1$s c JOIN %3$s t ON t.id = c.id
                 UNION ALL
                SELECT 'CLASS', k.class, NULL, NULL, NULL, NULL, NULL, m.currency, NULL, NULL, NULL, NULL, count(c.id),
                       coalesce(sum(c.net), 0.00), NULL, round(100 * coalesce(sum(c.net), 0.00) / m.total, 2), NULL,
                       row_number() OVER (ORDER BY m.currency, k.class)
                  FROM (SELECT c.currency, max(c.total) AS total FROM %1$s c GROUP BY 1) m
                 CROSS JOIN (VALUES ('A'), ('B'), ('C')) k(class)
                  LEFT JOIN %1$s c ON c.currency = m.currency AND c.class = k.class
                 GROUP BY m.currency, m.total, k.class""".formatted(c, nameColumn, nameTable);
    }

    /** One row of any of these statements. */
    private record Line(String kind, String label, OfferCover offer, String currency, long stock, long units,
                        BigDecimal sellThrough, long n, long id, String name, BigDecimal net, int rank, BigDecimal share,
                        BigDecimal cumulative) {
    }

    private static List<Line> lines(Db db, SqlQuery sql, Cancellation cancel) throws SQLException {
        return SalesQueries.list(db, cancel, sql, rs -> {
            long id = rs.getLong(3);
            boolean hasId = !rs.wasNull();
            OfferCover offer = hasId && rs.getString(4) != null ? new OfferCover(id, rs.getString(4), rs.getString(5),
                    rs.getLong(6), rs.getString(7), rs.getLong(9), rs.getLong(10), rs.getBigDecimal(11), rs.getBigDecimal(12)) : null;
            return new Line(rs.getString(1), rs.getString(2), offer, rs.getString(8), rs.getLong(9), rs.getLong(10),
                    rs.getBigDecimal(12), rs.getLong(13), id, rs.getString(5), rs.getBigDecimal(14), rs.getInt(15),
                    rs.getBigDecimal(16), rs.getBigDecimal(17));
        });
    }

    public StockCover stockCover(Db db, SalesQueries.Rollup r, ChartFilter f, Cancellation cancel) throws SQLException {
        return cover(lines(db, stockCoverSql(r, f), cancel));
    }

    public Abc abcProducts(Db db, SalesQueries.Rollup r, ChartFilter f, Cancellation cancel) throws SQLException {
        return abc(lines(db, abcProductsSql(r, f), cancel));
    }

    public Abc abcProviders(Db db, SalesQueries.Rollup r, ChartFilter f, Cancellation cancel) throws SQLException {
        return abc(lines(db, abcProvidersSql(r, f), cancel));
    }

    /** Both from one statement, as the Charts area reads them. */
    public record CoverAndAbc(StockCover cover, Abc abcProducts) {
    }

    public CoverAndAbc coverAndAbc(Db db, SalesQueries.Rollup r, ChartFilter f, Cancellation cancel) throws SQLException {
        List<Line> lines = lines(db, coverAndAbcSql(r, f), cancel);
        return new CoverAndAbc(cover(lines), abc(lines));
    }

    private static StockCover cover(List<Line> lines) {
        List<CoverBucket> buckets = new ArrayList<>();
        List<OfferCover> atRisk = new ArrayList<>();
        List<OfferCover> dead = new ArrayList<>();
        List<OfferCover> points = new ArrayList<>();
        Line total = null;
        long riskCount = 0;
        long deadCount = 0;
        for (Line l : lines) {
            switch (l.kind()) {
                case "BUCKET" -> buckets.add(new CoverBucket(CoverBucket.Kind.valueOf(l.label()), l.n(), l.stock(), l.units()));
                case "TOTAL" -> total = l;
                case "RISK_COUNT" -> riskCount = l.n();
                case "DEAD_COUNT" -> deadCount = l.n();
                case "RISK" -> atRisk.add(l.offer());
                case "DEAD" -> dead.add(l.offer());
                case "POINT" -> points.add(l.offer());
                default -> {
                    // an ABC row of the combined statement
                }
            }
        }
        return new StockCover(buckets, total.n(), total.stock(), total.units(), total.sellThrough(), riskCount, atRisk,
                deadCount, dead, points);
    }

    private static Abc abc(List<Line> lines) {
        List<AbcClass> classes = new ArrayList<>();
        List<AbcRow> items = new ArrayList<>();
        for (Line l : lines) {
            if (l.kind().equals("CLASS")) {
                classes.add(new AbcClass(l.currency(), l.label(), l.n(), l.net(), l.share()));
            } else if (l.kind().equals("ITEM")) {
                items.add(new AbcRow(l.id(), l.name(), l.currency(), l.net(), l.rank(), l.share(), l.cumulative(), l.label()));
            }
        }
        return new Abc(classes, items);
    }
}
