package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shopdesk.service.backup.BackupSchedule;

/** When the built-in database's automatic backup is due, and which old backups it deletes. */
class BackupScheduleTest {
    private static final Instant NOW = Instant.parse("2025-03-10T08:00:00Z");
    private final BackupSchedule schedule = new BackupSchedule(Duration.ofHours(24), 3);

    @Test
    void namesSortByTimeAndReadBack() {
        String name = BackupSchedule.fileName("ShopDesk-Main", NOW);
        assertThat(name).isEqualTo("shopdesk-shopdesk_main-20250310T080000Z.zip");
        assertThat(BackupSchedule.takenAt(name)).contains(NOW);
        assertThat(BackupSchedule.takenAt("shopdesk-x-20250310T080000Z.zip.partial")).isEmpty();
        assertThat(BackupSchedule.takenAt("holiday.zip")).isEmpty();
    }

    @Test
    void dueWithNoBackupOrWhenTheNewestIsADayOld() {
        assertThat(schedule.due(List.of(), NOW)).isTrue();
        assertThat(schedule.due(List.of("notes.txt", "shopdesk-db-2025.zip"), NOW)).isTrue();
        String hourAgo = BackupSchedule.fileName("db", NOW.minus(Duration.ofHours(1)));
        String dayAgo = BackupSchedule.fileName("db", NOW.minus(Duration.ofHours(24)));
        String weekAgo = BackupSchedule.fileName("db", NOW.minus(Duration.ofDays(7)));
        assertThat(schedule.due(List.of(weekAgo, hourAgo), NOW)).isFalse();
        assertThat(schedule.due(List.of(weekAgo, dayAgo), NOW)).isTrue();
        assertThat(schedule.due(List.of(BackupSchedule.fileName("db", NOW.minusSeconds(86_399))), NOW)).isFalse();
    }

    @Test
    void keepsTheNewestAndTouchesNothingElse() {
        List<String> files = new ArrayList<>(List.of("notes.txt", "shopdesk-db-19990101.zip"));
        for (int day = 0; day < 5; day++) {
            files.add(BackupSchedule.fileName("db", NOW.minus(Duration.ofDays(day))));
        }
        assertThat(schedule.toDelete(files)).containsExactlyInAnyOrder(
                BackupSchedule.fileName("db", NOW.minus(Duration.ofDays(3))),
                BackupSchedule.fileName("db", NOW.minus(Duration.ofDays(4))));
        assertThat(schedule.toDelete(files.subList(0, 4))).isEmpty();
    }
}
