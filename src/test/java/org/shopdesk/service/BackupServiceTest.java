package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopdesk.data.backup.BackupKey;
import org.shopdesk.data.backup.BackupStore;
import org.shopdesk.data.backup.Databases;
import org.shopdesk.data.backup.LogicalBackup;
import org.shopdesk.domain.backup.BackupException;
import org.shopdesk.domain.backup.BackupInfo;
import org.shopdesk.domain.backup.BackupManifest;
import org.shopdesk.domain.backup.BackupProgress;
import org.shopdesk.domain.backup.RestoreResult;
import org.shopdesk.service.backup.BackupSchedule;
import org.shopdesk.service.backup.BackupService;
import org.shopdesk.testing.TestDatabase;

/**
 * ShopDesk's own backup format over a database with realistic sales (the ops sample data):
 * backed up, restored into a new database, and the two proved equal table by table, with the
 * triggers' totals and balances not doubled and new rows getting fresh ids.
 */
class BackupServiceTest {
    static TestDatabase db;
    static final List<String> restored = new ArrayList<>();
    @TempDir
    static Path keys;

    @BeforeAll
    static void data() throws IOException {
        db = TestDatabase.create();
        try (InputStream in = BackupServiceTest.class.getResourceAsStream("/ops/sample-data.sql")) {
            db.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void drop() {
        Databases databases = databases();
        restored.forEach(databases::drop);
        db.close();
    }

    static Databases databases() {
        return new Databases(db.backend().dataSource(), db.url(), db.user(), null);
    }

    static BackupKey key() {
        return BackupKey.at(keys.resolve("backup-signing.key"));
    }

    static BackupService service(Path dir, boolean builtIn, Clock clock) {
        return new BackupService(new BackupStore(db.backend().dataSource(), databases(), key()), dir, builtIn,
                new BackupSchedule(Duration.ofHours(24), 3), clock);
    }

    @Test
    void backupThenRestoreGivesEqualTablesInANewDatabase(@TempDir Path dir) throws Exception {
        BackupService backups = service(dir, false, Clock.systemUTC());
        List<BackupProgress> steps = new ArrayList<>();
        BackupInfo info = backups.backupNow(steps::add);
        BackupManifest m = info.manifest();
        assertThat(info.file()).exists().hasParent(dir);
        assertThat(m.schemaVersion()).isEqualTo(org.shopdesk.data.SchemaMigration.NEWEST_VERSION);
        assertThat(m.tables()).extracting(BackupManifest.Table::name).contains("products", "purchase",
                "purchase_line", "stock_goods", "stock_movement", "price").doesNotContain("flyway_schema_history");
        assertThat(steps).last().extracting(BackupProgress::fraction).isEqualTo(1.0);
        assertThat(table(m, "purchase").rows()).isEqualTo(305);

        RestoreResult r = backups.restore(info.file(), p -> { });
        restored.add(r.database());
        assertThat(r.database()).startsWith(db.name() + "_restored_");
        Map<String, BackupManifest.Table> source = LogicalBackup.tables(db.backend().dataSource());
        try (HikariDataSource copy = databases().open(r.database())) {
            Map<String, BackupManifest.Table> target = LogicalBackup.tables(copy);
            assertThat(target).isEqualTo(source);
            try (var c = copy.getConnection(); var st = c.createStatement()) {
                // Identity sequences continue after the restored ids; triggers work again.
                st.execute("INSERT INTO category (name) VALUES ('After restore')");
                var rs = st.executeQuery("SELECT max(id) = (SELECT id FROM category WHERE name = 'After restore') "
                        + "FROM category");
                rs.next();
                assertThat(rs.getBoolean(1)).isTrue();
            }
        }
        System.out.printf("Logical backup: %d tables, %d rows, %d bytes in %d ms; restore + verify in %d ms%n",
                m.tables().size(), m.totalRows(), info.bytes(), info.took().toMillis(), r.took().toMillis());
        // The source database was never touched.
        assertThat(LogicalBackup.tables(db.backend().dataSource())).isEqualTo(source);
    }

    @Test
    void aDamagedOrForeignFileIsRefusedAndNoDatabaseIsLeft(@TempDir Path dir) throws IOException {
        BackupService backups = service(dir, false, Clock.systemUTC());
        Path notes = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        long before = db.count("SELECT count(*) FROM pg_database");
        assertThatThrownBy(() -> backups.restore(notes, p -> { }))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.NOT_A_BACKUP));
        assertThat(db.count("SELECT count(*) FROM pg_database")).isEqualTo(before);
    }

    @Test
    void automaticBackupOnlyForTheBuiltInDatabaseOncePerDayKeepingTheNewest(@TempDir Path dir) throws IOException {
        Instant now = Instant.parse("2025-03-10T08:00:00Z");
        assertThat(service(dir, false, Clock.fixed(now, ZoneOffset.UTC)).backupIfDue()).isEmpty();
        for (int day = 1; day <= 4; day++) {
            Files.writeString(dir.resolve(BackupSchedule.fileName("old", now.minus(Duration.ofDays(day)))), "x");
        }
        Files.writeString(dir.resolve("mine.txt"), "kept");

        BackupService auto = service(dir, true, Clock.fixed(now, ZoneOffset.UTC));
        assertThat(auto.backupIfDue()).isPresent();
        assertThat(auto.backupIfDue()).as("not due again the same day").isEmpty();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    "mine.txt",
                    BackupSchedule.fileName("old", now.minus(Duration.ofDays(2))),
                    BackupSchedule.fileName("old", now.minus(Duration.ofDays(1))),
                    BackupSchedule.fileName(db.name(), now));
        }
    }

    private static BackupManifest.Table table(BackupManifest m, String name) {
        return m.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }
}
