package org.shopdesk.data.purchasing;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.shopdesk.data.Db;
import org.shopdesk.data.FreshPlans;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.purchasing.CustomerChoice;
import org.shopdesk.domain.purchasing.Offer;
import org.shopdesk.domain.purchasing.ProductOffers;
import org.shopdesk.domain.purchasing.ProviderChoice;

/**
 * What the clerk looks up while entering a sale, in one statement each: products by code (a
 * scanner's SKU or EAN, exact) or by any part of the title or SKU, each with every active
 * provider's current offer, cheapest first; customers by name, e-mail or phone. Archived
 * products, providers and customers are never offered.
 */
public final class OfferQueries {
    public static final int DEFAULT_LIMIT = 20;

    /** The product whose SKU or EAN is exactly {@code code} (at most one: both are unique), with its offers. */
    public List<ProductOffers> byCode(Db db, String code) throws SQLException {
        String c = code.strip();
        return withOffers(db, new SqlQuery().append(
                "SELECT id, sku, ean, title FROM products WHERE NOT archived AND (sku = ? OR ean = ?)",
                c.toUpperCase(Locale.ROOT), c));
    }

    /** Products with {@code text} in their title or SKU, by title, with their offers. */
    public List<ProductOffers> search(Db db, String text, int limit) throws SQLException {
        String t = SqlQuery.likeEscape(text.strip());
        return withOffers(db, new SqlQuery().append(searchSql(text), "%" + t + "%", "%" + t.toUpperCase(Locale.ROOT) + "%",
                limit));
    }

    /**
     * The products' part of {@link #search}. From three characters on, the trigram indexes find
     * every match (a brand matches a few hundred products) and only those are sorted: measured
     * 0.6 ms where walking the title index and testing each title took 4.5-12 ms. Below three
     * characters no trigram helps, and walking the title index stops after the first page.
     */
    public static String searchSql(String text) {
        String where = "SELECT id, sku, ean, title FROM products WHERE NOT archived AND (title ILIKE ? OR sku LIKE ?)";
        return text.strip().length() >= 3
                ? "WITH hits AS MATERIALIZED (" + where + ") SELECT * FROM hits ORDER BY title, id LIMIT ?"
                : where + " ORDER BY title, id LIMIT ?";
    }

    /** The SQL of {@link #byCode} / {@link #search} around the products' query: for the benchmark's baseline. */
    public static String offersSql(String productsSql) {
        return """
                WITH p AS (%s)
                SELECT p.id, p.sku, p.ean, p.title, o.provider_id, o.name, o.price_id, o.value, o.currency, o.available
                  FROM p LEFT JOIN LATERAL (
                       SELECT pr.provider_id, v.name, pr.id AS price_id, pr.value, pr.currency,
                              coalesce(g.goods_balance, 0) AS available
                         FROM price pr
                         JOIN provider v ON v.id = pr.provider_id AND NOT v.archived
                         LEFT JOIN stock_goods g ON g.product_id = pr.product_id AND g.provider_id = pr.provider_id
                        WHERE pr.product_id = p.id AND pr.valid_from <= now()
                          AND (pr.valid_to IS NULL OR pr.valid_to > now())) o ON true
                 ORDER BY p.title, p.id, o.value, o.name""".formatted(productsSql);
    }

    private static List<ProductOffers> withOffers(Db db, SqlQuery products) throws SQLException {
        SqlQuery sql = new SqlQuery().append(offersSql(products.sql()), products.params().toArray());
        record Row(long id, String sku, String ean, String title, Offer offer) {
        }
        List<Row> rows = FreshPlans.list(db, sql, rs -> {
            long provider = rs.getLong(5);
            Offer offer = rs.wasNull() ? null : new Offer(provider, rs.getString(6), rs.getLong(7), rs.getBigDecimal(8),
                    rs.getString(9), rs.getInt(10));
            return new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), offer);
        });
        // Rows arrive grouped by product and ordered; gather each product's offers in that order.
        Map<Long, List<Offer>> offers = new LinkedHashMap<>();
        Map<Long, Row> first = new LinkedHashMap<>();
        for (Row r : rows) {
            first.putIfAbsent(r.id(), r);
            List<Offer> list = offers.computeIfAbsent(r.id(), k -> new ArrayList<>());
            if (r.offer() != null) {
                list.add(r.offer());
            }
        }
        return first.values().stream().map(r -> new ProductOffers(r.id(), r.sku(), r.ean(), r.title(), offers.get(r.id())))
                .toList();
    }

    /**
     * Active customers whose name (first, last or both) contains {@code text}; with an '@' also
     * those whose e-mail starts with it, and with three or more digits those whose phone holds them.
     */
    public List<CustomerChoice> customers(Db db, String text, int limit) throws SQLException {
        String t = text.strip();
        SqlQuery sql = new SqlQuery().append("""
                WITH hits AS (
                    SELECT id FROM customer WHERE (name || ' ' || coalesce(last_name, '')) ILIKE ?""",
                "%" + SqlQuery.likeEscape(t) + "%");
        if (t.contains("@")) {
            sql.append(" UNION SELECT c.id FROM contacts k JOIN customer c ON c.contact_id = k.id WHERE lower(k.email) LIKE ?",
                    SqlQuery.likeEscape(t.toLowerCase(Locale.ROOT)) + "%");
        }
        String digits = t.replaceAll("[^0-9]", "");
        if (digits.length() >= 3 && t.matches("[0-9+()\\-\\s]+")) {
            sql.append(" UNION SELECT c.id FROM contacts k JOIN customer c ON c.contact_id = k.id WHERE k.phone LIKE ?",
                    "%" + digits + "%");
        }
        sql.append("""
                )
                SELECT c.id, c.name, c.last_name, k.email, k.phone
                  FROM hits h JOIN customer c ON c.id = h.id LEFT JOIN contacts k ON k.id = c.contact_id
                 WHERE NOT c.archived
                 ORDER BY c.last_name NULLS FIRST, c.name, c.id LIMIT ?""", limit);
        return sql.list(db, rs -> new CustomerChoice(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5)));
    }

    /** Every provider, active ones first, for the history's filter. */
    public List<ProviderChoice> providers(Db db) throws SQLException {
        return new SqlQuery().append("SELECT id, name, archived FROM provider ORDER BY archived, name")
                .list(db, rs -> new ProviderChoice(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
    }
}
