package org.shopdesk.domain.backup;

/** A backup or restore that could not be done; {@link #reason()} says why in a way the screen can word. */
public class BackupException extends RuntimeException {
    public enum Reason {
        /** The file is not a ShopDesk backup, or it is damaged. */
        NOT_A_BACKUP,
        /** The backup was made by a newer ShopDesk (a schema version this one does not know). */
        NEWER_VERSION,
        /** Restoring on a server needs a superuser (or the server scripts). */
        NEEDS_SUPERUSER,
        /** The restored data did not match the backup's counts and checksums; it was dropped. */
        VERIFY_FAILED,
        /** The backup is not signed by this user's backup key: made elsewhere, or changed since. */
        NOT_SIGNED,
        /** The restored rows break the shop's rules (keys, balances, totals); the new database was dropped. */
        RULES_BROKEN,
        /** Reading or writing the file failed (disk full, no permission). */
        FILE
    }

    private final Reason reason;

    public BackupException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
