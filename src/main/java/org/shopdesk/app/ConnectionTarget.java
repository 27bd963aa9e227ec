package org.shopdesk.app;

/**
 * The database ShopDesk works with: a server (URL, user, password) or the built-in database.
 * The password is held in memory only, never written anywhere, and never shown: {@link #toString()}
 * and {@link #redact(String)} hide it, also where a URL carries one as a parameter.
 */
public record ConnectionTarget(Kind kind, String url, String user, String password, String source) {
    /** URL parameters of the PostgreSQL driver that carry a secret. */
    private static final java.util.Set<String> SECRET_PARAMETERS = java.util.Set.of("password", "sslpassword");

    public enum Kind { SERVER, BUILT_IN }

    public static ConnectionTarget builtIn() {
        return new ConnectionTarget(Kind.BUILT_IN, null, null, null, "built-in");
    }

    public static ConnectionTarget server(String url, String user, String password, String source) {
        return new ConnectionTarget(Kind.SERVER, url, user, password, source);
    }

    public boolean isBuiltIn() {
        return kind == Kind.BUILT_IN;
    }

    /** "host:port" list of a jdbc:postgresql:// URL, or the URL itself if it cannot be read. */
    public static String hostsOf(String jdbcUrl) {
        String rest = rest(jdbcUrl);
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }

    /** The database name of a jdbc:postgresql:// URL, decoded as the driver decodes it; empty if it names none. */
    public static String databaseOf(String jdbcUrl) {
        String rest = rest(jdbcUrl);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String db = rest.substring(slash + 1);
        int q = db.indexOf('?');
        String raw = q < 0 ? db : db.substring(0, q);
        try {
            return java.net.URLDecoder.decode(raw, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }

    /** Whether {@code host} can stand in a URL as it is: a name or an address, nothing that ends the host part. */
    public static boolean validHost(String host) {
        return org.shopdesk.ui.shell.Connector.validHost(host);
    }

    /**
     * Builds a URL from the connection dialog's fields. The database name is encoded (a name with
     * {@code /}, {@code ?}, {@code &} or {@code %} reaches the server as typed, and cannot add
     * parameters); a host that is no host name or address is refused.
     */
    public static String url(String host, int port, String database) {
        if (!validHost(host)) {
            throw new IllegalArgumentException("not a host name or address: " + host);
        }
        if (database == null || database.isBlank()) {
            throw new IllegalArgumentException("no database name");
        }
        String h = host.contains(":") && !host.startsWith("[") && host.chars().filter(c -> c == ':').count() > 1
                ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/"
                + java.net.URLEncoder.encode(database, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The URL without the parameters that carry a secret (password, sslpassword): what may be saved. */
    public static String withoutSecrets(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        int q = jdbcUrl.indexOf('?');
        if (q < 0) {
            return jdbcUrl;
        }
        java.util.List<String> kept = java.util.Arrays.stream(jdbcUrl.substring(q + 1).split("&"))
                .filter(p -> !p.isEmpty() && !secret(p)).toList();
        return jdbcUrl.substring(0, q) + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
    }

    /** The URL with the value of each secret parameter replaced by {@code ***}: what may be shown or logged. */
    public static String redact(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        int q = jdbcUrl.indexOf('?');
        if (q < 0) {
            return jdbcUrl;
        }
        java.util.List<String> shown = java.util.Arrays.stream(jdbcUrl.substring(q + 1).split("&"))
                .map(p -> secret(p) ? p.substring(0, p.indexOf('=') < 0 ? p.length() : p.indexOf('=')) + "=***" : p)
                .toList();
        return jdbcUrl.substring(0, q) + "?" + String.join("&", shown);
    }

    private static boolean secret(String parameter) {
        int eq = parameter.indexOf('=');
        String name = eq < 0 ? parameter : parameter.substring(0, eq);
        try {
            name = java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            // Not valid %-encoding: the driver would not read it as a name either; judge it as written.
        }
        return SECRET_PARAMETERS.contains(name.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** Never the password, in the record's fields or in its URL. */
    @Override
    public String toString() {
        return "ConnectionTarget[" + kind + (url == null ? "" : " " + redact(url)) + (user == null ? "" : " user " + user)
                + (password == null ? "" : " password ***") + " from " + source + "]";
    }

    private static String rest(String jdbcUrl) {
        String prefix = "jdbc:postgresql://";
        return jdbcUrl != null && jdbcUrl.startsWith(prefix) ? jdbcUrl.substring(prefix.length()) : String.valueOf(jdbcUrl);
    }
}
