package org.shopdesk.domain.backup;

import java.time.Duration;

/** A backup restored and verified into the new database {@code database}. */
public record RestoreResult(String database, BackupManifest manifest, Duration took) {
}
