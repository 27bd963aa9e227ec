package org.shopdesk.domain.party;

import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;

/**
 * The e-mail or phone belongs to another customer already: the problem names that customer,
 * and {@link #ownerId()} lets the screen offer to open it instead of making the person twice.
 */
public class DuplicateContactException extends ValidationException {
    private final long ownerId;
    private final String ownerName;
    private final String value;

    public DuplicateContactException(String field, String messageKey, String value, long ownerId, String ownerName) {
        super(Problem.of(field, messageKey, value, ownerName, ownerId));
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.value = value;
    }

    public long ownerId() {
        return ownerId;
    }

    public String ownerName() {
        return ownerName;
    }

    public String value() {
        return value;
    }
}
