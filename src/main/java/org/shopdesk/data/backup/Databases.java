package org.shopdesk.data.backup;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.shopdesk.data.ConnectionPool;
import org.shopdesk.domain.backup.BackupException;

/**
 * Other databases on the server ShopDesk is connected to: a restore creates a new one beside the
 * live database (never over it) and opens it with the same address and credentials.
 */
public final class Databases {
    private final DataSource current;
    private final String url;
    private final String user;
    private final String password;

    public Databases(DataSource current, String url, String user, String password) {
        this.current = current;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public String currentName() {
        return query("SELECT current_database()");
    }

    /** Superuser here: needed to load a backup with the triggers off. */
    public boolean superuser() {
        return "on".equals(query("SELECT current_setting('is_superuser')"));
    }

    public boolean exists(String name) {
        try (Connection c = current.getConnection();
             var ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new BackupException(BackupException.Reason.FILE, e.getMessage(), e);
        }
    }

    public void create(String name) {
        execute("CREATE DATABASE " + LogicalBackup.quote(name) + " ENCODING 'UTF8' TEMPLATE template0");
    }

    /** Drops a database this restore created and could not finish. */
    public void drop(String name) {
        execute("DROP DATABASE IF EXISTS " + LogicalBackup.quote(name) + " WITH (FORCE)");
    }

    /** A small pool on database {@code name}; the caller closes it. */
    public HikariDataSource open(String name) {
        return ConnectionPool.open(urlOf(name), user, password, 2);
    }

    /** The same address with another database. */
    public String urlOf(String name) {
        return replaceDatabase(url, name);
    }

    public static String replaceDatabase(String jdbcUrl, String name) {
        String prefix = "jdbc:postgresql://";
        int slash = jdbcUrl.indexOf('/', prefix.length());
        int q = jdbcUrl.indexOf('?', slash < 0 ? 0 : slash);
        String query = q < 0 ? "" : jdbcUrl.substring(q);
        return (slash < 0 ? jdbcUrl : jdbcUrl.substring(0, slash)) + "/" + name + query;
    }

    private String query(String sql) {
        try (Connection c = current.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new BackupException(BackupException.Reason.FILE, e.getMessage(), e);
        }
    }

    /** CREATE/DROP DATABASE cannot run in a transaction; the pool's connections are in autocommit. */
    private void execute(String sql) {
        try (Connection c = current.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            BackupException.Reason reason = "42501".equals(e.getSQLState())
                    ? BackupException.Reason.NEEDS_SUPERUSER : BackupException.Reason.FILE;
            throw new BackupException(reason, sql + ": " + e.getMessage(), e);
        }
    }
}
