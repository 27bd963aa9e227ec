package org.shopdesk.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.shopdesk.testing.TestDatabase;

/** The quick "already current?" check that lets a start skip Flyway's scan, and when it must not. */
class SchemaMigrationTest {

    @Test
    void theNewestVersionConstantIsTheNewestMigrationFile() throws IOException {
        Pattern versioned = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
        String newest;
        try (Stream<Path> files = Files.list(Path.of("resources", "db", "migration"))) {
            newest = files.map(f -> versioned.matcher(f.getFileName().toString()))
                    .filter(Matcher::matches).map(m -> m.group(1).replace('_', '.'))
                    .max(SchemaMigrationTest::compareVersions).orElseThrow();
        }
        assertThat(SchemaMigration.NEWEST_VERSION).as("raise NEWEST_VERSION with each new migration").isEqualTo(newest);
    }

    @Test
    void aCurrentSchemaIsRecognisedAndAnythingElseIsLeftToFlyway() {
        try (TestDatabase db = TestDatabase.create(); HikariDataSource ds = pool(db)) {
            assertThat(SchemaMigration.versionIfNewest(ds)).isEqualTo(SchemaMigration.NEWEST_VERSION);

            // A newer schema (another workstation upgraded first): Flyway must decide.
            db.sql("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (100, '999', 'future', 'SQL', 'V999__future.sql', 0, "
                    + "'test', 0, true)");
            assertThat(SchemaMigration.versionIfNewest(ds)).isNull();

            // A failed migration in the history.
            db.sql("DELETE FROM flyway_schema_history WHERE installed_rank = 100",
                    "INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, "
                    + "installed_by, execution_time, success) VALUES (100, '" + SchemaMigration.NEWEST_VERSION
                    + "', 'again', 'SQL', 'V1__again.sql', 0, 'test', 0, false)");
            assertThat(SchemaMigration.versionIfNewest(ds)).isNull();
        }
    }

    @Test
    void aBlankDatabaseHasNoVersion() {
        try (TestDatabase db = TestDatabase.createBlank(); HikariDataSource ds = pool(db)) {
            assertThat(SchemaMigration.versionIfNewest(ds)).isNull();
        }
    }

    /**
     * README promises that a failed migration is rolled back whole. A first migration into a
     * schema that does not exist (currentSchema=nope) used to leave that schema and a history
     * table behind: now it is refused before anything is created, and a first migration that
     * fails leaves the database as blank as it was.
     */
    @Test
    void aFailedFirstMigrationLeavesNothingBehind() {
        try (TestDatabase db = TestDatabase.createBlank();
             HikariDataSource ds = ConnectionPool.open(db.url() + "?currentSchema=nope", db.user(), null, 2)) {
            assertThatThrownBy(() -> SchemaMigration.migrate(ds))
                    .isInstanceOf(SchemaMigration.MigrationFailedException.class)
                    .hasMessageContaining("nope");
            assertThat(db.count("SELECT count(*) FROM pg_namespace WHERE nspname = 'nope'")).isZero();
            assertThat(userTables(db)).isZero();
        }
        // A schema that exists, but V1 fails in it (pg_trgm's operators live in public, off the path).
        try (TestDatabase db = TestDatabase.createBlank()) {
            db.sql("CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public", "CREATE SCHEMA shop");
            try (HikariDataSource ds = ConnectionPool.open(db.url() + "?currentSchema=shop", db.user(), null, 2)) {
                assertThatThrownBy(() -> SchemaMigration.migrate(ds))
                        .isInstanceOf(SchemaMigration.MigrationFailedException.class);
            }
            assertThat(userTables(db)).isZero();
        }
    }

    private static long userTables(TestDatabase db) {
        return db.count("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                + "WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')");
    }

    private static HikariDataSource pool(TestDatabase db) {
        return ConnectionPool.open(db.url(), db.user(), null, 2);
    }

    private static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            int c = Long.compare(i < x.length ? Long.parseLong(x[i]) : 0, i < y.length ? Long.parseLong(y[i]) : 0);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
