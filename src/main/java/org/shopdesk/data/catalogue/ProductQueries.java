package org.shopdesk.data.catalogue;

import org.shopdesk.data.Db;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.shopdesk.data.PageTotal;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.catalogue.ProductQuery;
import org.shopdesk.domain.catalogue.ProductRow;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Page;

/**
 * The Catalogue list in SQL. The page's ids are chosen first over the indexed order, then only
 * those rows get their names, lowest price, offers and stock: a deep page costs an index walk,
 * not thousands of price look-ups. Two statements per page (the rows and the count), whatever
 * the page size.
 */
public final class ProductQueries {

    public Page<ProductRow> page(Db db, ProductQuery query) throws SQLException {
        return page(db, query, Cancellation.none());
    }

    /** A page; cancelling stops whichever of its statements is running on the server. */
    public Page<ProductRow> page(Db db, ProductQuery query, Cancellation cancellation) throws SQLException {
        Connection connection = db.connection();
        List<ProductRow> rows = pageSql(query).list(connection, rs -> new ProductRow(
                rs.getLong("id"), rs.getString("sku"), rs.getString("title"),
                rs.getString("category"), rs.getString("producer"),
                rs.getBigDecimal("lowest_price"), rs.getInt("offers"), rs.getLong("stock"),
                rs.getBoolean("archived")), cancellation);
        long total = PageTotal.of(rows.size(), query.offset(), query.limit(),
                () -> countSql(query).count(connection, cancellation));
        return new Page<>(rows, total, query.offset(), query.limit());
    }

    /** Categories (or producers) by name, each with how many products use it. */
    public List<NamedItem> categories(Db db) throws SQLException {
        Connection connection = db.connection();
        return namedItems(connection, "category", "category_id");
    }

    public List<NamedItem> producers(Db db) throws SQLException {
        Connection connection = db.connection();
        return namedItems(connection, "producer", "producer_id");
    }

    private static List<NamedItem> namedItems(Connection connection, String table, String productColumn) throws SQLException {
        // Table and column are this class's own constants, never user input.
        return new SqlQuery().append("SELECT t.id, t.name, t.version, (SELECT count(*) FROM products p WHERE p."
                        + productColumn + " = t.id) AS usage FROM " + table + " t ORDER BY lower(t.name), t.id")
                .list(connection, rs -> new NamedItem(rs.getLong("id"), rs.getString("name"), rs.getInt("version"),
                        rs.getLong("usage")));
    }

    /** The SQL of a page, public so the benchmark can run the very same statement over plain JDBC. */
    public static SqlQuery pageSql(ProductQuery query) {
        String order = orderBy(query);
        SqlQuery sql = new SqlQuery().append("WITH page AS (SELECT p.id FROM products p");
        joinsForSort(sql, query);
        where(sql, query);
        sql.append(" ORDER BY " + order + " LIMIT ? OFFSET ?)", query.limit(), query.offset());
        sql.append("""
                 SELECT p.id, p.sku, p.title, p.archived, c.name AS category, pr.name AS producer,
                        pc.lowest_price, coalesce(pc.offers, 0) AS offers, coalesce(st.stock, 0) AS stock
                   FROM page JOIN products p ON p.id = page.id
                   JOIN category c ON c.id = p.category_id
                   JOIN producer pr ON pr.id = p.producer_id
                   LEFT JOIN LATERAL (SELECT min(value) AS lowest_price, count(*) AS offers FROM price
                                       WHERE product_id = p.id AND valid_from <= now()
                                         AND (valid_to IS NULL OR valid_to > now())) pc ON true
                   LEFT JOIN LATERAL (SELECT sum(goods_balance) AS stock FROM stock_goods
                                       WHERE product_id = p.id) st ON true
                """);
        sql.append(" ORDER BY " + order);
        return sql;
    }

    public static SqlQuery countSql(ProductQuery query) {
        SqlQuery sql = new SqlQuery().append("SELECT count(*) FROM products p");
        where(sql, query);
        return sql;
    }

    private static void joinsForSort(SqlQuery sql, ProductQuery query) {
        switch (query.sort()) {
            case CATEGORY -> sql.append(" JOIN category c ON c.id = p.category_id");
            case PRODUCER -> sql.append(" JOIN producer pr ON pr.id = p.producer_id");
            default -> { }
        }
    }

    private static void where(SqlQuery sql, ProductQuery query) {
        sql.append(" WHERE true");
        if (!query.includeArchived()) {
            sql.append(" AND NOT p.archived");
        }
        if (query.categoryId() != null) {
            sql.append(" AND p.category_id = ?", query.categoryId());
        }
        if (query.producerId() != null) {
            sql.append(" AND p.producer_id = ?", query.producerId());
        }
        if (!query.text().isEmpty()) {
            String text = SqlQuery.likeEscape(query.text());
            // Any part of the title, any part of the SKU (SKUs are kept in upper case).
            sql.append(" AND (p.title ILIKE ? OR p.sku LIKE ?)",
                    "%" + text + "%", "%" + text.toUpperCase(Locale.ROOT) + "%");
        }
    }

    private static String orderBy(ProductQuery query) {
        String dir = query.descending() ? " DESC" : "";
        return switch (query.sort()) {
            case TITLE -> "p.title" + dir + ", p.id" + dir;
            case SKU -> "p.sku" + dir;
            case CATEGORY -> "c.name" + dir + ", p.title" + dir + ", p.id" + dir;
            case PRODUCER -> "pr.name" + dir + ", p.title" + dir + ", p.id" + dir;
            case UPDATED -> "p.updated_at" + (query.descending() ? "" : " DESC") + ", p.id DESC";
        };
    }
}
