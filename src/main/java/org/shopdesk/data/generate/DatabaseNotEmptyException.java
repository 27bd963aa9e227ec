package org.shopdesk.data.generate;

/** The generator writes its own ids and refuses to mix them with a shop's real data. */
public final class DatabaseNotEmptyException extends RuntimeException {
    public DatabaseNotEmptyException(String table) {
        super("database is not empty (" + table + " has rows): sample data is loaded only into an empty database");
    }
}
