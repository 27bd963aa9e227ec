package org.shopdesk.data.party;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.shopdesk.data.Db;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.party.CustomerCheckRow;
import org.shopdesk.domain.party.CustomerDetails;
import org.shopdesk.domain.party.CustomerHistory;
import org.shopdesk.domain.party.CustomerQuery;
import org.shopdesk.domain.party.CustomerRow;
import org.shopdesk.domain.party.CustomerSort;
import org.shopdesk.domain.party.CustomerStatus;
import org.shopdesk.domain.party.CustomerTotals;
import org.shopdesk.domain.purchasing.PurchaseKind;

/**
 * The customers list, a customer's form data and its checks, in SQL. As in the Catalogue, a
 * page's ids are chosen first (from the search's index hits, or the index order), and only those
 * rows get their primary contacts and their figures, summed from their own checks
 * (purchase_customer_idx): a page costs its fifty customers' checks, never the whole shop's.
 * Ordering by a figure is the exception: a search's hits are summed one by one, the whole list
 * by one pass over every check (about a second per million checks).
 */
public final class CustomerQueries {
    /** One customer's figures, for a row whose alias is c. */
    private static final String FIGURES = """
            SELECT count(*) AS checks,
                   coalesce(sum(CASE WHEN p.kind = 'SALE' THEN p.total ELSE -p.total END), 0.00) AS net_revenue,
                   max(p.purchased_at) FILTER (WHERE p.kind = 'SALE') AS last_purchase
              FROM purchase p WHERE p.customer_id = c.id""";

    /** Every customer's figures at once, for ordering the whole list by one of them. */
    private static final String ALL_FIGURES = """
            SELECT p.customer_id, count(*) AS checks,
                   sum(CASE WHEN p.kind = 'SALE' THEN p.total ELSE -p.total END) AS net_revenue,
                   max(p.purchased_at) FILTER (WHERE p.kind = 'SALE') AS last_purchase
              FROM purchase p GROUP BY p.customer_id""";

    public Page<CustomerRow> page(Db db, CustomerQuery query) throws SQLException {
        return page(db, query, Cancellation.none());
    }

    /** A page of the list; cancelling (a newer search replaced it) stops its SQL on the server. */
    public Page<CustomerRow> page(Db db, CustomerQuery query, Cancellation cancellation) throws SQLException {
        Connection connection = db.connection();
        long[] counted = {-1};
        List<CustomerRow> rows = pageSql(query).list(connection, rs -> {
            counted[0] = rs.getLong("found");
            return row(rs);
        }, cancellation);
        // A search counts its hits in the same pass (found); a short page tells the total by
        // itself; only a full (or overshot) page of the whole list needs a count of its own.
        long total = counted[0] >= 0 && !query.text().isEmpty() ? counted[0]
                : Page.totalFromPage(rows.size(), query.offset(), query.limit());
        if (total < 0) {
            total = countSql(query).count(connection, cancellation);
        }
        return new Page<>(rows, total, query.offset(), query.limit());
    }

    /** The first {@code limit} active customers the text finds, by name: the sale screen's pick. */
    public List<CustomerRow> activeMatches(Db db, String text, int limit) throws SQLException {
        CustomerQuery query = new CustomerQuery(text, CustomerStatus.ACTIVE, CustomerSort.LAST_NAME, false, 0, limit);
        return pageSql(query).list(db, CustomerQueries::row);
    }

    /** The SQL of a page, public so that the benchmark runs the very same statement by hand. */
    public static SqlQuery pageSql(CustomerQuery query) {
        String order = orderBy(query);
        boolean byFigures = byFigures(query.sort());
        // A search's hits are few enough to count while they are sorted; the whole list's first
        // page must stay an index walk of fifty rows, so it is counted apart.
        String found = query.text().isEmpty() ? "-1" : "count(*) OVER ()";
        SqlQuery sql = new SqlQuery().append("WITH page AS (SELECT c.id, " + found + " AS found FROM ");
        from(sql, query);
        if (byFigures && query.text().isEmpty()) {
            // Everyone by a figure: one pass over all checks beats a look-up per customer (about 4x).
            sql.append(" LEFT JOIN (" + ALL_FIGURES + ") s ON s.customer_id = c.id");
        } else if (byFigures) {
            sql.append(" LEFT JOIN LATERAL (" + FIGURES + ") s ON true");
        }
        where(sql, query);
        sql.append(" ORDER BY " + order + " LIMIT ? OFFSET ?)", query.limit(), query.offset());
        sql.append("""
                 SELECT c.id, c.name, c.last_name, k.email, k.phone, c.archived, c.erased_at IS NOT NULL AS erased,
                        s.checks, s.net_revenue, s.last_purchase, page.found
                   FROM page JOIN customer c ON c.id = page.id
                   LEFT JOIN contacts k ON k.id = c.contact_id
                   LEFT JOIN LATERAL (""" + FIGURES + ") s ON true");
        sql.append(" ORDER BY " + order);
        return sql;
    }

    public static SqlQuery countSql(CustomerQuery query) {
        SqlQuery sql = new SqlQuery().append("SELECT count(*) FROM ");
        from(sql, query);
        where(sql, query);
        return sql;
    }

    private static void from(SqlQuery sql, CustomerQuery query) {
        if (query.text().isEmpty()) {
            sql.append("customer c");
        } else {
            sql.append("(");
            CustomerSearch.of(query.text()).appendHits(sql);
            sql.append(") c");
        }
    }

    private static void where(SqlQuery sql, CustomerQuery query) {
        switch (query.status()) {
            case ACTIVE -> sql.append(" WHERE NOT c.archived");
            case ARCHIVED -> sql.append(" WHERE c.archived");
            case ALL -> sql.append(" WHERE true");
        }
    }

    private static boolean byFigures(CustomerSort sort) {
        return sort == CustomerSort.CHECKS || sort == CustomerSort.NET_REVENUE || sort == CustomerSort.LAST_PURCHASE;
    }

    private static String orderBy(CustomerQuery query) {
        String dir = query.descending() ? " DESC" : "";
        // Figures read best largest first, newest first; "descending" turns that round.
        String figures = query.descending() ? "" : " DESC";
        return switch (query.sort()) {
            case LAST_NAME -> "c.last_name" + dir + ", c.name" + dir + ", c.id" + dir;
            case FIRST_NAME -> "c.name" + dir + ", c.last_name" + dir + ", c.id" + dir;
            case NEWEST -> "c.id" + figures;
            case CHECKS -> "coalesce(s.checks, 0)" + figures + ", c.id";
            case NET_REVENUE -> "coalesce(s.net_revenue, 0)" + figures + ", c.id";
            case LAST_PURCHASE -> "s.last_purchase" + figures + " NULLS LAST, c.id";
        };
    }

    private static CustomerRow row(ResultSet rs) throws SQLException {
        return new CustomerRow(rs.getLong("id"), rs.getString("name"), rs.getString("last_name"),
                rs.getString("email"), rs.getString("phone"), rs.getLong("checks"), rs.getBigDecimal("net_revenue"),
                instant(rs.getTimestamp("last_purchase")), rs.getBoolean("archived"), rs.getBoolean("erased"));
    }

    /** The form's data: the customer, its contacts (primary first) and its lifetime totals. */
    public Optional<CustomerDetails> details(Db db, long id) throws SQLException {
        Connection connection = db.connection();
        record Contact(long id, String email, String phone, boolean shared) {
        }
        List<Contact> contacts = new SqlQuery().append(
                        "SELECT id, email, phone, phone_shared_before_v5 FROM contacts WHERE customer_id = ? ORDER BY id", id)
                .list(connection, rs -> new Contact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
        CustomerTotals totals = totals(connection, id);
        List<CustomerDetails> found = new SqlQuery().append("""
                        SELECT id, version, name, last_name, notes, archived, erased_at, erased_by, contact_id,
                               created_at, created_by, updated_at, updated_by
                          FROM customer WHERE id = ?""", id)
                .list(connection, rs -> {
                    long primaryId = rs.getLong("contact_id");
                    Contact primary = contacts.stream().filter(k -> k.id() == primaryId).findFirst().orElse(null);
                    List<String> emails = new ArrayList<>();
                    List<String> phones = new ArrayList<>();
                    List<String> shared = new ArrayList<>();
                    for (Contact k : contacts) {
                        if (k != primary) {
                            addIfPresent(emails, k.email());
                            addIfPresent(phones, k.phone());
                        }
                        if (k.shared()) {
                            shared.add(k.phone());
                        }
                    }
                    return new CustomerDetails(rs.getLong("id"), rs.getInt("version"), rs.getString("name"),
                            rs.getString("last_name"), primary == null ? null : primary.email(),
                            primary == null ? null : primary.phone(), emails, phones, shared, rs.getString("notes"),
                            rs.getBoolean("archived"), instant(rs.getTimestamp("erased_at")), rs.getString("erased_by"),
                            instant(rs.getTimestamp("created_at")), rs.getString("created_by"),
                            instant(rs.getTimestamp("updated_at")), rs.getString("updated_by"), totals);
                });
        return found.stream().findFirst();
    }

    private static void addIfPresent(List<String> list, String value) {
        if (value != null) {
            list.add(value);
        }
    }

    /**
     * A page of the customer's checks, newest first, and its lifetime totals: one statement, so
     * the two agree without a transaction of their own (the totals ride on every row; a customer
     * without checks gets one row of totals alone).
     */
    public CustomerHistory history(Db db, long customerId, int offset, int limit, Cancellation cancellation)
            throws SQLException {
        CustomerTotals[] totals = {null};
        List<CustomerCheckRow> rows = new ArrayList<>();
        historySql(customerId, offset, limit).list(db.connection(), rs -> {
            totals[0] = totals(rs);
            if (rs.getObject("id") != null) {
                rows.add(new CustomerCheckRow(rs.getLong("id"), instant(rs.getTimestamp("purchased_at")),
                        rs.getString("provider"), PurchaseKind.valueOf(rs.getString("kind")), rs.getBigDecimal("total"),
                        rs.getString("currency"), (Long) rs.getObject("returns_id"), rs.getInt("lines")));
            }
            return null;
        }, cancellation);
        return new CustomerHistory(new Page<>(rows, totals[0].checks(), offset, limit), totals[0]);
    }

    public static SqlQuery historySql(long customerId, int offset, int limit) {
        return new SqlQuery().append("WITH totals AS (").append(TOTALS, customerId).append("""
                ), checks AS (
                SELECT p.id, p.purchased_at, pr.name AS provider, p.kind, p.total, p.currency, p.returns_id,
                       (SELECT count(*) FROM purchase_line l WHERE l.purchase_id = p.id) AS lines
                  FROM purchase p JOIN provider pr ON pr.id = p.provider_id
                 WHERE p.customer_id = ?
                 ORDER BY p.purchased_at DESC, p.id DESC LIMIT ? OFFSET ?)
                SELECT t.*, k.* FROM totals t LEFT JOIN checks k ON true
                 ORDER BY k.purchased_at DESC, k.id DESC""", customerId, limit, offset);
    }

    private static final String TOTALS = """
                SELECT count(*) FILTER (WHERE kind = 'SALE') AS sales,
                       count(*) FILTER (WHERE kind = 'RETURN') AS returns,
                       coalesce(sum(total) FILTER (WHERE kind = 'SALE'), 0.00) AS sales_total,
                       coalesce(sum(total) FILTER (WHERE kind = 'RETURN'), 0.00) AS returns_total,
                       min(purchased_at) AS first_purchase,
                       max(purchased_at) FILTER (WHERE kind = 'SALE') AS last_purchase
                  FROM purchase WHERE customer_id = ?""";

    private static CustomerTotals totals(Connection connection, long customerId) throws SQLException {
        return new SqlQuery().append(TOTALS, customerId).list(connection, CustomerQueries::totals).get(0);
    }

    private static CustomerTotals totals(ResultSet rs) throws SQLException {
        return new CustomerTotals(rs.getLong("sales"), rs.getLong("returns"),
                rs.getBigDecimal("sales_total").setScale(2), rs.getBigDecimal("returns_total").setScale(2),
                instant(rs.getTimestamp("first_purchase")), instant(rs.getTimestamp("last_purchase")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
