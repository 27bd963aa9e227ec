package org.shopdesk.data.backup;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.shopdesk.data.SchemaMigration;
import org.shopdesk.domain.backup.BackupException;
import org.shopdesk.domain.backup.BackupManifest;
import org.shopdesk.domain.backup.BackupProgress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Backups of the connected database, and restores into new databases beside it. */
public final class BackupStore {
    private static final Logger LOG = LoggerFactory.getLogger(BackupStore.class);

    private final DataSource current;
    private final Databases databases;
    private final BackupKey key;

    public BackupStore(DataSource current, Databases databases, BackupKey key) {
        this.current = current;
        this.databases = databases;
        this.key = key;
    }

    public String currentDatabase() {
        return databases.currentName();
    }

    public BackupManifest write(Path file, Consumer<BackupProgress> progress) {
        return LogicalBackup.write(current, file, key, progress);
    }

    public BackupManifest manifest(Path file) {
        return LogicalBackup.readManifest(file);
    }

    public boolean databaseExists(String name) {
        return databases.exists(name);
    }

    /**
     * Creates database {@code name}, migrates it to the backup's schema version, loads and
     * verifies the backup (checksums, then the shop's rules), then migrates it to this ShopDesk's
     * version. On any failure the new database is dropped; the live one is never touched. A
     * backup must carry this user's signature; one of a ShopDesk from before signing is taken
     * only when {@code unsignedTrusted} (it lies in the user's own backups folder).
     */
    public void restoreInto(String name, Path file, boolean unsignedTrusted, Consumer<BackupProgress> progress) {
        BackupManifest manifest = LogicalBackup.readManifest(file);
        if (!LogicalBackup.checkSignature(file, key) && !unsignedTrusted) {
            throw new BackupException(BackupException.Reason.NOT_SIGNED, file + " was made by a ShopDesk before "
                    + "backups were signed and lies outside the backups folder", null);
        }
        if (!databases.superuser()) {
            throw new BackupException(BackupException.Reason.NEEDS_SUPERUSER,
                    "loading with the triggers off needs a superuser", null);
        }
        databases.create(name);
        boolean done = false;
        try (HikariDataSource target = databases.open(name)) {
            String version = SchemaMigration.migrate(target, manifest.schemaVersion());
            if (!version.equals(manifest.schemaVersion())) {
                throw new BackupException(BackupException.Reason.NEWER_VERSION, "backup at schema version "
                        + manifest.schemaVersion() + ", this ShopDesk knows up to " + version, null);
            }
            LogicalBackup.restore(file, target, progress);
            SchemaMigration.migrate(target);
            done = true;
            LOG.info("Restored {} into new database {}", file, name);
        } finally {
            if (!done) {
                try {
                    databases.drop(name);
                } catch (BackupException e) {
                    LOG.warn("Could not drop the unfinished database {}", name, e);
                }
            }
        }
    }
}
