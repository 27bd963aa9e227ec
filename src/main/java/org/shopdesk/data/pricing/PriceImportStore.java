package org.shopdesk.data.pricing;

import org.shopdesk.data.Db;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.shopdesk.data.CopyTable;
import org.shopdesk.domain.pricing.PriceListRow;

/**
 * A price list in SQL, in the caller's transaction: the rows arrive by COPY into a temporary
 * table, then three set-wise statements compare, close and open prices. However long the list,
 * the cost is a COPY and three statements, not a round trip per row.
 */
public final class PriceImportStore {
    /** Loads the list into {@code price_list}, dropped at commit. */
    public void load(Db db, List<PriceListRow> rows) throws SQLException {
        Connection c = db.connection();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE price_list (sku varchar(40) NOT NULL, value numeric(12,2) NOT NULL, "
                    + "currency char(3) NOT NULL) ON COMMIT DROP");
        }
        CopyTable list = new CopyTable(c, "price_list", "sku, value, currency");
        for (PriceListRow row : rows) {
            list.add(row.sku()).add(row.value().toPlainString()).add(row.currency()).endRow();
        }
        list.flush();
    }

    /** SKUs of the list that no product has, at most {@code limit}. */
    public List<String> unknownSkus(Db db, int limit) throws SQLException {
        Connection c = db.connection();
        List<String> unknown = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT l.sku FROM price_list l "
                + "WHERE NOT EXISTS (SELECT 1 FROM products p WHERE p.sku = l.sku) ORDER BY l.sku LIMIT ?")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    unknown.add(rs.getString(1));
                }
            }
        }
        return unknown;
    }

    /** Closes the provider's current prices that the list changes; returns how many. */
    public int closeChanged(Db db, long providerId) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement("""
                UPDATE price pr SET valid_to = now()
                  FROM price_list l JOIN products p ON p.sku = l.sku
                 WHERE pr.product_id = p.id AND pr.provider_id = ? AND pr.valid_to IS NULL
                   AND (pr.value, pr.currency) IS DISTINCT FROM (l.value, l.currency)""")) {
            ps.setLong(1, providerId);
            return ps.executeUpdate();
        }
    }

    /** Opens a price for every listed product without a current one (new, or just closed); returns how many. */
    public int openMissing(Db db, long providerId) throws SQLException {
        Connection c = db.connection();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO price (product_id, provider_id, value, currency, valid_from)
                SELECT p.id, ?, l.value, l.currency, now()
                  FROM price_list l JOIN products p ON p.sku = l.sku
                 WHERE NOT EXISTS (SELECT 1 FROM price pr
                                    WHERE pr.product_id = p.id AND pr.provider_id = ? AND pr.valid_to IS NULL)""")) {
            ps.setLong(1, providerId);
            ps.setLong(2, providerId);
            return ps.executeUpdate();
        }
    }
}
