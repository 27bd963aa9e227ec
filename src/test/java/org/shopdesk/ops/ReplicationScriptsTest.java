package org.shopdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The replication kit end to end on private ports: a primary and a synchronous standby
 * (synchronous_commit = remote_apply) built by the scripts, then the behaviour an administrator
 * relies on: read-your-writes on the standby, commits that wait while the standby is down,
 * failover by kill -9 and promote-standby.sh, and the multi-host JDBC URL finding the new primary.
 * The steps run in order on one cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicationScriptsTest {

    private static final String DB = "shopdesk_repl";
    private static final int LATENCY_COMMITS = 200;

    private ReplicationCluster cluster;
    /** Every id the primary acknowledged as committed: all must survive the failover. */
    private final List<Long> committed = new ArrayList<>();
    private long nextId = 1;

    @BeforeAll
    void startCluster() throws SQLException {
        long start = System.nanoTime();
        cluster = ReplicationCluster.start("remote_apply");
        System.out.printf("[replication] primary :%d + synchronous standby :%d ready in %d ms%n",
                cluster.primaryPort(), cluster.standbyPort(), (System.nanoTime() - start) / 1_000_000);
        cluster.createDatabase(DB);
        try (Connection c = cluster.connect(cluster.primaryPort(), DB); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE sale_probe (id bigint PRIMARY KEY, note text NOT NULL, "
                    + "at timestamptz NOT NULL DEFAULT clock_timestamp())");
        }
    }

    @AfterAll
    void stopCluster() {
        if (cluster != null) {
            cluster.close();
        }
    }

    @Test
    @Order(1)
    void theStandbyIsSynchronousAndHealthy() {
        OpsSupport.Result primary = cluster.checkReplication(cluster.primaryPort(),
                "--expect-standby", ReplicationCluster.STANDBY_NAME);
        assertThat(primary.exitCode()).as(primary.both()).isZero();
        assertThat(primary.stdout()).contains("PRIMARY").contains(ReplicationCluster.STANDBY_NAME)
                .contains("streaming").contains("sync").contains("remote_apply").endsWith("OK\n");

        OpsSupport.Result standby = cluster.checkReplication(cluster.standbyPort());
        assertThat(standby.exitCode()).as(standby.both()).isZero();
        assertThat(standby.stdout()).contains("STANDBY").contains("streaming");

        OpsSupport.Result missing = cluster.checkReplication(cluster.primaryPort(), "--expect-standby", "standby9");
        assertThat(missing.exitCode()).as(missing.both()).isEqualTo(2);
        assertThat(missing.stdout()).contains("expected standby standby9 is not connected");
    }

    @Test
    @Order(2)
    void aCommitOnThePrimaryIsReadableOnTheStandbyAtOnce() throws SQLException {
        try (Connection primary = cluster.connect(cluster.primaryPort(), DB);
             Connection standby = cluster.connect(cluster.standbyPort(), DB);
             PreparedStatement insert = primary.prepareStatement("INSERT INTO sale_probe (id, note) VALUES (?, ?)");
             PreparedStatement read = standby.prepareStatement("SELECT note FROM sale_probe WHERE id = ?")) {
            try (Statement st = standby.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_is_in_recovery()")) {
                assertThat(rs.next() && rs.getBoolean(1)).as("second connection is on the standby").isTrue();
            }
            for (int i = 0; i < 50; i++) {
                long id = nextId++;
                insert.setLong(1, id);
                insert.setString(2, "read-your-write " + i);
                insert.executeUpdate();
                committed.add(id);
                read.setLong(1, id);
                try (ResultSet rs = read.executeQuery()) {
                    assertThat(rs.next()).as("row %d visible on the standby right after its commit", id).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("read-your-write " + i);
                }
            }
        }
    }

    @Test
    @Order(3)
    void commitLatencyWithAndWithoutSynchronousReplication() throws SQLException {
        double remoteApply = medianCommitMillis("remote_apply");
        double remoteFlush = medianCommitMillis("on");
        double local = medianCommitMillis("local");
        System.out.printf("[replication] median commit latency over %d single-row commits: "
                        + "remote_apply %.3f ms, on (remote flush) %.3f ms, local (no standby wait) %.3f ms%n",
                LATENCY_COMMITS, remoteApply, remoteFlush, local);
        assertThat(remoteApply).isPositive();
        assertThat(local).isPositive();
        // The last "local" commits did not wait for the standby: give its replay a moment to arrive.
        long onStandby = -1;
        try (Connection standby = cluster.connect(cluster.standbyPort(), DB); Statement st = standby.createStatement()) {
            for (long until = System.nanoTime() + 10_000_000_000L; System.nanoTime() < until; ) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sale_probe")) {
                    rs.next();
                    onStandby = rs.getLong(1);
                }
                if (onStandby == committed.size()) {
                    break;
                }
                java.util.concurrent.locks.LockSupport.parkNanos(50_000_000L);
            }
        }
        assertThat(onStandby).as("every row, also the asynchronous ones, reached the standby").isEqualTo(committed.size());
    }

    @Test
    @Order(4)
    void withTheStandbyDownACommitWaitsAndCompletesWhenItReturns() throws Exception {
        cluster.stopStandby();
        long cancelledId = nextId++;
        long waitingId = nextId++;
        ExecutorService executor = Executors.newSingleThreadExecutor();
        try (Connection primary = cluster.connect(cluster.primaryPort(), DB);
             Connection waiter = cluster.connect(cluster.primaryPort(), DB)) {
            // 1. A commit with a JDBC query timeout: the wait for the standby is cancelled; the row is
            //    committed locally but not replicated, and the server says so in a warning.
            try (Statement st = primary.createStatement()) {
                st.setQueryTimeout(2);
                long start = System.nanoTime();
                st.executeUpdate("INSERT INTO sale_probe (id, note) VALUES (" + cancelledId + ", 'cancelled wait')");
                long waitedMs = (System.nanoTime() - start) / 1_000_000;
                assertThat(waitedMs).as("the commit waited for the standby until the timeout").isGreaterThanOrEqualTo(1_900);
                assertThat(warnings(st)).as("warning of the cancelled synchronous wait")
                        .anyMatch(w -> w.contains("canceling wait for synchronous replication"));
                System.out.printf("[replication] standby down: commit waited %d ms, then the query timeout "
                        + "cancelled the wait (row committed locally only)%n", waitedMs);
            }
            committed.add(cancelledId);

            // 2. A commit without timeout does not return while the standby is down ...
            Future<?> pending = executor.submit(() -> {
                try (Statement st = waiter.createStatement()) {
                    st.executeUpdate("INSERT INTO sale_probe (id, note) VALUES (" + waitingId + ", 'waited for standby')");
                }
                return null;
            });
            try {
                pending.get(3, TimeUnit.SECONDS);
                throw new AssertionError("the commit returned although the synchronous standby is down");
            } catch (TimeoutException expected) {
                // still waiting, as it must
            }
            // ... and the health check sees the waiting session.
            OpsSupport.Result check = cluster.checkReplication(cluster.primaryPort(),
                    "--expect-standby", ReplicationCluster.STANDBY_NAME);
            assertThat(check.exitCode()).as(check.both()).isEqualTo(2);
            assertThat(check.stdout()).contains("waiting for the synchronous standby (wait_event = SyncRep)")
                    .contains("expected standby " + ReplicationCluster.STANDBY_NAME + " is not connected");

            // 3. The standby comes back: the commit completes.
            long restart = System.nanoTime();
            cluster.startStandby();
            pending.get(60, TimeUnit.SECONDS);
            System.out.printf("[replication] standby restarted: the waiting commit completed after %d ms%n",
                    (System.nanoTime() - restart) / 1_000_000);
            committed.add(waitingId);
        } finally {
            executor.shutdownNow();
        }
        try (Connection standby = cluster.connect(cluster.standbyPort(), DB); Statement st = standby.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM sale_probe WHERE id IN (" + cancelledId + ", " + waitingId + ")")) {
            rs.next();
            assertThat(rs.getInt(1)).as("both rows replicated once the standby is back").isEqualTo(2);
        }
        OpsSupport.Result healthy = cluster.checkReplication(cluster.primaryPort(),
                "--expect-standby", ReplicationCluster.STANDBY_NAME);
        assertThat(healthy.exitCode()).as(healthy.both()).isZero();
    }

    @Test
    @Order(5)
    void promotionIsRefusedWhileThePrimaryIsAlive() {
        OpsSupport.Result r = cluster.runScript("promote-standby.sh", List.of("--pgdata", cluster.standbyDataDir().toString(),
                "--port", String.valueOf(cluster.standbyPort()), "--old-primary-port", String.valueOf(cluster.primaryPort())));
        assertThat(r.exitCode()).as(r.both()).isEqualTo(3);
        assertThat(r.stderr()).contains("still answers as a primary");
    }

    @Test
    @Order(6)
    void failoverKeepsEveryCommittedRowAndTheMultiHostUrlFindsTheNewPrimary() throws Exception {
        // Sales keep coming in through the multi-host URL until the crash.
        try (Connection app = OpsSupport.connect(cluster.multiHostUrl(DB));
             PreparedStatement insert = app.prepareStatement("INSERT INTO sale_probe (id, note) VALUES (?, 'before failover')")) {
            for (int i = 0; i < 20; i++) {
                long id = nextId++;
                insert.setLong(1, id);
                insert.executeUpdate();
                committed.add(id);
            }
        }

        long crash = System.nanoTime();
        cluster.killPrimary();
        long killedMs = (System.nanoTime() - crash) / 1_000_000;
        OpsSupport.Result promote = cluster.promoteStandby();
        long promoted = System.nanoTime();
        assertThat(promote.stderr()).contains("promoted").contains("Fence the old primary");

        Connection app = null;
        for (int attempt = 0; attempt < 100 && app == null; attempt++) {
            try {
                app = OpsSupport.connect(cluster.multiHostUrl(DB));
            } catch (SQLException e) {
                Thread.sleep(100);
            }
        }
        assertThat(app).as("the multi-host URL reaches the promoted standby").isNotNull();
        long reconnectMs = (System.nanoTime() - crash) / 1_000_000;
        long connectMs = (System.nanoTime() - promoted) / 1_000_000;
        try (Connection c = app; Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT pg_is_in_recovery(), inet_server_port()")) {
                rs.next();
                assertThat(rs.getBoolean(1)).as("connected to a primary").isFalse();
                assertThat(rs.getInt(2)).as("the former standby").isEqualTo(cluster.standbyPort());
            }
            List<Long> present = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT id FROM sale_probe ORDER BY id")) {
                while (rs.next()) {
                    present.add(rs.getLong(1));
                }
            }
            assertThat(present).as("every committed row survived the failover").containsAll(committed);
            // The new primary takes writes, without waiting for a standby it does not have.
            st.setQueryTimeout(10);
            st.executeUpdate("INSERT INTO sale_probe (id, note) VALUES (" + nextId++ + ", 'after failover')");
            assertThat(warnings(st)).noneMatch(w -> w.contains("synchronous replication"));
        }
        System.out.printf("[replication] failover: kill -9 of the primary (postmaster gone after %d ms) -> "
                + "promote-standby.sh (%d ms) -> multi-host URL connected (%d ms after promotion, %d ms after the "
                + "crash); %d committed rows all present%n",
                killedMs, promote.elapsed().toMillis(), connectMs, reconnectMs, committed.size());
    }

    @Test
    @Order(7)
    void fullInstanceBackupOfTheNewPrimary() throws Exception {
        // backup.sh --all after the failover, against the new primary (private instance, so the
        // pg_dumpall is not disturbed by other databases coming and going).
        Path dir = Files.createTempDirectory("shopdesk-repl-backup");
        try {
            Map<String, String> env = new TreeMap<>(Map.of("BACKUP_DIR", dir.toString(), "PGHOST", "127.0.0.1",
                    "PGPORT", String.valueOf(cluster.standbyPort()), "PGUSER", "postgres", "PGDATABASE", DB,
                    "PG_BINDIR", OpsSupport.pgBinDir().toString()));
            OpsSupport.Result r = OpsSupport.run(List.of(OpsSupport.serverScript("backup.sh").toString(), "--all"), env);
            assertThat(r.exitCode()).as(r.both()).isZero();
            String[] names = dir.toFile().list();
            assertThat(names).isNotNull();
            assertThat(Arrays.stream(names)).anyMatch(n -> n.matches("shopdesk-" + DB + "-\\d{8}T\\d{6}Z\\.dump"));
            Path instance = Arrays.stream(names).filter(n -> n.matches("shopdesk-instance-\\d{8}T\\d{6}Z\\.sql\\.gz"))
                    .map(dir::resolve).findFirst().orElseThrow(() -> new AssertionError("no instance dump: " + r.both()));
            String sql;
            try (var in = new GZIPInputStream(Files.newInputStream(instance))) {
                sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertThat(sql).contains("CREATE ROLE replicator").contains("\\connect " + DB)
                    .contains("COPY public.sale_probe").contains("PostgreSQL database cluster dump complete");
        } finally {
            OpsSupport.deleteRecursively(dir);
        }
    }

    @Test
    @Order(8)
    void replicationScriptsPrintHelp() {
        for (String script : List.of("setup-primary.sh", "setup-standby.sh", "enable-sync.sh",
                "check-replication.sh", "promote-standby.sh")) {
            OpsSupport.Result r = cluster.runScript(script, List.of("--help"));
            assertThat(r.exitCode()).as(script).isZero();
            assertThat(r.stdout()).as(script).startsWith("Usage: " + script);
            OpsSupport.Result bad = cluster.runScript(script, List.of("--no-such-option"));
            assertThat(bad.exitCode()).as(script + " with a bad option").isEqualTo(2);
        }
    }

    /** Median of LATENCY_COMMITS single-row autocommit inserts with the given synchronous_commit. */
    private double medianCommitMillis(String level) throws SQLException {
        try (Connection c = cluster.connect(cluster.primaryPort(), DB)) {
            try (Statement st = c.createStatement()) {
                st.execute("SET synchronous_commit = '" + level + "'");
            }
            double[] samples = new double[LATENCY_COMMITS];
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO sale_probe (id, note) VALUES (?, ?)")) {
                insert.setString(2, "latency " + level);
                for (int i = 0; i < LATENCY_COMMITS; i++) {
                    long id = nextId++;
                    insert.setLong(1, id);
                    long t = System.nanoTime();
                    insert.executeUpdate();
                    samples[i] = (System.nanoTime() - t) / 1e6;
                    committed.add(id);
                }
            }
            Arrays.sort(samples);
            return (samples[LATENCY_COMMITS / 2 - 1] + samples[LATENCY_COMMITS / 2]) / 2;
        }
    }

    private static List<String> warnings(Statement st) throws SQLException {
        List<String> messages = new ArrayList<>();
        for (SQLWarning w = st.getWarnings(); w != null; w = w.getNextWarning()) {
            messages.add(w.getMessage());
        }
        return messages;
    }
}
