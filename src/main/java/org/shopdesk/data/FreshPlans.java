package org.shopdesk.data;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGStatement;
import org.shopdesk.domain.common.Cancellation;

/**
 * Runs a query planned for its actual parameters every time. After five runs of one statement the
 * driver prepares it on the server, and the server may then keep a generic plan made without the
 * values: for the history that plan guessed 369 checks of every product and took 2 s on a best
 * seller's 30,000 (the plan for the real product: 1.3 ms). Planning costs a millisecond or two.
 */
public final class FreshPlans {
    private FreshPlans() {
    }

    public static <T> List<T> list(Db db, SqlQuery query, SqlQuery.RowMapper<T> mapper) throws SQLException {
        return list(db, query, mapper, Cancellation.none());
    }

    /** As above; cancelling stops the statement on the server (a filter changed, the load is replaced). */
    public static <T> List<T> list(Db db, SqlQuery query, SqlQuery.RowMapper<T> mapper, Cancellation cancellation)
            throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement(query.sql());
             Cancellation.Registration stop = cancellation.onCancel(() -> cancel(ps))) {
            ps.unwrap(PGStatement.class).setPrepareThreshold(0);
            List<Object> params = query.params();
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
                return rows;
            }
        }
    }

    private static void cancel(PreparedStatement ps) {
        try {
            ps.cancel();
        } catch (SQLException e) {
            // The statement ended meanwhile: nothing to stop.
        }
    }
}
