package org.shopdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Retention of backup.sh (--prune-only, so no server is needed): ages are faked with touch -d. */
class BackupRetentionTest {

    private Path dir;

    @BeforeEach
    void createDir() throws IOException {
        dir = Files.createTempDirectory("shopdesk-retention-test");
    }

    @AfterEach
    void removeDir() {
        OpsSupport.deleteRecursively(dir);
    }

    @Test
    void deletesOnlyOwnBackupsOlderThanTheRetentionAndKeepsTheNewest() throws IOException {
        Duration day = Duration.ofDays(1);
        // Own database dumps.
        create("shopdesk-shopdesk-20240101T020000Z.dump", day.multipliedBy(400));
        create("shopdesk-shopdesk-20240301T020000Z.dump", day.multipliedBy(61));
        create("shopdesk-shopdesk-20240302T020000Z.dump", day.multipliedBy(60).plusHours(1));
        create("shopdesk-shopdesk-20240303T020000Z.dump", day.multipliedBy(60).minusHours(1));
        create("shopdesk-shopdesk-20240401T020000Z.dump", day.multipliedBy(10));
        create("shopdesk-shopdesk-20240501T020000Z.dump", Duration.ofMinutes(5));
        // Own instance dumps: the same rule, counted separately.
        create("shopdesk-instance-20240101T020000Z.sql.gz", day.multipliedBy(90));
        create("shopdesk-instance-20240501T020000Z.sql.gz", day.multipliedBy(2));
        // Not ours, all very old: never touched.
        Set<String> foreign = Set.of(
                "shopdesk-otherdb-20240101T020000Z.dump",   // another database's backups
                "shopdesk-shopdesk-2024.dump",              // not our timestamp format
                "shopdesk-shopdesk-20240101T020000Z.dump.bak",
                "manual-before-upgrade.dump",
                "notes.txt");
        for (String name : foreign) {
            create(name, day.multipliedBy(500));
        }

        OpsSupport.Result r = prune(60);
        assertThat(r.exitCode()).as(r.both()).isZero();

        Set<String> expected = new TreeSet<>(foreign);
        expected.addAll(List.of(
                "shopdesk-shopdesk-20240303T020000Z.dump",   // 59 days 23 hours: kept
                "shopdesk-shopdesk-20240401T020000Z.dump",
                "shopdesk-shopdesk-20240501T020000Z.dump",
                "shopdesk-instance-20240501T020000Z.sql.gz"));
        assertThat(backupFiles()).isEqualTo(expected);
        assertThat(r.stderr()).contains("deleted backup older than 60 days");
    }

    @Test
    void theNewestBackupIsKeptEvenWhenItIsOld() throws IOException {
        Duration day = Duration.ofDays(1);
        create("shopdesk-shopdesk-20230101T020000Z.dump", day.multipliedBy(300));
        create("shopdesk-shopdesk-20230102T020000Z.dump", day.multipliedBy(200));
        create("shopdesk-shopdesk-20230103T020000Z.dump", day.multipliedBy(100));
        create("shopdesk-instance-20230101T020000Z.sql.gz", day.multipliedBy(300));

        OpsSupport.Result r = prune(60);
        assertThat(r.exitCode()).as(r.both()).isZero();
        assertThat(backupFiles()).containsExactlyInAnyOrder(
                "shopdesk-shopdesk-20230103T020000Z.dump", "shopdesk-instance-20230101T020000Z.sql.gz");
        assertThat(r.stderr()).contains("it is the newest backup of its kind");
    }

    @Test
    void retentionFollowsTheConfiguredDaysAndZeroDisablesIt() throws IOException {
        Duration day = Duration.ofDays(1);
        create("shopdesk-shopdesk-20240101T020000Z.dump", day.multipliedBy(8));
        create("shopdesk-shopdesk-20240105T020000Z.dump", day.multipliedBy(6));
        create("shopdesk-shopdesk-20240110T020000Z.dump", day.multipliedBy(1));

        OpsSupport.Result none = prune(0);
        assertThat(none.exitCode()).as(none.both()).isZero();
        assertThat(backupFiles()).hasSize(3);

        OpsSupport.Result week = prune(7);
        assertThat(week.exitCode()).as(week.both()).isZero();
        assertThat(backupFiles()).containsExactlyInAnyOrder(
                "shopdesk-shopdesk-20240105T020000Z.dump", "shopdesk-shopdesk-20240110T020000Z.dump");

        OpsSupport.Result bad = OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString(),
                "--prune-only"), Map.of("BACKUP_DIR", dir.toString(), "RETENTION_DAYS", "sixty"));
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.stderr()).contains("RETENTION_DAYS must be a whole number");
    }

    private OpsSupport.Result prune(int days) {
        return OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString(), "--prune-only"),
                Map.of("BACKUP_DIR", dir.toString(), "RETENTION_DAYS", String.valueOf(days),
                        "PGDATABASE", "shopdesk"));
    }

    /** Creates a file and sets its modification time the way an administrator would: touch -d. */
    private void create(String name, Duration age) throws IOException {
        Path file = Files.writeString(dir.resolve(name), "backup " + name);
        long epoch = Instant.now().minus(age).getEpochSecond();
        OpsSupport.Result r = OpsSupport.run(List.of("touch", "-d", "@" + epoch, file.toString()), Map.of());
        assertThat(r.exitCode()).as(r.both()).isZero();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(FileTime.from(Instant.ofEpochSecond(epoch)));
    }

    private Set<String> backupFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !n.equals("backup.log"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }
}
