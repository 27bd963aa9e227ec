package org.shopdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** backup.sh must fail loudly and leave nothing that looks like a good backup. */
class BackupFailureTest {

    private Path dir;

    @BeforeEach
    void createDir() throws IOException {
        dir = Files.createTempDirectory("shopdesk-backup-fail-test");
    }

    @AfterEach
    void removeDir() {
        OpsSupport.deleteRecursively(dir);
    }

    @Test
    void serverDownFailsAndWritesNoBackup() throws IOException {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            deadPort = s.getLocalPort();   // free once closed: nothing listens there
        }
        Map<String, String> env = env(dir);
        env.put("PGPORT", String.valueOf(deadPort));

        OpsSupport.Result r = OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString(), "--all"), env);

        assertThat(r.exitCode()).as(r.both()).isEqualTo(1);
        assertThat(r.stderr()).contains("ERROR").contains("pg_dump of database").contains("no backup was written")
                .contains("Connection refused");
        assertThat(filesIn(dir)).as("only the log and the lock file remain")
                .containsExactlyInAnyOrder("backup.log", ".shopdesk-backup.lock");
        assertThat(Files.readString(dir.resolve("backup.log"))).contains("ERROR");
    }

    @Test
    void unknownDatabaseFails() throws IOException {
        Map<String, String> env = env(dir);
        env.put("PGDATABASE", OpsSupport.uniqueName("ops_no_such_db"));
        OpsSupport.Result r = OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString()), env);
        assertThat(r.exitCode()).as(r.both()).isEqualTo(1);
        assertThat(r.stderr()).contains("does not exist");
        assertThat(filesIn(dir)).noneMatch(n -> n.endsWith(".dump"));
    }

    @Test
    void aSecondRunWhileOneHoldsTheLockFailsClearly() throws Exception {
        // Another run holds the lock: same lock file, same flock(1)/flock(2) lock as backup.sh.
        Path lock = dir.resolve(".shopdesk-backup.lock");
        Process holder = new ProcessBuilder("flock", "--nonblock", lock.toString(), "sleep", "60")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            waitUntilLocked(lock);
            OpsSupport.Result r = OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString()), env(dir),
                    Duration.ofSeconds(30));
            assertThat(r.exitCode()).as(r.both()).isEqualTo(75);
            assertThat(r.stderr()).contains("another backup is already running");
            assertThat(filesIn(dir)).noneMatch(n -> n.endsWith(".dump"));
        } finally {
            holder.descendants().forEach(ProcessHandle::destroyForcibly);
            holder.destroyForcibly();
            holder.waitFor(10, TimeUnit.SECONDS);
        }
        // Lock released: the next run works.
        OpsSupport.Result ok = OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString()), env(dir));
        assertThat(ok.exitCode()).as(ok.both()).isZero();
        assertThat(filesIn(dir)).anyMatch(n -> n.matches("shopdesk-postgres-\\d{8}T\\d{6}Z\\.dump"));
    }

    @Test
    void diskFullFailsAndLeavesNoPartialOrFinalDump() throws Exception {
        assumeTrue(OpsSupport.runningAsRoot(), "mounting a tiny tmpfs to fill needs root");
        // A database whose dump (about 0.5 MB) cannot fit on a 64 KiB file system.
        String db = OpsSupport.uniqueName("ops_big");
        OpsSupport.psql("postgres", "-c", "CREATE DATABASE " + db);
        Path mount = Files.createTempDirectory("shopdesk-full-disk");
        try {
            OpsSupport.psql(db, "-c", "CREATE TABLE filler AS SELECT g AS id, md5(g::text) AS hash "
                    + "FROM generate_series(1, 20000) g");
            OpsSupport.Result mounted = OpsSupport.run(
                    List.of("mount", "-t", "tmpfs", "-o", "size=64k,mode=0700", "tmpfs", mount.toString()), Map.of());
            assertThat(mounted.exitCode()).as("mount a 64 KiB tmpfs: " + mounted.both()).isZero();
            Map<String, String> env = env(mount);
            env.put("PGDATABASE", db);
            env.put("LOG_FILE", dir.resolve("backup.log").toString());   // the log must survive
            OpsSupport.Result r = OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString()), env);
            assertThat(r.exitCode()).as(r.both()).isEqualTo(1);
            assertThat(r.stderr()).containsIgnoringCase("no space left on device");
            assertThat(filesIn(mount)).noneMatch(n -> n.endsWith(".dump") || n.contains(".partial."));
        } finally {
            OpsSupport.run(List.of("umount", mount.toString()), Map.of());
            Files.deleteIfExists(mount);
            OpsSupport.psql("postgres", "-c", "DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    /** A dump of the (always present) postgres database of the development server, into dir. */
    private static Map<String, String> env(Path backupDir) {
        Map<String, String> env = new TreeMap<>();
        env.put("BACKUP_DIR", backupDir.toString());
        env.put("PGHOST", OpsSupport.MAIN_HOST);
        env.put("PGPORT", String.valueOf(OpsSupport.MAIN_PORT));
        env.put("PGUSER", OpsSupport.SUPERUSER);
        env.put("PGDATABASE", "postgres");
        env.put("PG_BINDIR", OpsSupport.pgBinDir().toString());
        return env;
    }

    private static void waitUntilLocked(Path lock) throws InterruptedException {
        for (int i = 0; i < 100; i++) {
            OpsSupport.Result probe = OpsSupport.run(List.of("flock", "--nonblock", lock.toString(), "true"), Map.of());
            if (probe.exitCode() != 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the lock holder never took " + lock);
    }

    private static List<String> filesIn(Path d) throws IOException {
        try (Stream<Path> files = Files.list(d)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }
}
