package org.shopdesk.data.purchasing;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.shopdesk.data.Db;
import org.shopdesk.domain.purchasing.PurchaseKind;
import org.shopdesk.domain.purchasing.SaleReceipt;

/**
 * A return in SQL, in the caller's transaction: the sale's row is locked first (the same lock the
 * database's own check takes), so two clerks returning goods of one sale are served one after the
 * other and the second sees what the first gave back. The return check copies the sale's customer,
 * provider and currency; its lines copy the sale lines' price rows and prices paid; the journal
 * puts the goods back. V8's triggers refuse anything beyond what was sold.
 */
public final class ReturnStore {
    /** The sale being returned. */
    public record SaleHead(long id, PurchaseKind kind, long customerId, long providerId, String currency) {
    }

    /** Locks the check and returns it, if it exists. */
    public Optional<SaleHead> lockSale(Db db, long saleId) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("""
                SELECT id, kind, customer_id, provider_id, currency FROM purchase WHERE id = ? FOR NO KEY UPDATE""")) {
            ps.setLong(1, saleId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new SaleHead(rs.getLong(1), PurchaseKind.valueOf(rs.getString(2)),
                        rs.getLong(3), rs.getLong(4), rs.getString(5))) : Optional.empty();
            }
        }
    }

    /** A product of the sale: its price row and price paid, how many were sold and have come back. */
    public record Returnable(long productId, long priceId, BigDecimal unitPrice, String title, int sold, int returned) {
        public int left() {
            return sold - returned;
        }
    }

    /** What the sale sold and what has come back of it, per product and price, in line order. */
    public List<Returnable> returnable(Db db, long saleId) throws SQLException {
        List<Returnable> rows = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("""
                SELECT s.product_id, s.price_id, s.unit_price, p.title, s.sold, coalesce(b.back, 0)
                  FROM (SELECT product_id, price_id, unit_price, sum(quantity) AS sold, min(id) AS first
                          FROM purchase_line WHERE purchase_id = ? GROUP BY 1, 2, 3) s
                  JOIN products p ON p.id = s.product_id
                  LEFT JOIN (SELECT l.product_id, l.price_id, l.unit_price, sum(l.quantity) AS back
                               FROM purchase r JOIN purchase_line l ON l.purchase_id = r.id
                              WHERE r.returns_id = ? GROUP BY 1, 2, 3) b
                         ON b.product_id = s.product_id AND b.price_id = s.price_id AND b.unit_price = s.unit_price
                 ORDER BY s.first""")) {
            ps.setLong(1, saleId);
            ps.setLong(2, saleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Returnable(rs.getLong(1), rs.getLong(2), rs.getBigDecimal(3), rs.getString(4),
                            rs.getInt(5), rs.getInt(6)));
                }
            }
        }
        return rows;
    }

    /** The return check, at total 0 (its lines add themselves). */
    public long insertReturn(Db db, SaleHead sale, UUID clientKey) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("""
                INSERT INTO purchase (customer_id, provider_id, kind, returns_id, currency, client_key)
                VALUES (?, ?, 'RETURN', ?, ?, ?) RETURNING id""")) {
            ps.setLong(1, sale.customerId());
            ps.setLong(2, sale.providerId());
            ps.setLong(3, sale.id());
            ps.setString(4, sale.currency());
            ps.setObject(5, clientKey);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** A line going back: what was sold, and how many of it. */
    public record Back(Returnable sold, int quantity) {
    }

    /** The return's lines at the sale's price rows and prices paid, and its journal rows; returns its total. */
    public BigDecimal insertLines(Db db, long returnId, long providerId, List<Back> lines) throws SQLException {
        BigDecimal total = BigDecimal.ZERO;
        try (PreparedStatement ps = db.connection().prepareStatement("""
                INSERT INTO purchase_line (purchase_id, provider_id, product_id, price_id, quantity, unit_price)
                VALUES %s RETURNING line_total""".formatted(SaleStore.placeholders(lines.size(), "(?, ?, ?, ?, ?, ?)")))) {
            int p = 1;
            for (Back b : lines) {
                ps.setLong(p++, returnId);
                ps.setLong(p++, providerId);
                ps.setLong(p++, b.sold().productId());
                ps.setLong(p++, b.sold().priceId());
                ps.setInt(p++, b.quantity());
                ps.setBigDecimal(p++, b.sold().unitPrice());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    total = total.add(rs.getBigDecimal(1));
                }
            }
        }
        try (PreparedStatement ps = db.connection().prepareStatement("INSERT INTO stock_movement (product_id, provider_id, "
                + "delta, reason, purchase_id) VALUES " + SaleStore.placeholders(lines.size(), "(?, ?, ?, 'RETURN', ?)"))) {
            int p = 1;
            for (Back b : lines) {
                ps.setLong(p++, b.sold().productId());
                ps.setLong(p++, providerId);
                ps.setInt(p++, b.quantity());
                ps.setLong(p++, returnId);
            }
            ps.executeUpdate();
        }
        return total;
    }

    /** The return recorded under this client key, if any. */
    public Optional<SaleReceipt> byClientKey(Db db, UUID clientKey) throws SQLException {
        List<SaleReceipt> found = new SaleStore().byClientKeys(db, List.of(clientKey));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }
}
