package org.shopdesk.domain.common;

/**
 * A value that must be unique (a name, a tax number) belongs to another row already; nothing was
 * saved. Carries that row's id and name so the screen can say whose it is and offer to open it.
 */
public class AlreadyTakenException extends ValidationException {
    private final long ownerId;
    private final String ownerName;

    public AlreadyTakenException(Problem problem, long ownerId, String ownerName) {
        super(problem);
        this.ownerId = ownerId;
        this.ownerName = ownerName;
    }

    public long ownerId() {
        return ownerId;
    }

    public String ownerName() {
        return ownerName;
    }
}
