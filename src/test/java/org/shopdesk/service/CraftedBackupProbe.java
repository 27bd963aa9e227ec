package org.shopdesk.service;

import java.nio.file.Path;
import org.shopdesk.data.backup.LogicalBackup;
import org.shopdesk.domain.backup.BackupException;

/**
 * Run by {@link BackupTamperingTest} in a JVM of its own with a small heap: reads a crafted
 * backup's manifest as a restore would and prints how it was refused (or the error that ended it).
 */
public final class CraftedBackupProbe {
    private CraftedBackupProbe() {
    }

    public static void main(String[] args) {
        try {
            LogicalBackup.readManifest(Path.of(args[0]));
            System.err.println("ACCEPTED");
            System.exit(3);
        } catch (BackupException e) {
            System.err.println(e.reason() + ": " + e.getMessage());
        } catch (OutOfMemoryError e) {
            System.err.println("OutOfMemoryError");
            System.exit(4);
        }
    }
}
