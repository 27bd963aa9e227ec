package org.shopdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * backup.sh and restore.sh against the development server: a database with the V1 schema and
 * realistic sales is backed up, restored into a new database, and the two are proved equal
 * table by table.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    private final List<String> databases = new ArrayList<>();
    private String source;
    private Path backupDir;

    @BeforeAll
    void createSourceDatabase() throws IOException {
        backupDir = Files.createTempDirectory("shopdesk-backup-test");
        source = OpsSupport.uniqueName("ops_src");
        OpsSupport.psql("postgres", "-c", "CREATE DATABASE " + source);
        databases.add(source);
        // The schema as the application has it: every migration, in version order, applied as plain SQL.
        try (var files = Files.list(OpsSupport.projectDir().resolve("resources/db/migration"))) {
            for (Path migration : files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
                    .sorted(java.util.Comparator.comparingInt(f -> Integer.parseInt(
                            f.getFileName().toString().substring(1, f.getFileName().toString().indexOf("__")))))
                    .toList()) {
                OpsSupport.psql(source, "-f", migration.toString());
            }
        }
        Path data = Path.of(resourcePath("/ops/sample-data.sql"));
        OpsSupport.psql(source, "-f", data.toString());
    }

    @AfterAll
    void dropDatabases() {
        for (String db : databases) {
            // FORCE: a failed assertion may have left a connection open.
            OpsSupport.run(List.of(OpsSupport.pgBinDir().resolve("psql").toString(), "-X", "-q", "-h",
                    OpsSupport.MAIN_HOST, "-p", String.valueOf(OpsSupport.MAIN_PORT), "-U", OpsSupport.SUPERUSER,
                    "-d", "postgres", "-c", "DROP DATABASE IF EXISTS \"" + db + "\" WITH (FORCE)"), Map.of());
        }
        OpsSupport.deleteRecursively(backupDir);
    }

    @Test
    void sampleDataIsConsistentThroughTheTriggers() throws SQLException {
        try (Connection c = OpsSupport.connect(OpsSupport.MAIN_HOST, OpsSupport.MAIN_PORT, source);
             Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT count(*) FROM purchase WHERE kind = 'SALE'")).isEqualTo("300");
            assertThat(single(st, "SELECT count(*) FROM purchase WHERE kind = 'RETURN'")).isEqualTo("5");
            assertThat(single(st, """
                    SELECT count(*) FROM purchase p
                     WHERE p.total <> (SELECT coalesce(sum(line_total), 0) FROM purchase_line l WHERE l.purchase_id = p.id)
                    """)).as("checks whose total is not the sum of their lines").isEqualTo("0");
            assertThat(single(st, """
                    SELECT count(*) FROM stock_goods g
                     WHERE g.goods_balance <> (SELECT sum(delta) FROM stock_movement m
                                                WHERE m.product_id = g.product_id AND m.provider_id = g.provider_id)
                    """)).as("balances that differ from their journal").isEqualTo("0");
            assertThat(Long.parseLong(single(st, "SELECT count(*) FROM stock_movement WHERE reason = 'SALE'")))
                    .isGreaterThan(500);
        }
    }

    @Test
    void backupThenRestoreGivesAnEqualDatabase() throws Exception {
        Map<String, String> env = backupEnv(source);
        // (--all, the pg_dumpall of the whole instance, is tested on the private cluster of
        // ReplicationScriptsTest: other engineers create and drop databases on this server.)
        OpsSupport.Result backup = OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString()), env);
        assertThat(backup.exitCode()).as(backup.both()).isZero();

        List<Path> dumps = listFiles("shopdesk-" + source + "-*.dump");
        assertThat(dumps).as("one database dump with a timestamped name").hasSize(1);
        assertThat(dumps.get(0).getFileName().toString())
                .matches("shopdesk-" + source + "-\\d{8}T\\d{6}Z\\.dump");
        assertThat(listFiles("shopdesk-instance-*.sql.gz")).as("no instance dump without --all").isEmpty();
        try (var files = Files.list(backupDir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .as("no temporary files left behind").noneMatch(n -> n.contains(".partial."));
        }
        assertThat(Files.readString(backupDir.resolve("backup.log"))).contains("database backup complete");

        String restored = OpsSupport.uniqueName("ops_restored");
        databases.add(restored);
        OpsSupport.Result restore = OpsSupport.run(List.of(OpsSupport.serverScript("restore.sh").toString(),
                dumps.get(0).toString(), restored), restoreEnv());
        assertThat(restore.exitCode()).as(restore.both()).isZero();
        assertThat(restore.stderr()).contains("verified").contains("public.purchase_line:");

        Map<String, String> before = tableFingerprints(source);
        Map<String, String> after = tableFingerprints(restored);
        assertThat(before.keySet()).contains("table public.purchase", "table public.purchase_line",
                "table public.stock_movement", "table public.stock_goods", "table public.price");
        assertThat(after).isEqualTo(before);
    }

    @Test
    void restoreRefusesAnExistingDatabase() throws Exception {
        Map<String, String> env = backupEnv(source);
        env.put("BACKUP_DIR", Files.createTempDirectory(backupDir, "refuse").toString());
        OpsSupport.Result backup = OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString()), env);
        assertThat(backup.exitCode()).as(backup.both()).isZero();
        Path dump;
        try (var files = Files.list(Path.of(env.get("BACKUP_DIR")))) {
            dump = files.filter(p -> p.getFileName().toString().endsWith(".dump")).findFirst().orElseThrow();
        }
        String before = tableFingerprints(source).toString();

        // Over the live database itself, and over another existing database: refused, exit 3.
        for (String target : List.of(source, "postgres")) {
            OpsSupport.Result r = OpsSupport.run(List.of(OpsSupport.serverScript("restore.sh").toString(),
                    dump.toString(), target), restoreEnv());
            assertThat(r.exitCode()).as(r.both()).isEqualTo(3);
            assertThat(r.stderr()).contains("already exists").contains("refusing");
        }
        assertThat(tableFingerprints(source).toString()).as("the live database is untouched").isEqualTo(before);
        try (Connection c = OpsSupport.connect(OpsSupport.MAIN_HOST, OpsSupport.MAIN_PORT, "postgres");
             Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT count(*) FROM pg_database WHERE datname LIKE '%\\_restoring\\_%'"))
                    .as("no staging database left").isEqualTo("0");
        }

        // A file that is not an archive: usage/input error, exit 2.
        Path junk = Files.writeString(backupDir.resolve("junk.dump"), "not a dump");
        OpsSupport.Result r = OpsSupport.run(List.of(OpsSupport.serverScript("restore.sh").toString(),
                junk.toString(), OpsSupport.uniqueName("ops_never")), restoreEnv());
        assertThat(r.exitCode()).as(r.both()).isEqualTo(2);
        assertThat(r.stderr()).contains("not a valid pg_dump custom-format archive");
    }

    /** Table names are read by PostgreSQL's quoting rules and never pasted into SQL: any name verifies. */
    @Test
    void tablesWithAnyNameAreVerifiedAndNoNameBecomesSql() throws Exception {
        String odd = OpsSupport.uniqueName("ops_odd");
        OpsSupport.psql("postgres", "-c", "CREATE DATABASE " + odd);
        databases.add(odd);
        OpsSupport.psql(odd, "-c", """
                CREATE TABLE kept (n int);
                INSERT INTO kept VALUES (1), (2);
                CREATE TABLE "Odd ""name""; DROP TABLE kept; --" (n int);
                INSERT INTO "Odd ""name""; DROP TABLE kept; --" VALUES (1), (2), (3);
                CREATE TABLE "with space" (n int);
                INSERT INTO "with space" VALUES (1);
                CREATE TABLE "a.b" (n int);""");
        Map<String, String> env = backupEnv(odd);
        env.put("BACKUP_DIR", Files.createTempDirectory(backupDir, "odd").toString());
        OpsSupport.Result backup = OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString()), env);
        assertThat(backup.exitCode()).as(backup.both()).isZero();
        Path dump;
        try (var files = Files.list(Path.of(env.get("BACKUP_DIR")))) {
            dump = files.filter(p -> p.getFileName().toString().endsWith(".dump")).findFirst().orElseThrow();
        }

        String restored = OpsSupport.uniqueName("ops_odd_restored");
        databases.add(restored);
        OpsSupport.Result r = OpsSupport.run(List.of(OpsSupport.serverScript("restore.sh").toString(),
                dump.toString(), restored), restoreEnv());
        assertThat(r.exitCode()).as(r.both()).isZero();
        assertThat(r.stderr()).contains("public.\"Odd \"\"name\"\"; DROP TABLE kept; --\": 3 rows")
                .contains("public.\"with space\": 1 rows").contains("public.\"a.b\": 0 rows")
                .contains("all 4 tables of the archive");
        assertThat(tableFingerprints(restored)).isEqualTo(tableFingerprints(odd));
    }

    /**
     * --force renames the old database away and the restored one in, in one transaction: when
     * the first rename cannot be done (someone is connected), nothing is renamed and the target
     * keeps its data; once free, the swap happens and the old data is kept under another name.
     */
    @Test
    void forceSwapsBothNamesOrNeither() throws Exception {
        Map<String, String> env = backupEnv(source);
        env.put("BACKUP_DIR", Files.createTempDirectory(backupDir, "force").toString());
        OpsSupport.Result backup = OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString()), env);
        assertThat(backup.exitCode()).as(backup.both()).isZero();
        Path dump;
        try (var files = Files.list(Path.of(env.get("BACKUP_DIR")))) {
            dump = files.filter(p -> p.getFileName().toString().endsWith(".dump")).findFirst().orElseThrow();
        }
        String target = OpsSupport.uniqueName("ops_force");
        OpsSupport.psql("postgres", "-c", "CREATE DATABASE " + target);
        databases.add(target);
        OpsSupport.psql(target, "-c", "CREATE TABLE marker (note text); INSERT INTO marker VALUES ('the old data')");

        try (Connection busy = OpsSupport.connect(OpsSupport.MAIN_HOST, OpsSupport.MAIN_PORT, target)) {
            OpsSupport.Result r = OpsSupport.run(List.of(OpsSupport.serverScript("restore.sh").toString(), "--force",
                    dump.toString(), target), restoreEnv());
            assertThat(r.exitCode()).as(r.both()).isEqualTo(1);
            assertThat(r.stderr()).contains("is untouched");
            try (Statement st = busy.createStatement()) {
                assertThat(single(st, "SELECT note FROM marker")).isEqualTo("the old data");
            }
        }
        try (Connection c = OpsSupport.connect(OpsSupport.MAIN_HOST, OpsSupport.MAIN_PORT, "postgres");
             Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT count(*) FROM pg_database WHERE datname LIKE '" + target + "\\_%'"))
                    .as("no staging and no renamed database left").isEqualTo("0");
        }

        OpsSupport.Result r = OpsSupport.run(List.of(OpsSupport.serverScript("restore.sh").toString(), "--force",
                dump.toString(), target), restoreEnv());
        assertThat(r.exitCode()).as(r.both()).isZero();
        assertThat(tableFingerprints(target)).isEqualTo(tableFingerprints(source));
        try (Connection c = OpsSupport.connect(OpsSupport.MAIN_HOST, OpsSupport.MAIN_PORT, "postgres");
             Statement st = c.createStatement()) {
            String old = single(st, "SELECT datname FROM pg_database WHERE datname LIKE '" + target + "\\_pre\\_restore\\_%'");
            databases.add(old);
            try (Connection o = OpsSupport.connect(OpsSupport.MAIN_HOST, OpsSupport.MAIN_PORT, old);
                 Statement ost = o.createStatement()) {
                assertThat(single(ost, "SELECT note FROM marker")).isEqualTo("the old data");
            }
        }
    }

    @Test
    void scriptsPrintHelp() {
        for (String script : List.of("backup.sh", "restore.sh")) {
            OpsSupport.Result r = OpsSupport.run(List.of(OpsSupport.serverScript(script).toString(), "--help"), Map.of());
            assertThat(r.exitCode()).isZero();
            assertThat(r.stdout()).startsWith("Usage: " + script).contains("Exit status");
        }
    }

    private Map<String, String> backupEnv(String database) {
        Map<String, String> env = new TreeMap<>();
        env.put("BACKUP_DIR", backupDir.toString());
        env.put("PGHOST", OpsSupport.MAIN_HOST);
        env.put("PGPORT", String.valueOf(OpsSupport.MAIN_PORT));
        env.put("PGUSER", OpsSupport.SUPERUSER);
        env.put("PGDATABASE", database);
        env.put("PG_BINDIR", OpsSupport.pgBinDir().toString());
        return env;
    }

    private static Map<String, String> restoreEnv() {
        return Map.of("PGHOST", OpsSupport.MAIN_HOST, "PGPORT", String.valueOf(OpsSupport.MAIN_PORT),
                "PGUSER", OpsSupport.SUPERUSER, "PG_BINDIR", OpsSupport.pgBinDir().toString());
    }

    /**
     * Row count and checksum of every table in schema public, plus every sequence's position
     * (so that new rows after a restore get fresh ids).
     */
    static Map<String, String> tableFingerprints(String database) throws SQLException {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = OpsSupport.connect(OpsSupport.MAIN_HOST, OpsSupport.MAIN_PORT, database);
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("""
                    SELECT quote_ident(table_name) FROM information_schema.tables
                     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                result.put("table public." + table, single(st, "SELECT count(*) || ' rows, md5 ' || "
                        + "md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) FROM public." + table + " t"));
            }
            try (ResultSet rs = st.executeQuery(
                    "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public'")) {
                while (rs.next()) {
                    result.put("sequence " + rs.getString(1), String.valueOf(rs.getObject(2)));
                }
            }
        }
        return result;
    }

    static String single(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).as(sql).isTrue();
            return rs.getString(1);
        }
    }

    private List<Path> listFiles(String glob) throws IOException {
        List<Path> found = new ArrayList<>();
        try (var ds = Files.newDirectoryStream(backupDir, glob)) {
            ds.forEach(found::add);
        }
        return found;
    }

    private static String resourcePath(String name) {
        var url = BackupRestoreTest.class.getResource(name);
        if (url == null) {
            throw new IllegalStateException("test resource missing: " + name);
        }
        return url.getPath();
    }
}
