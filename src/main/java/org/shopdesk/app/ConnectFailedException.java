package org.shopdesk.app;

/** ShopDesk could not connect; {@link #reason()} says why in a way the user can act on. */
public final class ConnectFailedException extends RuntimeException {

    public enum Reason {
        /** The URL is not a PostgreSQL JDBC URL. */
        BAD_URL,
        /** No server answers at that host and port. */
        UNREACHABLE,
        /** Wrong user or password, or the server does not let this user in. */
        AUTHENTICATION,
        /** The login exists but may not log in: an administrator disabled it. */
        LOGIN_DISABLED,
        /** The server has no such database. */
        NO_DATABASE,
        /** The URL names no database (jdbc:postgresql://host:port/ with nothing after the slash). */
        NO_DATABASE_NAME,
        /** The schema could not be brought up to date. */
        MIGRATION,
        /** The built-in database is already used by another ShopDesk. */
        BUILT_IN_IN_USE,
        /** The built-in database could not start. */
        BUILT_IN_FAILED,
        OTHER
    }

    private final Reason reason;

    public ConnectFailedException(Reason reason, String detail, Throwable cause) {
        super(detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /**
     * Whether the reason says all the user needs: a wrong password or a disabled login is one
     * sentence, without the server's own words (which name the login and nothing more useful).
     */
    public boolean speaksForItself() {
        return reason == Reason.AUTHENTICATION || reason == Reason.LOGIN_DISABLED;
    }

    /** One line for the command line and the log. */
    public String describe() {
        String what = switch (reason) {
            case BAD_URL -> "not a PostgreSQL URL (expected jdbc:postgresql://host:port/database)";
            case UNREACHABLE -> "no database server answers there";
            case AUTHENTICATION -> "the server refused the user name or password";
            case LOGIN_DISABLED -> "this login is disabled";
            case NO_DATABASE -> "the server has no such database";
            case NO_DATABASE_NAME -> "the URL names no database (expected jdbc:postgresql://host:port/database)";
            case MIGRATION -> "the database schema could not be brought up to date";
            case BUILT_IN_IN_USE -> "the built-in database is in use by another ShopDesk";
            case BUILT_IN_FAILED -> "the built-in database could not start";
            case OTHER -> "cannot connect";
        };
        return what + (getMessage() == null || getMessage().isBlank() ? "" : ": " + getMessage());
    }
}
