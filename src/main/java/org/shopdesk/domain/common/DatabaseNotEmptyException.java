package org.shopdesk.domain.common;

/** Sample data is generated with its own ids and is never mixed into a shop's real data. */
public final class DatabaseNotEmptyException extends RuntimeException {
    public DatabaseNotEmptyException(String table) {
        super("database is not empty (" + table + " has rows): sample data is loaded only into an empty database");
    }
}
