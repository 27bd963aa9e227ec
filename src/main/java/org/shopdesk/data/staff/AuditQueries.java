package org.shopdesk.data.staff;

import java.sql.SQLException;
import java.util.List;
import org.shopdesk.data.Db;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.staff.AuditEntry;
import org.shopdesk.domain.staff.AuditQuery;

/**
 * Pages of the audit trail (the view audit_trail, which managers and administrators may read),
 * newest first. A record's history walks audit_log_record_idx, a person's audit_log_who_idx, a
 * period its BRIN index.
 */
public final class AuditQueries {

    public Page<AuditEntry> page(Db db, AuditQuery q, Cancellation cancellation) throws SQLException {
        SqlQuery sql = new SqlQuery().append("SELECT id, at, who, table_name, operation, row_id, jsonb_pretty(old_values) AS old_values, "
                + "jsonb_pretty(new_values) AS new_values FROM audit_trail WHERE true");
        where(sql, q);
        sql.append(" ORDER BY id DESC LIMIT ? OFFSET ?", q.limit(), q.offset());
        List<AuditEntry> rows = sql.list(db.connection(), rs -> new AuditEntry(rs.getLong("id"),
                rs.getTimestamp("at").toInstant(), rs.getString("who"), rs.getString("table_name"),
                rs.getString("operation"), rs.getLong("row_id"), rs.getString("old_values"), rs.getString("new_values")),
                cancellation);
        long total;
        if (rows.size() < q.limit() && (!rows.isEmpty() || q.offset() == 0)) {
            total = q.offset() + rows.size();
        } else {
            SqlQuery count = new SqlQuery().append("SELECT count(*) FROM audit_trail WHERE true");
            where(count, q);
            total = count.count(db.connection(), cancellation);
        }
        return new Page<>(rows, total, q.offset(), q.limit());
    }

    /** The tables and people that appear in the trail, for the filters' choices. */
    public List<String> people(Db db) throws SQLException {
        return new SqlQuery().append("SELECT DISTINCT who FROM audit_trail ORDER BY 1").list(db.connection(), rs -> rs.getString(1));
    }

    private static void where(SqlQuery sql, AuditQuery q) {
        if (q.who() != null && !q.who().isBlank()) {
            sql.append(" AND who = ?", q.who().strip());
        }
        if (q.table() != null && !q.table().isBlank()) {
            sql.append(" AND table_name = ?", q.table());
        }
        // Days in the session's time zone, as the user reads the dates on screen.
        if (q.from() != null) {
            sql.append(" AND at >= ?::date::timestamptz", java.sql.Date.valueOf(q.from()));
        }
        if (q.to() != null) {
            sql.append(" AND at < (?::date + 1)::timestamptz", java.sql.Date.valueOf(q.to()));
        }
        if (q.recordId() != null) {
            sql.append(" AND row_id = ?", q.recordId());
        }
    }
}
