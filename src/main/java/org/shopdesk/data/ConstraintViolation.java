package org.shopdesk.data;

/**
 * The database refused a write: a unique, foreign-key or check constraint, or one of the schema's
 * history rules. Services turn the constraint name into a message the user understands.
 */
public class ConstraintViolation extends RuntimeException {
    private final String constraintName;

    public ConstraintViolation(String constraintName, String message, Throwable cause) {
        super(message, cause);
        this.constraintName = constraintName == null ? "" : constraintName;
    }

    public String constraintName() {
        return constraintName;
    }
}
