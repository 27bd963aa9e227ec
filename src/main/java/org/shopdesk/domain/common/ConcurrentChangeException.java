package org.shopdesk.domain.common;

/** Somebody else changed or removed the row since it was read; nothing was saved. */
public class ConcurrentChangeException extends RuntimeException {
    public ConcurrentChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
