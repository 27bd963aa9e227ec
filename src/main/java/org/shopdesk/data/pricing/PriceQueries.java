package org.shopdesk.data.pricing;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.shopdesk.data.Db;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.pricing.OfferRow;
import org.shopdesk.domain.pricing.PriceGridQuery;
import org.shopdesk.domain.pricing.PriceHistoryRow;
import org.shopdesk.domain.pricing.ProductPricesRow;
import org.shopdesk.domain.pricing.ProviderPriceRow;

/**
 * The price grid, a product's offers and price history, in SQL. A grid page picks its product
 * ids first (filters, order, limit), then only those rows get their prices: 10,000 products times
 * 50 providers are never read for a page.
 */
public final class PriceQueries {
    /** The currency in which the all-providers view compares offers. */
    public static final String SHOP_CURRENCY = "RUB";

    public Page<ProviderPriceRow> providerPage(Db db, PriceGridQuery q, Cancellation cancel) throws SQLException {
        List<ProviderPriceRow> rows = providerPageSql(q).list(db.connection(), rs -> new ProviderPriceRow(
                rs.getLong("product_id"), rs.getString("sku"), rs.getString("title"), rs.getString("category"),
                rs.getString("producer"), rs.getString("article"), (Long) rs.getObject("price_id"),
                rs.getBigDecimal("value"), trim(rs.getString("currency")), instant(rs.getTimestamp("valid_from")),
                rs.getString("created_by"), rs.getBigDecimal("next_value"), instant(rs.getTimestamp("next_from"))), cancel);
        return new Page<>(rows, total(db, q, rows.size(), cancel), q.offset(), q.limit());
    }

    public Page<ProductPricesRow> allProvidersPage(Db db, PriceGridQuery q, Cancellation cancel) throws SQLException {
        List<ProductPricesRow> rows = allProvidersPageSql(q).list(db.connection(), rs -> new ProductPricesRow(
                rs.getLong("id"), rs.getString("sku"), rs.getString("title"), rs.getString("category"),
                rs.getString("producer"), rs.getInt("offers"), rs.getInt("foreign_offers"), rs.getBigDecimal("min_value"),
                rs.getBigDecimal("max_value"), rs.getBigDecimal("spread"), rs.getBigDecimal("spread_percent"),
                (Long) rs.getObject("cheapest_id"), rs.getString("cheapest_name")), cancel);
        return new Page<>(rows, total(db, q, rows.size(), cancel), q.offset(), q.limit());
    }

    /** A short page tells the total by itself; only a full (or overshot) page needs the count. */
    private static long total(Db db, PriceGridQuery q, int size, Cancellation cancel) throws SQLException {
        if (size > 0 && size < q.limit()) {
            return q.offset() + size;
        }
        if (size == 0 && q.offset() == 0) {
            return 0;
        }
        return countSql(q).count(db.connection(), cancel);
    }

    /** The SQL of a one-provider page, public so that the benchmark runs the very same statement by hand. */
    public static SqlQuery providerPageSql(PriceGridQuery q) {
        SqlQuery sql = new SqlQuery().append("WITH page AS (SELECT p.id AS product_id, pr.id AS price_id, p.title, p.sku, "
                + "pr.value FROM products p");
        providerJoin(sql, q);
        where(sql, q);
        sql.append(" ORDER BY " + order(q, "p.title", "p.sku", "pr.value") + " LIMIT ? OFFSET ?)", q.limit(), q.offset());
        sql.append("""
                 SELECT page.product_id, p.sku, p.title, c.name AS category, m.name AS producer, a.article,
                        pr.id AS price_id, pr.value, pr.currency, pr.valid_from, pr.created_by,
                        nx.value AS next_value, nx.valid_from AS next_from
                   FROM page JOIN products p ON p.id = page.product_id
                   JOIN category c ON c.id = p.category_id
                   JOIN producer m ON m.id = p.producer_id
                   LEFT JOIN price pr ON pr.id = page.price_id
                   LEFT JOIN provider_article a ON a.product_id = page.product_id AND a.provider_id = ?
                   LEFT JOIN LATERAL (SELECT n.value, n.valid_from FROM price n
                                       WHERE n.product_id = page.product_id AND n.provider_id = ?
                                         AND n.valid_from > now() AND (n.valid_to IS NULL OR n.valid_to > n.valid_from)
                                       ORDER BY n.valid_from LIMIT 1) nx ON true
                """, q.providerId(), q.providerId());
        sql.append(" ORDER BY " + order(q, "page.title", "page.sku", "page.value"));
        return sql;
    }

    /** The SQL of an all-providers page. */
    public static SqlQuery allProvidersPageSql(PriceGridQuery q) {
        SqlQuery sql = new SqlQuery().append("WITH page AS (SELECT p.id, p.title, p.sku");
        if (q.sort() == org.shopdesk.domain.pricing.PriceSort.PRICE) {
            sql.append(", (SELECT min(x.value) FROM price x WHERE x.product_id = p.id AND x.currency = '" + SHOP_CURRENCY
                    + "' AND " + ValidNow.of("x") + ") AS min_value");
        } else {
            sql.append(", NULL::numeric AS min_value");
        }
        sql.append(" FROM products p");
        where(sql, q);
        sql.append(" ORDER BY " + order(q, "p.title", "p.sku", "min_value") + " LIMIT ? OFFSET ?)", q.limit(), q.offset());
        sql.append("""
                 SELECT p.id, p.sku, p.title, c.name AS category, m.name AS producer,
                        coalesce(o.offers, 0) AS offers, coalesce(o.foreign_offers, 0) AS foreign_offers,
                        o.min_value, o.max_value, o.max_value - o.min_value AS spread,
                        CASE WHEN o.min_value > 0 THEN round((o.max_value - o.min_value) * 100 / o.min_value, 1) END
                            AS spread_percent,
                        ch.provider_id AS cheapest_id, ch.name AS cheapest_name
                   FROM page JOIN products p ON p.id = page.id
                   JOIN category c ON c.id = p.category_id
                   JOIN producer m ON m.id = p.producer_id
                   LEFT JOIN LATERAL (SELECT count(*) AS offers,
                                             count(*) FILTER (WHERE x.currency <> '%1$s') AS foreign_offers,
                                             min(x.value) FILTER (WHERE x.currency = '%1$s') AS min_value,
                                             max(x.value) FILTER (WHERE x.currency = '%1$s') AS max_value
                                        FROM price x WHERE x.product_id = p.id AND %2$s) o ON true
                   LEFT JOIN LATERAL (SELECT x.provider_id, v.name FROM price x JOIN provider v ON v.id = x.provider_id
                                       WHERE x.product_id = p.id AND x.currency = '%1$s' AND %2$s
                                       ORDER BY x.value, v.name, v.id LIMIT 1) ch ON true
                """.formatted(SHOP_CURRENCY, ValidNow.of("x")));
        sql.append(" ORDER BY " + order(q, "page.title", "page.sku", "page.min_value"));
        return sql;
    }

    public static SqlQuery countSql(PriceGridQuery q) {
        SqlQuery sql = new SqlQuery().append("SELECT count(*) FROM products p");
        if (q.oneProvider()) {
            providerJoin(sql, q);
        }
        where(sql, q);
        return sql;
    }

    /** One provider's view joins its price valid now: all of them, or none when listing what it lacks. */
    private static void providerJoin(SqlQuery sql, PriceGridQuery q) {
        if (q.listsMissing()) {
            sql.append(" LEFT JOIN price pr ON false");
        } else {
            sql.append(" JOIN price pr ON pr.product_id = p.id AND pr.provider_id = ? AND " + ValidNow.of("pr"),
                    q.providerId());
        }
    }

    private static void where(SqlQuery sql, PriceGridQuery q) {
        sql.append(" WHERE NOT p.archived");
        if (q.categoryId() != null) {
            sql.append(" AND p.category_id = ?", q.categoryId());
        }
        if (q.producerId() != null) {
            sql.append(" AND p.producer_id = ?", q.producerId());
        }
        if (!q.text().isEmpty()) {
            String text = SqlQuery.likeEscape(q.text());
            sql.append(" AND (p.title ILIKE ? OR p.sku LIKE ?)", "%" + text + "%",
                    "%" + text.toUpperCase(Locale.ROOT) + "%");
        }
        if (q.offeredBy() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM price o WHERE o.product_id = p.id AND o.provider_id = ? AND "
                    + ValidNow.of("o") + ")", q.offeredBy());
        }
        if (q.missingAt() != null) {
            sql.append(" AND NOT EXISTS (SELECT 1 FROM price o WHERE o.product_id = p.id AND o.provider_id = ? AND "
                    + ValidNow.of("o") + ")", q.missingAt());
        }
    }

    private static String order(PriceGridQuery q, String title, String sku, String price) {
        String dir = q.descending() ? " DESC" : "";
        return switch (q.sort()) {
            case TITLE -> title + dir + ", " + sku + dir;
            case SKU -> sku + dir;
            case PRICE -> price + dir + " NULLS LAST, " + title + ", " + sku;
        };
    }

    /** Every provider's price of the product now, cheapest first (the cheapest in the shop's currency marked). */
    public List<OfferRow> offers(Db db, long productId) throws SQLException {
        return new SqlQuery().append("""
                SELECT x.provider_id, v.name, x.id, x.value, x.currency, x.valid_from, x.created_by,
                       x.currency = '%1$s' AND x.value = min(x.value) FILTER (WHERE x.currency = '%1$s') OVER () AS cheapest,
                       nx.value AS next_value, nx.valid_from AS next_from
                  FROM price x JOIN provider v ON v.id = x.provider_id
                  LEFT JOIN LATERAL (SELECT n.value, n.valid_from FROM price n
                                      WHERE n.product_id = x.product_id AND n.provider_id = x.provider_id
                                        AND n.valid_from > now() AND (n.valid_to IS NULL OR n.valid_to > n.valid_from)
                                      ORDER BY n.valid_from LIMIT 1) nx ON true
                 WHERE x.product_id = ? AND %2$s
                 ORDER BY x.currency <> '%1$s', x.value, v.name, v.id""".formatted(SHOP_CURRENCY, ValidNow.of("x")),
                        productId)
                .list(db, rs -> new OfferRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                        trim(rs.getString(5)), instant(rs.getTimestamp(6)), rs.getString(7), rs.getBoolean(8),
                        rs.getBigDecimal(9), instant(rs.getTimestamp(10))));
    }

    /** A product's price history at one provider (or at all, {@code providerId} null), oldest first. */
    public List<PriceHistoryRow> history(Db db, long productId, Long providerId) throws SQLException {
        return historySql(productId, providerId).list(db, rs -> new PriceHistoryRow(rs.getLong(1), rs.getLong(2),
                rs.getString(3), rs.getBigDecimal(4), trim(rs.getString(5)), instant(rs.getTimestamp(6)),
                instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), rs.getString(9), instant(rs.getTimestamp(10)),
                rs.getString(11), rs.getBoolean(12), rs.getBoolean(13)));
    }

    public static SqlQuery historySql(long productId, Long providerId) {
        SqlQuery sql = new SqlQuery().append("""
                SELECT x.id, x.provider_id, v.name, x.value, x.currency, x.valid_from, x.valid_to, x.created_at,
                       x.created_by, x.closed_at, x.closed_by, %s AS current, x.valid_to = x.valid_from AS cancelled
                  FROM price x JOIN provider v ON v.id = x.provider_id
                 WHERE x.product_id = ?""".formatted(ValidNow.of("x")), productId);
        if (providerId != null) {
            sql.append(" AND x.provider_id = ?", providerId);
        }
        return sql.append(" ORDER BY x.valid_from, x.id");
    }

    static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    static String trim(String currency) {
        return currency == null ? null : currency.strip();
    }
}
