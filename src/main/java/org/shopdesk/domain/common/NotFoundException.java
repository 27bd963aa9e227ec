package org.shopdesk.domain.common;

/** The row asked for does not exist (any more). */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
