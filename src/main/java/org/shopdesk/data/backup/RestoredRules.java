package org.shopdesk.data.backup;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.shopdesk.domain.backup.BackupException;

/**
 * The rules a restore loaded past: rows are copied in with triggers off (they are history
 * already summed), which also switches off the foreign-key triggers and the ones that keep a
 * check's total and a stock balance. So after loading, the database itself is asked whether
 * every foreign key holds, every balance equals its journal and every check total its lines; a
 * backup that breaks one (edited by hand, or by a ShopDesk with a bug) is refused.
 */
final class RestoredRules {
    private static final int SHOWN = 5;

    private RestoredRules() {
    }

    static void check(DataSource db) {
        List<String> broken = new ArrayList<>();
        try (Connection c = db.getConnection(); Statement st = c.createStatement()) {
            for (String sql : foreignKeyChecks(st)) {
                broken.addAll(rows(st, sql));
            }
            if (exists(st, "stock_goods") && exists(st, "stock_movement")) {
                broken.addAll(rows(st, """
                        SELECT 'stock of product ' || coalesce(g.product_id, m.product_id) || ' at provider '
                               || coalesce(g.provider_id, m.provider_id) || ': balance ' || coalesce(g.goods_balance, 0)
                               || ', journal ' || coalesce(m.total, 0)
                          FROM stock_goods g
                          FULL JOIN (SELECT product_id, provider_id, sum(delta) AS total
                                       FROM stock_movement GROUP BY product_id, provider_id) m
                            ON m.product_id = g.product_id AND m.provider_id = g.provider_id
                         WHERE coalesce(g.goods_balance, 0) <> coalesce(m.total, 0)
                         LIMIT %d""".formatted(SHOWN)));
            }
            if (exists(st, "purchase") && exists(st, "purchase_line")) {
                broken.addAll(rows(st, """
                        SELECT 'check ' || p.id || ': total ' || p.total || ', lines ' || coalesce(l.total, 0)
                          FROM purchase p
                          LEFT JOIN (SELECT purchase_id, sum(line_total) AS total
                                       FROM purchase_line GROUP BY purchase_id) l ON l.purchase_id = p.id
                         WHERE p.total <> coalesce(l.total, 0)
                         LIMIT %d""".formatted(SHOWN)));
            }
        } catch (SQLException e) {
            throw new BackupException(BackupException.Reason.RULES_BROKEN, "checking the restored data: "
                    + e.getMessage(), e);
        }
        if (!broken.isEmpty()) {
            throw new BackupException(BackupException.Reason.RULES_BROKEN,
                    String.join("\n", broken.subList(0, Math.min(broken.size(), 3 * SHOWN))), null);
        }
    }

    /**
     * One query per foreign key of the public schema, listing rows whose key points nowhere
     * (MATCH SIMPLE, as PostgreSQL checks them: a row with a null in its key is not checked).
     */
    private static List<String> foreignKeyChecks(Statement st) throws SQLException {
        List<String> checks = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("""
                SELECT con.conname, child.relname, parent.relname,
                       (SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(con.conkey) WITH ORDINALITY k(n, i)
                          JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.n),
                       (SELECT array_agg(a.attname ORDER BY k.i) FROM unnest(con.confkey) WITH ORDINALITY k(n, i)
                          JOIN pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.n)
                  FROM pg_constraint con
                  JOIN pg_class child ON child.oid = con.conrelid
                  JOIN pg_class parent ON parent.oid = con.confrelid
                 WHERE con.contype = 'f' AND con.connamespace = 'public'::regnamespace
                 ORDER BY child.relname, con.conname""")) {
            while (rs.next()) {
                String[] from = (String[]) rs.getArray(4).getArray();
                String[] to = (String[]) rs.getArray(5).getArray();
                List<String> notNull = new ArrayList<>();
                List<String> match = new ArrayList<>();
                List<String> shown = new ArrayList<>();
                for (int i = 0; i < from.length; i++) {
                    notNull.add("c." + q(from[i]) + " IS NOT NULL");
                    match.add("p." + q(to[i]) + " = c." + q(from[i]));
                    shown.add("c." + q(from[i]));
                }
                String key = String.join(" || ',' || ", shown);
                checks.add("SELECT " + lit(rs.getString(2) + " (" + rs.getString(1) + "): ") + " || " + key
                        + " || ' points to no row of " + rs.getString(3).replace("'", "''") + "'"
                        + " FROM " + q(rs.getString(2)) + " c WHERE " + String.join(" AND ", notNull)
                        + " AND NOT EXISTS (SELECT 1 FROM " + q(rs.getString(3)) + " p WHERE "
                        + String.join(" AND ", match) + ") LIMIT " + SHOWN);
            }
        }
        return checks;
    }

    private static boolean exists(Statement st, String table) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT to_regclass('public." + table + "') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static List<String> rows(Statement st, String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    private static String q(String identifier) {
        return LogicalBackup.quote(identifier);
    }

    private static String lit(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
