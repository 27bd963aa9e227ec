package org.shopdesk.service.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.shopdesk.data.OwnerOnlyFiles;
import org.shopdesk.data.backup.BackupStore;
import org.shopdesk.domain.backup.BackupException;
import org.shopdesk.domain.backup.BackupInfo;
import org.shopdesk.domain.backup.BackupManifest;
import org.shopdesk.domain.backup.BackupProgress;
import org.shopdesk.domain.backup.RestoreResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backing up the connected database into the user's backups folder, the automatic backups of
 * the built-in database, and restoring a backup into a new database (the live one is never
 * overwritten; the caller switches ShopDesk to the new one).
 */
public final class BackupService {
    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss").withZone(ZoneOffset.UTC);

    private final BackupStore store;
    private final Path directory;
    private final boolean builtIn;
    private final BackupSchedule schedule;
    private final Clock clock;

    public BackupService(BackupStore store, Path directory, boolean builtIn, BackupSchedule schedule, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.builtIn = builtIn;
        this.schedule = schedule;
        this.clock = clock;
    }

    public Path directory() {
        return directory;
    }

    /** Whether a restore can switch triggers off here; on a server without it the scripts are the way. */
    public boolean builtIn() {
        return builtIn;
    }

    public BackupInfo backupNow(Consumer<BackupProgress> progress) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Path file = directory.resolve(BackupSchedule.fileName(store.currentDatabase(), now));
        BackupManifest manifest = store.write(file, progress);
        restrictOlderBackups();
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.FILE, file + ": " + e.getMessage(), e);
        }
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Backup {}: {} tables, {} rows, {} bytes in {} ms", file, manifest.tables().size(),
                manifest.totalRows(), bytes, took.toMillis());
        return new BackupInfo(file, bytes, manifest, took);
    }

    /**
     * For the built-in database only (a server has its administrator and backup.sh): a backup
     * if the newest is older than the schedule's interval, then the oldest beyond the schedule's
     * count are deleted. Empty when none was due.
     */
    public Optional<BackupInfo> backupIfDue() {
        if (!builtIn || !schedule.due(existing(), clock.instant())) {
            return Optional.empty();
        }
        BackupInfo info = backupNow(p -> { });
        for (String old : schedule.toDelete(existing())) {
            try {
                Files.deleteIfExists(directory.resolve(old));
                LOG.info("Deleted old automatic backup {}", old);
            } catch (IOException e) {
                LOG.warn("Cannot delete old backup {}", old, e);
            }
        }
        return Optional.of(info);
    }

    /** Restores {@code file} into a new database and returns its name; the current data stays as it was. */
    public RestoreResult restore(Path file, Consumer<BackupProgress> progress) {
        long started = System.nanoTime();
        BackupManifest manifest = store.manifest(file);
        String base = store.currentDatabase().replaceAll("_restored_\\d{8}_\\d{6}$", "");
        String name = (base.length() > 40 ? base.substring(0, 40) : base) + "_restored_" + SUFFIX.format(clock.instant());
        if (store.databaseExists(name)) {
            throw new BackupException(BackupException.Reason.FILE, "database " + name + " exists already", null);
        }
        store.restoreInto(name, file, inOwnFolder(file), progress);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        LOG.info("Restored {} ({} rows) into {} in {} ms", file, manifest.totalRows(), name, took.toMillis());
        return new RestoreResult(name, manifest, took);
    }

    /** Backups of a ShopDesk before 0600 files were readable by every user: they are narrowed now. */
    private void restrictOlderBackups() {
        for (String name : existing()) {
            if (BackupSchedule.takenAt(name).isPresent()) {
                try {
                    OwnerOnlyFiles.restrict(directory.resolve(name));
                } catch (IOException e) {
                    LOG.warn("Cannot make {} private", name, e);
                }
            }
        }
    }

    /** Only this user can put a file into the backups folder (0700): a backup there is one this ShopDesk wrote. */
    private boolean inOwnFolder(Path file) {
        try {
            return Files.isDirectory(directory) && file.toRealPath().getParent().equals(directory.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private List<String> existing() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new BackupException(BackupException.Reason.FILE, directory + ": " + e.getMessage(), e);
        }
    }
}
