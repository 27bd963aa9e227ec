package org.shopdesk.app.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.shopdesk.data.SqlQuery;

/**
 * The baseline: the very statements ShopDesk runs, on a bare JDBC connection of their own
 * (autocommit, no pool, no Hibernate), reading every column of every row.
 */
final class PlainJdbc implements AutoCloseable {
    private final Connection connection;

    PlainJdbc(String url, String user, String password) throws SQLException {
        java.util.Properties props = new java.util.Properties();
        props.setProperty("user", user);
        if (password != null) {
            props.setProperty("password", password);
        }
        // The same session settings as ShopDesk's pool: the comparison is of the code, not of them.
        props.setProperty("options", org.shopdesk.data.ConnectionPool.JIT_OFF);
        connection = DriverManager.getConnection(url, props);
        connection.setAutoCommit(true);
    }

    /** Runs the statement and reads all columns; returns the number of rows. */
    int rows(SqlQuery query) throws SQLException {
        return rows(query, false);
    }

    /** The same, planned for its values every time, as ShopDesk's FreshPlans runs a statement. */
    int rowsPlannedFresh(SqlQuery query) throws SQLException {
        return rows(query, true);
    }

    private int rows(SqlQuery query, boolean fresh) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(query.sql())) {
            if (fresh) {
                ps.unwrap(org.postgresql.PGStatement.class).setPrepareThreshold(0);
            }
            List<Object> params = query.params();
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                int n = 0;
                while (rs.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rs.getObject(c);
                    }
                    n++;
                }
                return n;
            }
        }
    }

    /** One number the statement selects (a count). */
    long count(String sql) throws SQLException {
        try (java.sql.Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Work over the bare connection in one transaction: committed, or rolled back and thrown on. */
    @FunctionalInterface
    interface Work {
        void run(Connection c) throws SQLException;
    }

    void inTransaction(Work work) throws SQLException {
        connection.setAutoCommit(false);
        try {
            work.run(connection);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    Connection connection() {
        return connection;
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
