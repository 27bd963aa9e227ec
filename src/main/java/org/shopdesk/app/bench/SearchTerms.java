package org.shopdesk.app.bench;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * Search texts taken from the data itself, so any scale and seed has hits: part of a brand name
 * in the middle of titles, and the start of a SKU.
 */
record SearchTerms(String titleInfix, String skuPrefix, long activeProducts) {

    static SearchTerms of(PlainJdbc jdbc) throws SQLException {
        try (Statement s = jdbc.connection().createStatement();
             ResultSet rs = s.executeQuery("""
                     SELECT (SELECT title FROM products ORDER BY id LIMIT 1),
                            (SELECT sku FROM products ORDER BY id OFFSET 41 LIMIT 1),
                            (SELECT count(*) FROM products WHERE NOT archived)""")) {
            if (!rs.next() || rs.getString(1) == null) {
                throw new IllegalStateException("the database has no products to search: load data first (datagen)");
            }
            String[] words = rs.getString(1).split(" ");
            // The brand (second word) without its first letter: an infix, never a prefix.
            String brand = words.length > 1 ? words[1] : words[0];
            String infix = brand.length() > 4 ? brand.substring(1, 5) : brand;
            String sku = rs.getString(2) != null ? rs.getString(2) : "A";
            String prefix = sku.substring(0, Math.max(1, sku.length() - 2));
            return new SearchTerms(infix.toLowerCase(Locale.ROOT), prefix, rs.getLong(3));
        }
    }
}
