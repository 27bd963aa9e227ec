package org.shopdesk.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.shopdesk.data.OwnerOnlyFiles;

/**
 * Decides which database to use, in this order: command-line options, environment variables
 * (SHOPDESK_DB_URL, SHOPDESK_DB_USER, SHOPDESK_DB_PASSWORD), the user's saved settings, and
 * finally the built-in database. Saved settings hold the URL and user only: a password is asked
 * for, given through the environment, or found by the driver in the standard ~/.pgpass. A URL
 * parameter that carries a secret ({@code password=}, {@code sslpassword=}) is never saved, and
 * one an older ShopDesk saved is removed at the next read; the file is 0600 in a 0700 folder.
 */
public final class ConnectionSettings {
    public static final String ENV_URL = "SHOPDESK_DB_URL";
    public static final String ENV_USER = "SHOPDESK_DB_USER";
    public static final String ENV_PASSWORD = "SHOPDESK_DB_PASSWORD";

    private final Path file;

    public ConnectionSettings(Path file) {
        this.file = file;
    }

    /** What the command line said; any field may be null. */
    public record Options(String url, String user, String password) {
        public static Options none() {
            return new Options(null, null, null);
        }

        @Override
        public String toString() {
            return "Options[url=" + ConnectionTarget.redact(url) + ", user=" + user
                    + ", password=" + (password == null ? "none" : "***") + "]";
        }
    }

    public ConnectionTarget resolve(Options cli, Map<String, String> env) {
        Properties saved = load();
        String url = first(cli.url(), env.get(ENV_URL), saved.getProperty("url"));
        if (url == null) {
            return ConnectionTarget.builtIn();
        }
        String source = cli.url() != null ? "command line" : env.get(ENV_URL) != null ? "environment" : "saved settings";
        String user = first(cli.user(), env.get(ENV_USER), saved.getProperty("user"), System.getProperty("user.name"));
        String password = first(cli.password(), env.get(ENV_PASSWORD));
        return ConnectionTarget.server(url, user, password, source);
    }

    /** Remembers a server the user connected to (never its password). */
    public void saveServer(String url, String user) throws IOException {
        Properties p = load();
        p.setProperty("url", ConnectionTarget.withoutSecrets(url));
        p.setProperty("user", user == null ? "" : user);
        store(p);
    }

    /** Forgets any saved server: the next start uses the built-in database. */
    public void useBuiltIn() throws IOException {
        Properties p = load();
        p.remove("url");
        p.remove("user");
        store(p);
    }

    public boolean flag(String name) {
        return Boolean.parseBoolean(load().getProperty(name));
    }

    public void setFlag(String name, boolean value) throws IOException {
        Properties p = load();
        p.setProperty(name, Boolean.toString(value));
        store(p);
    }

    /** Every saved value whose name starts with {@code prefix} (the prefix removed): e.g. the window's. */
    public Map<String, String> section(String prefix) {
        Properties p = load();
        Map<String, String> values = new java.util.TreeMap<>();
        for (String name : p.stringPropertyNames()) {
            if (name.startsWith(prefix)) {
                values.put(name.substring(prefix.length()), p.getProperty(name));
            }
        }
        return values;
    }

    /** Replaces the values under {@code prefix} with {@code values}, keeping everything else. */
    public void saveSection(String prefix, Map<String, String> values) throws IOException {
        Properties p = load();
        p.stringPropertyNames().stream().filter(n -> n.startsWith(prefix)).toList().forEach(p::remove);
        values.forEach((k, v) -> p.setProperty(prefix + k, v));
        store(p);
    }

    private void store(Properties p) throws IOException {
        OwnerOnlyFiles.folder(file.getParent());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.store(out, "ShopDesk settings: connection, window (no passwords are kept here)");
        OwnerOnlyFiles.write(file, out.toByteArray());
    }

    private Properties load() {
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                p.load(in);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(ConnectionSettings.class)
                        .warn("Cannot read settings {}; using defaults", file, e);
            }
        }
        p.stringPropertyNames().stream().filter(k -> p.getProperty(k).isBlank()).toList().forEach(p::remove);
        String url = p.getProperty("url");
        if (url != null && !url.equals(ConnectionTarget.withoutSecrets(url))) {
            // Saved by an older ShopDesk (a restore kept the URL's password): forget it now.
            p.setProperty("url", ConnectionTarget.withoutSecrets(url));
            try {
                store(p);
            } catch (IOException e) {
                org.slf4j.LoggerFactory.getLogger(ConnectionSettings.class)
                        .warn("Cannot remove a saved password from {}", file, e);
            }
        }
        return p;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
