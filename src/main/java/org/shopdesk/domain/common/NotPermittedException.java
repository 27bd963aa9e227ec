package org.shopdesk.domain.common;

/**
 * The database refused the work because the connected login may not do it (SQLSTATE 42501): the
 * roles of V11 decide that, whatever the window showed.
 */
public class NotPermittedException extends RuntimeException {
    public NotPermittedException(String message, Throwable cause) {
        super(message, cause);
    }
}
