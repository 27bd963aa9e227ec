package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopdesk.data.backup.BackupKey;
import org.shopdesk.data.backup.BackupStore;
import org.shopdesk.data.backup.Databases;
import org.shopdesk.domain.backup.BackupException;
import org.shopdesk.domain.backup.BackupInfo;
import org.shopdesk.service.backup.BackupSchedule;
import org.shopdesk.service.backup.BackupService;
import org.shopdesk.testing.TestDatabase;

/**
 * A backup file as someone else may hand it over: edited by hand with its checksums recomputed,
 * signed or not, holding more than its manifest says, or crafted to exhaust memory. Each is
 * refused, no new database is left behind, and the files ShopDesk writes are its user's alone.
 */
class BackupTamperingTest {
    static TestDatabase db;
    @TempDir
    static Path keys;

    @BeforeAll
    static void data() throws IOException {
        db = TestDatabase.create();
        try (InputStream in = BackupTamperingTest.class.getResourceAsStream("/ops/sample-data.sql")) {
            db.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    static BackupKey key() {
        return BackupKey.at(keys.resolve("backup-signing.key"));
    }

    static BackupService service(Path dir) {
        return new BackupService(new BackupStore(db.backend().dataSource(),
                new Databases(db.backend().dataSource(), db.url(), db.user(), null), key()), dir, false,
                new BackupSchedule(Duration.ofHours(24), 3), Clock.systemUTC());
    }

    @Test
    void backupsTheirFolderAndTheKeyAreTheOwnersAlone(@TempDir Path home) throws Exception {
        Path dir = home.resolve("backups");
        BackupInfo info = service(dir).backupNow(p -> { });
        assertThat(mode(dir)).isEqualTo("rwx------");
        assertThat(mode(info.file())).isEqualTo("rw-------");
        assertThat(mode(key().file())).isEqualTo("rw-------");
    }

    @Test
    void aBackupEditedByHandWithItsChecksumsRecomputedIsRefused(@TempDir Path dir) throws Exception {
        BackupService backups = service(dir);
        Path original = backups.backupNow(p -> { }).file();
        Map<String, UnaryOperator<String>> edits = Map.of(
                // A line pointing at a check that does not exist, and a balance of 12,345 against its journal.
                "purchase_line", text -> setColumn(text, columns(original, "purchase_line"), "purchase_id", "999999"),
                "stock_goods", text -> setColumn(text, columns(original, "stock_goods"), "goods_balance", "12345"));

        // Without the key: the signature no longer matches.
        Path unsigned = rewrite(original, dir.resolve("edited-unsigned.zip"), edits, null);
        assertThatThrownBy(() -> backups.restore(unsigned, p -> { }))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.reason()).isEqualTo(BackupException.Reason.NOT_SIGNED));

        // With the key itself (stolen, or a ShopDesk with a bug): the database's own rules refuse it.
        Path signed = rewrite(original, dir.resolve("edited-signed.zip"), edits, Files.readString(key().file()).strip());
        assertThatThrownBy(() -> backups.restore(signed, p -> { }))
                .isInstanceOfSatisfying(BackupException.class, e -> {
                    assertThat(e.reason()).isEqualTo(BackupException.Reason.RULES_BROKEN);
                    assertThat(e.getMessage()).contains("points to no row of purchase").contains("balance 12345");
                });
        assertThat(restoredDatabases()).as("no restored database left behind").isZero();
    }

    @Test
    void aTableHoldingMoreThanItsManifestSaysIsStoppedAndDropped(@TempDir Path dir) throws Exception {
        BackupService backups = service(dir);
        Path original = backups.backupNow(p -> { }).file();
        // Extra rows appended after signing: the manifest (and so the signature) is unchanged.
        Path grown = dir.resolve("grown.zip");
        copyZip(original, grown, (name, bytes) -> name.equals("tables/category.copy")
                ? (new String(bytes, StandardCharsets.UTF_8) + "9999\tPlanted\n").getBytes(StandardCharsets.UTF_8)
                : bytes);
        assertThatThrownBy(() -> backups.restore(grown, p -> { }))
                .isInstanceOfSatisfying(BackupException.class, e -> {
                    assertThat(e.reason()).isEqualTo(BackupException.Reason.VERIFY_FAILED);
                    assertThat(e.getMessage()).contains("category").contains("more than its manifest says");
                });
        assertThat(restoredDatabases()).as("no restored database left behind").isZero();
    }

    /**
     * An 800 KB zip whose manifest expands to 600 MB: refused after reading at most the cap, in a
     * JVM with a 256 MB heap (a separate one, so that the limit is the real one).
     */
    @Test
    void aCraftedManifestIsRefusedWithinA256MbHeap(@TempDir Path dir) throws Exception {
        Path crafted = dir.resolve("crafted.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(crafted))) {
            zip.putNextEntry(new ZipEntry("manifest.properties"));
            byte[] block = ("format=shopdesk-logical-2\ntables=" + "a".repeat(1 << 20)).getBytes(StandardCharsets.US_ASCII);
            zip.write(block);
            byte[] more = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 600; i++) {
                zip.write(more);
            }
            zip.closeEntry();
        }
        assertThat(Files.size(crafted)).isLessThan(1_000_000);

        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                CraftedBackupProbe.class.getName(), crafted.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).contains("NOT_A_BACKUP").contains("larger than").doesNotContain("OutOfMemoryError");
    }

    /** Databases a restore of this test's database made (other engineers create databases on this server too). */
    private static long restoredDatabases() {
        String base = db.name().length() > 40 ? db.name().substring(0, 40) : db.name();
        return db.count("SELECT count(*) FROM pg_database WHERE datname LIKE '" + base.replace("_", "\\_")
                + "\\_restored\\_%'");
    }

    private static List<String> columns(Path backup, String table) {
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            Properties p = new Properties();
            p.load(zip.getInputStream(zip.getEntry("manifest.properties")));
            return List.of(p.getProperty("table." + table + ".columns").split(","));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The COPY text with {@code column} of its first row set to {@code value}. */
    private static String setColumn(String text, List<String> columns, String column, String value) {
        int nl = text.indexOf('\n');
        String[] fields = text.substring(0, nl).split("\t", -1);
        fields[columns.indexOf(column)] = value;
        return String.join("\t", fields) + text.substring(nl);
    }

    /** The backup with some tables edited, its manifest's counts and checksums recomputed, signed with {@code keyHex} or not at all. */
    private static Path rewrite(Path from, Path to, Map<String, UnaryOperator<String>> edits, String keyHex) throws Exception {
        Map<String, byte[]> entries = read(from);
        Properties manifest = new Properties();
        manifest.load(new java.io.ByteArrayInputStream(entries.get("manifest.properties")));
        for (Map.Entry<String, UnaryOperator<String>> edit : edits.entrySet()) {
            String name = "tables/" + edit.getKey() + ".copy";
            byte[] bytes = edit.getValue().apply(new String(entries.get(name), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            entries.put(name, bytes);
            manifest.setProperty("table." + edit.getKey() + ".bytes", Long.toString(bytes.length));
            manifest.setProperty("table." + edit.getKey() + ".sha256",
                    HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        }
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        manifest.store(text, "edited");
        entries.put("manifest.properties", text.toByteArray());
        if (keyHex == null) {
            entries.put("manifest.sig", "00".repeat(32).getBytes(StandardCharsets.US_ASCII));
        } else {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(HexFormat.of().parseHex(keyHex), "HmacSHA256"));
            entries.put("manifest.sig", HexFormat.of().formatHex(mac.doFinal(text.toByteArray()))
                    .getBytes(StandardCharsets.US_ASCII));
        }
        write(to, entries);
        return to;
    }

    private static void copyZip(Path from, Path to, java.util.function.BiFunction<String, byte[], byte[]> change)
            throws IOException {
        Map<String, byte[]> entries = read(from);
        entries.replaceAll(change::apply);
        write(to, entries);
    }

    private static Map<String, byte[]> read(Path zipFile) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(zipFile.toFile())) {
            Enumeration<? extends ZipEntry> all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry e = all.nextElement();
                entries.put(e.getName(), zip.getInputStream(e).readAllBytes());
            }
        }
        return entries;
    }

    private static void write(Path to, Map<String, byte[]> entries) throws IOException {
        try (OutputStream out = Files.newOutputStream(to); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : new ArrayList<>(entries.entrySet())) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
    }

    private static String mode(Path p) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
