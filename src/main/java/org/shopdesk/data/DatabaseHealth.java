package org.shopdesk.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** Asks the database, cheaply, whether it is there and who we are on it. */
public final class DatabaseHealth {
    private final DataSource dataSource;

    public DatabaseHealth(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean reachable() {
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    /** The session user and server version, e.g. {"shop_clerk", "15.20"}. */
    public String[] whoAndVersion() {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT session_user, current_setting('server_version')")) {
            rs.next();
            String[] result = {rs.getString(1), rs.getString(2)};
            return result;
        } catch (SQLException e) {
            return new String[] {"?", "?"};
        }
    }
}
