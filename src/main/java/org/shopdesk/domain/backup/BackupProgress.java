package org.shopdesk.domain.backup;

/** A backup or restore under way: the table being copied, and how many of how many are done. */
public record BackupProgress(String table, int done, int total) {
    public double fraction() {
        return total == 0 ? 0 : (double) done / total;
    }
}
