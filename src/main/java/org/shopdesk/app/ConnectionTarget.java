package org.shopdesk.app;

/**
 * The database ShopDesk works with: a server (URL, user, password) or the built-in database.
 * The password is held in memory only, never written anywhere.
 */
public record ConnectionTarget(Kind kind, String url, String user, String password, String source) {

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

    /** The database name of a jdbc:postgresql:// URL. */
    public static String databaseOf(String jdbcUrl) {
        String rest = rest(jdbcUrl);
        int slash = rest.indexOf('/');
        if (slash < 0) {
            return "";
        }
        String db = rest.substring(slash + 1);
        int q = db.indexOf('?');
        return q < 0 ? db : db.substring(0, q);
    }

    /** Builds a URL from the connection dialog's fields. */
    public static String url(String host, int port, String database) {
        String h = host.contains(":") && !host.startsWith("[") && host.chars().filter(c -> c == ':').count() > 1
                ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + database;
    }

    private static String rest(String jdbcUrl) {
        String prefix = "jdbc:postgresql://";
        return jdbcUrl != null && jdbcUrl.startsWith(prefix) ? jdbcUrl.substring(prefix.length()) : String.valueOf(jdbcUrl);
    }
}
