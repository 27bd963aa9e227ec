package org.shopdesk.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.shopdesk.domain.common.Cancellation;

/**
 * Plain SQL for lists and reports where loading entities would be waste, on a pooled connection
 * or inside the unit of work's transaction. Parameters are bound, never concatenated.
 */
public final class SqlQuery {
    private final StringBuilder sql = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    public SqlQuery append(String fragment, Object... values) {
        sql.append(fragment);
        params.addAll(List.of(values));
        return this;
    }

    public String sql() {
        return sql.toString();
    }

    public List<Object> params() {
        return List.copyOf(params);
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    public <T> List<T> list(Db db, RowMapper<T> mapper) throws SQLException {
        return list(db.connection(), mapper);
    }

    public <T> List<T> list(Connection connection, RowMapper<T> mapper) throws SQLException {
        return list(connection, mapper, Cancellation.none());
    }

    /** As {@link #list(Connection, RowMapper)}; cancelling stops the statement on the server. */
    public <T> List<T> list(Connection connection, RowMapper<T> mapper, Cancellation cancellation) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql.toString());
             Cancellation.Registration stop = cancellation.onCancel(() -> cancel(ps))) {
            bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    public long count(Db db) throws SQLException {
        return count(db.connection());
    }

    /** The single number the statement selects (a count). */
    public long count(Connection connection) throws SQLException {
        return count(connection, Cancellation.none());
    }

    public long count(Connection connection, Cancellation cancellation) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql.toString());
             Cancellation.Registration stop = cancellation.onCancel(() -> cancel(ps))) {
            bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Asks the server to stop the statement (from another thread); a statement already done ignores it. */
    private static void cancel(PreparedStatement ps) {
        try {
            ps.cancel();
        } catch (SQLException e) {
            org.slf4j.LoggerFactory.getLogger(SqlQuery.class).debug("Cancel not delivered: {}", e.getMessage());
        }
    }

    private void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    /** Escapes LIKE wildcards so that a user's "50%" searches for "50%". */
    public static String likeEscape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
