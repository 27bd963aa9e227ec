package org.shopdesk.domain.common;

/**
 * The change is committed on the database server, but its synchronous standby did not confirm
 * it within the commit timeout (the standby is down or far behind). It is saved and will reach
 * the standby when it comes back; until then a failover of the server could lose it. Callers
 * treat it as "saved, with a warning": {@link #saved()} is what the write returned.
 */
public class SavedButNotReplicatedException extends RuntimeException {
    private final transient Object saved;

    public SavedButNotReplicatedException(Object saved, String message) {
        super(message);
        this.saved = saved;
    }

    /** The same exception carrying a fuller result (e.g. the saved row as read back). */
    public SavedButNotReplicatedException withSaved(Object result) {
        return new SavedButNotReplicatedException(result, getMessage());
    }

    /** What the write returned, as if it had completed normally. */
    public Object saved() {
        return saved;
    }
}
