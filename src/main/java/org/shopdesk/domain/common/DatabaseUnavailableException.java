package org.shopdesk.domain.common;

/** The database cannot be reached right now; the call can be tried again later. */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
