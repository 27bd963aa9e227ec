package org.shopdesk.domain.backup;

import java.time.Instant;
import java.util.List;

/**
 * What a backup holds: the schema version it was taken at, and per table its columns, row count
 * and the SHA-256 of its rows, so that a restore can prove it got back exactly what was saved.
 */
public record BackupManifest(String format, String schemaVersion, String database, Instant createdAt,
                             List<Table> tables) {
    public BackupManifest {
        tables = List.copyOf(tables);
    }

    /** One table as saved: columns in the order of its data, rows, size and checksum of the data. */
    public record Table(String name, List<String> columns, long rows, long bytes, String sha256) {
        public Table {
            columns = List.copyOf(columns);
        }
    }

    public long totalRows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }
}
