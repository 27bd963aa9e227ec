package org.shopdesk.data.pricing;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shopdesk.data.Db;
import org.shopdesk.domain.pricing.BulkChange;
import org.shopdesk.domain.pricing.BulkPreviewRow;

/**
 * A bulk change in SQL: which prices of a provider (category, producer) it touches and what they
 * become, computed by the database with shopdesk_round_price, so that the preview and the apply
 * compute the very same numbers.
 */
public final class BulkChangeStore {
    /** The highest value numeric(12,2) holds. */
    private static final String MAX_VALUE = "9999999999.99";

    /** The prices valid at {@code at} that the change touches, old and new, by title. */
    public List<BulkPreviewRow> preview(Db db, BulkChange change, Instant at) throws SQLException {
        List<BulkPreviewRow> rows = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("""
                SELECT id, product_id, sku, title, old_value, new_value, currency,
                       new_value > 0 AND new_value <= %s AS valid
                  FROM (%s) b ORDER BY title, sku""".formatted(MAX_VALUE, selectSql()))) {
            bind(ps, change, at);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new BulkPreviewRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getString(7).strip(), rs.getBoolean(8)));
                }
            }
        }
        return rows;
    }

    /**
     * Puts the changing prices into {@code price_change} if the prices the change touches now are
     * exactly {@code expectedIds} (what the preview showed) and all new values are valid. Returns
     * how many change, or -1 when the touched prices are no longer those previewed, or -2 when a
     * new value is invalid.
     */
    public int stage(Db db, BulkChange change, Instant at, long[] expectedIds) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("""
                CREATE TEMP TABLE bulk_rows ON COMMIT DROP AS SELECT * FROM (%s) b""".formatted(selectSql()))) {
            bind(ps, change, at);
            ps.execute();
        }
        Long[] boxed = new Long[expectedIds.length];
        for (int i = 0; i < expectedIds.length; i++) {
            boxed[i] = expectedIds[i];
        }
        Array ids = db.connection().createArrayOf("bigint", boxed);
        try (PreparedStatement ps = db.connection().prepareStatement("""
                SELECT (SELECT count(*) FROM bulk_rows) = cardinality(?::bigint[])
                       AND NOT EXISTS (SELECT 1 FROM bulk_rows WHERE id <> ALL (?::bigint[])),
                       EXISTS (SELECT 1 FROM bulk_rows WHERE NOT (new_value > 0 AND new_value <= %s))""".formatted(MAX_VALUE))) {
            ps.setArray(1, ids);
            ps.setArray(2, ids);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return -1;
                }
                if (rs.getBoolean(2)) {
                    return -2;
                }
            }
        }
        try (PreparedStatement ps = db.connection().prepareStatement("""
                INSERT INTO price_change (product_id, value, currency)
                SELECT product_id, new_value, currency FROM bulk_rows WHERE new_value <> old_value""")) {
            return ps.executeUpdate();
        }
    }

    private static String selectSql() {
        return """
                SELECT pr.id, pr.product_id, p.sku, p.title, pr.value AS old_value, pr.currency,
                       shopdesk_round_price(CASE WHEN ? THEN pr.value * (100 + ?::numeric) / 100
                                                 ELSE pr.value + ?::numeric END, ?) AS new_value
                  FROM price pr JOIN products p ON p.id = pr.product_id
                 WHERE pr.provider_id = ? AND pr.valid_from <= ? AND (pr.valid_to IS NULL OR pr.valid_to > ?)
                   AND NOT p.archived
                   AND (?::bigint IS NULL OR p.category_id = ?::bigint)
                   AND (?::bigint IS NULL OR p.producer_id = ?::bigint)""";
    }

    private static void bind(PreparedStatement ps, BulkChange change, Instant at) throws SQLException {
        Timestamp t = Timestamp.from(at);
        int i = 1;
        ps.setBoolean(i++, change.kind() == BulkChange.Kind.PERCENT);
        ps.setBigDecimal(i++, change.amount());
        ps.setBigDecimal(i++, change.amount());
        ps.setString(i++, change.rounding().name());
        ps.setLong(i++, change.providerId());
        ps.setTimestamp(i++, t);
        ps.setTimestamp(i++, t);
        ps.setObject(i++, change.categoryId(), java.sql.Types.BIGINT);
        ps.setObject(i++, change.categoryId(), java.sql.Types.BIGINT);
        ps.setObject(i++, change.producerId(), java.sql.Types.BIGINT);
        ps.setObject(i, change.producerId(), java.sql.Types.BIGINT);
    }
}
