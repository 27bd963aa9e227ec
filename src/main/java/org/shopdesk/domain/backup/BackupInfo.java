package org.shopdesk.domain.backup;

import java.nio.file.Path;
import java.time.Duration;

/** A backup just written: where, how big, what it holds and how long it took. */
public record BackupInfo(Path file, long bytes, BackupManifest manifest, Duration took) {
}
