package org.shopdesk.data.pricing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shopdesk.data.CopyTable;
import org.shopdesk.data.Db;
import org.shopdesk.domain.pricing.ImportProblem;
import org.shopdesk.domain.pricing.ImportRow;
import org.shopdesk.domain.pricing.ImportStatus;
import org.shopdesk.domain.pricing.MissingOffer;
import org.shopdesk.domain.pricing.ParsedRow;

/**
 * A price list in SQL, in the caller's transaction: the rows arrive by COPY into a temporary
 * table, one statement matches them to products (our SKU, EAN, or the provider's article) and
 * compares them with the provider's prices valid at the moment of the import, giving each row
 * its status; the changes then go to {@link PriceWriter}. However long the list, the cost is a
 * COPY and a handful of statements, not a round trip per row.
 */
public final class PriceImportStore {
    /**
     * Takes the provider's lock, loads the rows and compares them with the provider's prices at
     * the moment the lock was granted; returns that moment.
     */
    public Instant prepare(Db db, PriceWriter writer, long providerId, List<ParsedRow> rows, CopyTable.Progress progress)
            throws SQLException {
        Instant now = writer.lockProvider(db, providerId);
        load(db, rows, progress);
        progress.loaded("price_list_diff", rows.size(), java.time.Duration.ZERO);
        compare(db, providerId, now);
        return now;
    }

    /** Loads the rows into {@code price_list}, dropped at commit; {@code progress} hears the rows sent. */
    public void load(Db db, List<ParsedRow> rows, CopyTable.Progress progress) throws SQLException {
        Connection c = db.connection();
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE price_list (line integer NOT NULL, sku text, ean text, article text, "
                    + "value numeric(12,2), currency char(3), stock integer, problem text, price_text text) ON COMMIT DROP");
        }
        CopyTable list = new CopyTable(c, "price_list", "line, sku, ean, article, value, currency, stock, problem, price_text",
                progress);
        for (ParsedRow row : rows) {
            list.add(row.line()).add(row.sku()).add(row.ean()).add(row.article())
                    .add(row.value() == null ? null : row.value().toPlainString()).add(row.currency())
                    .add(row.stock() == null ? null : row.stock().toString())
                    .add(row.problem() == null ? null : row.problem().name()).add(row.priceText()).endRow();
        }
        list.flush();
    }

    /**
     * Matches and compares the loaded rows with the provider's prices valid at {@code at} into
     * {@code price_list_diff}. A row's product is what its keys find; two keys finding different
     * products, or an article two products share, is ambiguous; a product listed twice is a
     * duplicate from its second row on. A row without its own currency takes the current price's
     * (or the shop's).
     */
    public void compare(Db db, long providerId, Instant at) throws SQLException {
        Timestamp t = Timestamp.from(at);
        try (PreparedStatement ps = db.connection().prepareStatement("""
                CREATE TEMP TABLE price_list_diff ON COMMIT DROP AS
                WITH keyed AS (
                    SELECT l.*,
                           (SELECT p.id FROM products p WHERE p.sku = l.sku) AS by_sku,
                           (SELECT p.id FROM products p WHERE p.ean = l.ean) AS by_ean,
                           a.product_id AS by_article, coalesce(a.hits, 0) AS article_hits
                      FROM price_list l
                      LEFT JOIN LATERAL (SELECT min(x.product_id) AS product_id, count(*) AS hits
                                           FROM provider_article x
                                          WHERE x.provider_id = ? AND x.article = l.article) a ON l.article IS NOT NULL),
                matched AS (
                    SELECT k.*, coalesce(by_sku, by_ean, by_article) AS product_id,
                           CASE WHEN k.problem IS NOT NULL THEN k.problem
                                WHEN k.article_hits > 1
                                  OR (SELECT count(DISTINCT id) FROM unnest(ARRAY[by_sku, by_ean, by_article]) id) > 1
                                  THEN 'AMBIGUOUS_MATCH'
                                WHEN coalesce(by_sku, by_ean, by_article) IS NULL THEN 'UNKNOWN_PRODUCT'
                           END AS found_problem
                      FROM keyed k),
                ranked AS (
                    SELECT m.*, min(line) OVER (PARTITION BY product_id) AS first_line
                      FROM matched m)
                SELECT r.line, coalesce(r.sku, r.ean, r.article) AS key, r.product_id, r.value, r.stock, r.price_text,
                       coalesce(r.currency, pr.currency, 'RUB') AS currency,
                       CASE WHEN r.found_problem IS NOT NULL THEN r.found_problem
                            WHEN r.line > r.first_line THEN 'DUPLICATE_ROW' END AS problem,
                       CASE WHEN r.product_id IS NOT NULL AND r.line > r.first_line THEN r.first_line END AS first_line,
                       pr.id AS price_id, pr.value AS old_value, pr.currency AS old_currency
                  FROM ranked r
                  LEFT JOIN price pr ON pr.product_id = r.product_id AND pr.provider_id = ?
                       AND pr.valid_from <= ? AND (pr.valid_to IS NULL OR pr.valid_to > ?)""")) {
            ps.setLong(1, providerId);
            ps.setLong(2, providerId);
            ps.setTimestamp(3, t);
            ps.setTimestamp(4, t);
            ps.execute();
        }
    }

    private static final String STATUS = """
            CASE WHEN d.problem IS NOT NULL THEN 'ERROR'
                 WHEN d.price_id IS NULL THEN 'NEW'
                 WHEN d.old_value = d.value AND d.old_currency = d.currency THEN 'UNCHANGED'
                 ELSE 'CHANGED' END""";

    /** Every row of the compared list with what importing it would do, in the file's order. */
    public List<ImportRow> rows(Db db) throws SQLException {
        List<ImportRow> rows = new ArrayList<>();
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery("""
                SELECT d.line, d.key, d.product_id, p.sku, p.title, %s AS status, d.problem, d.old_value, d.value,
                       d.currency,
                       CASE WHEN d.old_value > 0 AND d.value IS NOT NULL AND d.old_currency = d.currency
                            THEN round((d.value - d.old_value) * 100 / d.old_value, 1) END AS percent,
                       d.first_line, d.stock, d.price_text
                  FROM price_list_diff d LEFT JOIN products p ON p.id = d.product_id
                 ORDER BY d.line""".formatted(STATUS))) {
            while (rs.next()) {
                String problem = rs.getString(7);
                rows.add(new ImportRow(rs.getInt(1), rs.getString(2), (Long) rs.getObject(3), rs.getString(4),
                        rs.getString(5), ImportStatus.valueOf(rs.getString(6)),
                        problem == null ? null : ImportProblem.valueOf(problem), rs.getBigDecimal(8), rs.getBigDecimal(9),
                        PriceQueries.trim(rs.getString(10)), rs.getBigDecimal(11), (Integer) rs.getObject(12),
                        (Integer) rs.getObject(13), rs.getString(14)));
            }
        }
        return rows;
    }

    /** How many rows are new, changed, unchanged and in error, in that order. */
    public int[] counts(Db db) throws SQLException {
        try (Statement st = db.connection().createStatement(); ResultSet rs = st.executeQuery("""
                SELECT count(*) FILTER (WHERE s = 'NEW'), count(*) FILTER (WHERE s = 'CHANGED'),
                       count(*) FILTER (WHERE s = 'UNCHANGED'), count(*) FILTER (WHERE s = 'ERROR')
                  FROM (SELECT %s AS s FROM price_list_diff d) x""".formatted(STATUS))) {
            rs.next();
            return new int[] {rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)};
        }
    }

    /** The provider's prices valid at {@code at} whose products the list does not name. */
    public List<MissingOffer> missing(Db db, long providerId, Instant at) throws SQLException {
        List<MissingOffer> missing = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("""
                SELECT p.id, p.sku, p.title, pr.id, pr.value, pr.currency
                  FROM price pr JOIN products p ON p.id = pr.product_id
                 WHERE pr.provider_id = ? AND pr.valid_from <= ? AND (pr.valid_to IS NULL OR pr.valid_to > ?)
                   AND NOT EXISTS (SELECT 1 FROM price_list_diff d WHERE d.product_id = pr.product_id)
                 ORDER BY p.title, p.sku""")) {
            ps.setLong(1, providerId);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setTimestamp(3, Timestamp.from(at));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    missing.add(new MissingOffer(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getBigDecimal(5), rs.getString(6).strip()));
                }
            }
        }
        return missing;
    }

    /**
     * Puts the new and changed rows (and, with {@code closeMissing}, the end of every offer the
     * list does not name) into {@code price_change}. Returns how many offers are ended.
     */
    public int stage(Db db, long providerId, Instant at, boolean closeMissing) throws SQLException {
        Connection c = db.connection();
        try (Statement st = c.createStatement()) {
            st.executeUpdate("""
                    INSERT INTO price_change (product_id, value, currency)
                    SELECT d.product_id, d.value, d.currency FROM price_list_diff d
                     WHERE d.problem IS NULL
                       AND (d.price_id IS NULL OR d.old_value <> d.value OR d.old_currency <> d.currency)""");
        }
        if (!closeMissing) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO price_change (product_id, value, currency)
                SELECT pr.product_id, NULL, NULL FROM price pr
                 WHERE pr.provider_id = ? AND pr.valid_from <= ? AND (pr.valid_to IS NULL OR pr.valid_to > ?)
                   AND NOT EXISTS (SELECT 1 FROM price_list_diff d WHERE d.product_id = pr.product_id)""")) {
            ps.setLong(1, providerId);
            ps.setTimestamp(2, Timestamp.from(at));
            ps.setTimestamp(3, Timestamp.from(at));
            return ps.executeUpdate();
        }
    }
}
