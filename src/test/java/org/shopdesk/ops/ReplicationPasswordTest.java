package org.shopdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The replication scripts with passwords, on private ports: replication authenticated by
 * scram-sha-256 with the password given as PGPASSWORD, which ends up in a 0600 passfile and
 * never in the standby's postgresql.auto.conf; pg_hba.conf replaced whole with its owner and
 * mode; values meant for the configuration files checked before anything is written.
 */
class ReplicationPasswordTest {
    private static final String PASSWORD = "repl:pa\\ss 'word";
    private Path base;
    private final List<Path> started = new ArrayList<>();

    @AfterEach
    void stop() {
        for (Path data : started) {
            OpsSupport.run(asOwner(OpsSupport.pgBinDir().resolve("pg_ctl").toString(), "-D", data.toString(),
                    "stop", "-m", "immediate", "-w"), Map.of());
        }
        OpsSupport.deleteRecursively(base);
    }

    @Test
    void theReplicationPasswordGoesToAPassfileNeverIntoTheStandbysSettings() throws Exception {
        base = Files.createTempDirectory("shopdesk-replpw-");
        OpsSupport.chownToPostgres(base);
        int primaryPort = freePort();
        int standbyPort = freePort();
        Path primary = base.resolve("primary");
        Path standby = base.resolve("standby");

        OpsSupport.Result p = script("setup-primary.sh", Map.of("REPLICATION_PASSWORD", PASSWORD), "--init",
                "--pgdata", primary.toString(), "--port", Integer.toString(primaryPort), "--socket-dir", base.toString(),
                "--host-auth", "trust", "--repl-auth", "scram-sha-256");
        started.add(primary);
        assertThat(p.exitCode()).as(p.both()).isZero();
        Path hba = primary.resolve("pg_hba.conf");
        assertThat(Files.readString(hba)).startsWith("# ShopDesk streaming replication")
                .contains("host    replication     replicator    127.0.0.1/32    scram-sha-256");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(hba))).isEqualTo("rw-------");
        assertThat(Files.getOwner(hba).getName()).isEqualTo(Files.getOwner(primary).getName());
        try (var leftovers = Files.list(primary)) {
            assertThat(leftovers.map(f -> f.getFileName().toString())).noneMatch(n -> n.startsWith("pg_hba.conf."));
        }

        // Without the password the standby cannot clone: the replication line asks for one.
        OpsSupport.Result refused = script("setup-standby.sh", Map.of(), "--pgdata", base.resolve("nopw").toString(),
                "--name", "nopw", "--primary-port", Integer.toString(primaryPort), "--port", Integer.toString(freePort()),
                "--socket-dir", base.toString(), "--no-start");
        assertThat(refused.exitCode()).as(refused.both()).isNotZero();

        OpsSupport.Result s = script("setup-standby.sh", Map.of("PGPASSWORD", PASSWORD), "--pgdata", standby.toString(),
                "--name", "standby1", "--primary-port", Integer.toString(primaryPort),
                "--port", Integer.toString(standbyPort), "--socket-dir", base.toString());
        started.add(standby);
        assertThat(s.exitCode()).as(s.both()).isZero();

        String auto = Files.readString(standby.resolve("postgresql.auto.conf"));
        assertThat(auto).doesNotContain("password=").doesNotContain("pa\\ss")
                .contains("passfile=''" + standby + ".pgpass''");
        Path passfile = Path.of(standby + ".pgpass");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passfile))).isEqualTo("rw-------");
        assertThat(Files.getOwner(passfile).getName()).isEqualTo(Files.getOwner(standby).getName());
        assertThat(Files.readString(passfile).strip())
                .isEqualTo("127.0.0.1:" + primaryPort + ":replication:replicator:repl\\:pa\\\\ss 'word");
    }

    @Test
    void valuesForTheConfigurationFilesAreCheckedBeforeAnythingIsWritten() throws Exception {
        base = Files.createTempDirectory("shopdesk-replpw-");
        Path data = base.resolve("primary");
        String[][] bad = {
                {"--listen", "127.0.0.1'\nmax_connections = 1"},
                {"--listen", "0.0.0.0 ,x"},
                {"--socket-dir", "relative/dir"},
                {"--socket-dir", "/tmp/a'b"},
                {"--socket-dir", "/tmp/a,/tmp/b"},
                {"--host-auth", "trust\nhost all all 0.0.0.0/0 trust"},
                {"--repl-auth", "ident x"},
        };
        for (String[] option : bad) {
            OpsSupport.Result r = script("setup-primary.sh", Map.of(), "--init", "--pgdata", data.toString(),
                    option[0], option[1]);
            assertThat(r.exitCode()).as(String.join(" ", option) + "\n" + r.both()).isEqualTo(2);
            assertThat(r.stderr()).contains(option[0]);
            assertThat(data).doesNotExist();
        }
        OpsSupport.Result r = script("setup-standby.sh", Map.of(), "--pgdata", data.toString(), "--name", "s1",
                "--socket-dir", "/tmp/x'y");
        assertThat(r.exitCode()).as(r.both()).isEqualTo(2);
        r = script("setup-standby.sh", Map.of(), "--pgdata", data.toString(), "--name", "s1", "--host", "h'ost");
        assertThat(r.exitCode()).as(r.both()).isEqualTo(2);
        assertThat(data).doesNotExist();
    }

    private static OpsSupport.Result script(String name, Map<String, String> extraEnv, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(OpsSupport.projectDir().resolve("installer/server/replication").resolve(name).toString());
        cmd.addAll(List.of(args));
        Map<String, String> env = new java.util.HashMap<>(Map.of("PG_BINDIR", OpsSupport.pgBinDir().toString(),
                "PGUSER", "postgres"));
        env.putAll(extraEnv);
        return OpsSupport.run(cmd, env, Duration.ofMinutes(2));
    }

    private static List<String> asOwner(String... command) {
        List<String> cmd = new ArrayList<>();
        if (OpsSupport.runningAsRoot()) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(command));
        return cmd;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
