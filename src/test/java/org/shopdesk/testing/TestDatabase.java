package org.shopdesk.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.shopdesk.app.AppDirs;
import org.shopdesk.app.Backend;
import org.shopdesk.app.ConnectionTarget;
import org.shopdesk.data.ConnectionPool;
import org.shopdesk.data.SchemaMigration;

/**
 * A fresh, migrated database for one test class on the PostgreSQL server the tests use
 * (SHOPDESK_TEST_DB_URL, default the local server). It is copied from a template migrated once
 * per set of migrations, which takes a fraction of a second, and dropped on close.
 */
public final class TestDatabase implements AutoCloseable {
    public static final String ADMIN_URL = System.getenv().getOrDefault("SHOPDESK_TEST_DB_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres");
    public static final String ADMIN_USER = System.getenv().getOrDefault("SHOPDESK_TEST_DB_USER", "postgres");

    private final String name;
    private Backend backend;

    private TestDatabase(String name) {
        this.name = name;
    }

    /** A migrated, empty database. */
    public static TestDatabase create() {
        String template = ensureTemplate();
        String name = "shopdesk_t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + name + " TEMPLATE " + template);
        return new TestDatabase(name);
    }

    /** An empty database with no schema at all, for tests of migration itself. */
    public static TestDatabase createBlank() {
        String name = "shopdesk_b_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + name);
        return new TestDatabase(name);
    }

    public String name() {
        return name;
    }

    public String url() {
        return ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + name;
    }

    public String user() {
        return ADMIN_USER;
    }

    public ConnectionTarget target() {
        return ConnectionTarget.server(url(), user(), null, "test");
    }

    /** ShopDesk connected to this database (Hibernate statistics on), closed with it. */
    public synchronized Backend backend() {
        if (backend == null) {
            backend = Backend.connect(target(), testDirs(), true);
        }
        return backend;
    }

    public Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url(), user(), null);
        c.setAutoCommit(true);
        return c;
    }

    /** Runs statements in autocommit, for test set-up. */
    public void sql(String... statements) {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public long count(String sql) {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public static AppDirs testDirs() {
        Path home = Path.of("target", "test-home").toAbsolutePath();
        return new AppDirs(home.resolve("config"), home.resolve("data"));
    }

    @Override
    public synchronized void close() {
        if (backend != null) {
            backend.close();
            backend = null;
        }
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private static synchronized String ensureTemplate() {
        String template = "shopdesk_tpl_" + migrationsHash();
        try (Connection c = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, null);
             Statement s = c.createStatement()) {
            // Several test JVMs may start at once: one builds the template, the others wait.
            s.execute("SELECT pg_advisory_lock(774411)");
            try {
                try (ResultSet rs = s.executeQuery(
                        "SELECT 1 FROM pg_database WHERE datname = '" + template + "'")) {
                    if (rs.next()) {
                        return template;
                    }
                }
                s.execute("CREATE DATABASE " + template + "_wip");
                String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + template + "_wip";
                try (var ds = ConnectionPool.open(url, ADMIN_USER, null, 2)) {
                    SchemaMigration.migrate(ds);
                }
                s.execute("ALTER DATABASE " + template + "_wip RENAME TO " + template);
                return template;
            } finally {
                s.execute("SELECT pg_advisory_unlock(774411)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Test database server not usable at " + ADMIN_URL + ": " + e.getMessage(), e);
        }
    }

    private static String migrationsHash() {
        try {
            Path dir = Path.of(TestDatabase.class.getResource("/db/migration").toURI());
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.sorted().toList();
            }
            for (Path f : files) {
                md.update(f.getFileName().toString().getBytes());
                try (InputStream in = Files.newInputStream(f)) {
                    md.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(md.digest()).substring(0, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs a statement from the server's admin database, e.g. to take this database away. */
    public static void admin(String sql) {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, ADMIN_USER, null);
             Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
