package org.shopdesk.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A throw-away PostgreSQL primary with one synchronous standby on private ports and private
 * directories, built with the scripts of {@code installer/server/replication}. For tests that
 * must survive a failover:
 *
 * <pre>{@code
 * try (ReplicationCluster cluster = ReplicationCluster.start()) {
 *     cluster.createDatabase("shopdesk");
 *     String url = cluster.multiHostUrl("shopdesk");   // give this to the application
 *     ... write through the service layer ...
 *     cluster.killPrimary();
 *     cluster.promoteStandby();
 *     ... the same URL now reaches the promoted standby; every committed row is there ...
 * }
 * }</pre>
 *
 * {@link #primaryPort()} and {@link #standbyPort()} are the ports of the two nodes as they were
 * built (node 1 starts as primary, node 2 as standby); after {@link #promoteStandby()} the node
 * on {@link #standbyPort()} is the primary. Both servers trust local TCP connections as
 * {@code postgres}. {@link #close()} stops both servers (immediate mode) and deletes their
 * directories, whatever state they are in. Needs the PostgreSQL server binaries (see
 * {@link OpsSupport#pgBinDir()}) and, when run as root, an OS user {@code postgres}.
 */
public final class ReplicationCluster implements AutoCloseable {

    /** application_name of the standby, and its replication slot. */
    public static final String STANDBY_NAME = "standby1";
    private static final String HOST = "127.0.0.1";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(2);

    private final Path baseDir;
    private final Path primaryData;
    private final Path standbyData;
    private final int primaryPort;
    private final int standbyPort;
    private final Path binDir;
    private final Path scripts;
    private final List<String> log = new ArrayList<>();
    private boolean closed;

    private ReplicationCluster(Path baseDir, int primaryPort, int standbyPort) {
        this.baseDir = baseDir;
        this.primaryData = baseDir.resolve("primary");
        this.standbyData = baseDir.resolve("standby");
        this.primaryPort = primaryPort;
        this.standbyPort = standbyPort;
        this.binDir = OpsSupport.pgBinDir();
        this.scripts = OpsSupport.projectDir().resolve("installer/server/replication");
    }

    /** Primary and synchronous standby with {@code synchronous_commit = remote_apply}. */
    public static ReplicationCluster start() {
        return start("remote_apply");
    }

    /**
     * Starts node 1 as primary, clones node 2 from it with pg_basebackup as a streaming standby,
     * then makes node 2 synchronous with the given synchronous_commit level
     * ({@code on}, {@code remote_apply} or {@code remote_write}).
     */
    public static ReplicationCluster start(String synchronousCommit) {
        Path base;
        try {
            base = Files.createTempDirectory("shopdesk-repl-");
            OpsSupport.chownToPostgres(base);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the cluster directory", e);
        }
        int[] ports = freePorts();
        ReplicationCluster cluster = new ReplicationCluster(base, ports[0], ports[1]);
        try {
            cluster.script("setup-primary.sh", "--init", "--pgdata", cluster.primaryData.toString(),
                    "--port", String.valueOf(cluster.primaryPort), "--socket-dir", base.toString(),
                    "--host-auth", "trust", "--repl-auth", "trust");
            cluster.script("setup-standby.sh", "--pgdata", cluster.standbyData.toString(), "--name", STANDBY_NAME,
                    "--primary-port", String.valueOf(cluster.primaryPort),
                    "--port", String.valueOf(cluster.standbyPort), "--socket-dir", base.toString());
            cluster.script("enable-sync.sh", "--standby", STANDBY_NAME, "--commit-level", synchronousCommit,
                    "--port", String.valueOf(cluster.primaryPort));
            return cluster;
        } catch (RuntimeException | Error e) {
            cluster.close();
            throw e;
        }
    }

    /** Port of node 1, the primary as built. */
    public int primaryPort() {
        return primaryPort;
    }

    /** Port of node 2, the standby as built (the primary after {@link #promoteStandby()}). */
    public int standbyPort() {
        return standbyPort;
    }

    /** The data directory of node 1. */
    public Path primaryDataDir() {
        return primaryData;
    }

    /** The data directory of node 2. */
    public Path standbyDataDir() {
        return standbyData;
    }

    /** Both nodes, primary first: the driver picks whichever is the primary at connect time. */
    public String multiHostUrl(String database) {
        return "jdbc:postgresql://" + HOST + ":" + primaryPort + "," + HOST + ":" + standbyPort + "/" + database
                + "?targetServerType=primary&connectTimeout=2";
    }

    /** A plain JDBC URL of one node. */
    public String url(int port, String database) {
        return "jdbc:postgresql://" + HOST + ":" + port + "/" + database;
    }

    public Connection connect(int port, String database) throws SQLException {
        return OpsSupport.connect(url(port, database));
    }

    /** Creates a database on the primary (it replicates to the standby). */
    public void createDatabase(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("plain lower-case database name expected: " + name);
        }
        OpsSupport.Result r = OpsSupport.run(List.of(binDir.resolve("psql").toString(), "-X", "-q",
                "-v", "ON_ERROR_STOP=1", "-h", HOST, "-p", String.valueOf(primaryPort), "-U", "postgres",
                "-d", "postgres", "-c", "CREATE DATABASE " + name), Map.of(), SCRIPT_TIMEOUT);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("CREATE DATABASE " + name + " failed: " + r.both());
        }
    }

    /** kill -9 of node 1's postmaster: a crash, no shutdown checkpoint, connections cut. */
    public void killPrimary() {
        ProcessHandle postmaster = postmaster(primaryData)
                .orElseThrow(() -> new IllegalStateException("the primary is not running"));
        postmaster.destroyForcibly();   // SIGKILL
        // Polled, not onExit(): that reacts slowly for a process that is not our child. A zombie
        // (dead, not yet reaped by its parent) counts as dead.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (postmaster.isAlive() && !isZombie(postmaster.pid())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the primary's postmaster " + postmaster.pid() + " did not die");
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while killing the primary", e);
            }
        }
        log.add("killed primary postmaster " + postmaster.pid());
    }

    /** Promotes node 2 with promote-standby.sh (which checks that node 1 is gone first). */
    public OpsSupport.Result promoteStandby() {
        return script("promote-standby.sh", "--pgdata", standbyData.toString(), "--port", String.valueOf(standbyPort),
                "--old-primary-port", String.valueOf(primaryPort));
    }

    /** Stops node 2 (fast shutdown). With synchronous replication, commits on the primary then wait. */
    public void stopStandby() {
        pgCtl(standbyData, "stop", "-m", "fast", "-w");
    }

    /** Starts node 2 again; it reconnects to the primary and catches up. */
    public void startStandby() {
        pgCtl(standbyData, "start", "-w", "-l", standbyData + ".log");
    }

    /** Runs check-replication.sh against a node. */
    public OpsSupport.Result checkReplication(int port, String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("--port", String.valueOf(port)));
        args.addAll(List.of(extraArgs));
        return runScript("check-replication.sh", args);
    }

    /** Runs one of the replication scripts; fails if it exits non-zero. */
    public OpsSupport.Result script(String name, String... args) {
        OpsSupport.Result r = runScript(name, List.of(args));
        if (r.exitCode() != 0) {
            throw new IllegalStateException(name + " failed: " + r.both() + serverLogs());
        }
        return r;
    }

    /** Runs one of the replication scripts and returns whatever it did. */
    public OpsSupport.Result runScript(String name, List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(scripts.resolve(name).toString());
        cmd.addAll(args);
        OpsSupport.Result r = OpsSupport.run(cmd, Map.of("PG_BINDIR", binDir.toString(), "PGUSER", "postgres"),
                SCRIPT_TIMEOUT);
        log.add(name + " " + String.join(" ", args) + " -> exit " + r.exitCode() + " in "
                + r.elapsed().toMillis() + " ms");
        return r;
    }

    /** What the cluster did, for failure messages. */
    public List<String> history() {
        return List.copyOf(log);
    }

    /** Stops both servers (immediate) and deletes every file of the cluster. Safe to call twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Path data : List.of(standbyData, primaryData)) {
            if (Files.exists(data.resolve("postmaster.pid"))) {
                pgCtlQuietly(data, "stop", "-m", "immediate", "-w");
            }
            // If pg_ctl could not stop it, make sure nothing outlives the test.
            postmaster(data).ifPresent(p -> {
                p.destroyForcibly();
                try {
                    p.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception e) {
                    System.err.println("postmaster " + p.pid() + " of " + data + " did not stop: " + e);
                }
            });
        }
        OpsSupport.deleteRecursively(baseDir);
    }

    private void pgCtl(Path data, String... args) {
        OpsSupport.Result r = pgCtlQuietly(data, args);
        if (r.exitCode() != 0) {
            throw new IllegalStateException("pg_ctl " + String.join(" ", args) + " failed: " + r.both() + serverLogs());
        }
    }

    private OpsSupport.Result pgCtlQuietly(Path data, String... args) {
        List<String> cmd = new ArrayList<>();
        if (OpsSupport.runningAsRoot()) {
            cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        cmd.addAll(List.of(binDir.resolve("pg_ctl").toString(), "-D", data.toString()));
        cmd.addAll(List.of(args));
        OpsSupport.Result r = OpsSupport.run(cmd, Map.of(), SCRIPT_TIMEOUT);
        log.add("pg_ctl " + String.join(" ", args) + " " + data.getFileName() + " -> exit " + r.exitCode());
        return r;
    }

    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            return stat.substring(stat.lastIndexOf(')') + 2).startsWith("Z");
        } catch (IOException | RuntimeException e) {
            return true;   // gone
        }
    }

    /** The live postmaster of a data directory, from its postmaster.pid. */
    private static Optional<ProcessHandle> postmaster(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(true));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private String serverLogs() {
        StringBuilder sb = new StringBuilder();
        for (Path logFile : List.of(Path.of(primaryData + ".log"), Path.of(standbyData + ".log"))) {
            try {
                if (Files.exists(logFile)) {
                    List<String> lines = Files.readAllLines(logFile);
                    sb.append("\n--- ").append(logFile).append(" (last lines)\n")
                            .append(String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
                }
            } catch (IOException e) {
                sb.append("\n(cannot read ").append(logFile).append(": ").append(e).append(')');
            }
        }
        return sb.toString();
    }

    /** Two distinct free TCP ports on 127.0.0.1. */
    private static int[] freePorts() {
        try (ServerSocket a = new ServerSocket(0, 1, InetAddress.getByName(HOST));
             ServerSocket b = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return new int[] {a.getLocalPort(), b.getLocalPort()};
        } catch (IOException e) {
            throw new UncheckedIOException("no free port", e);
        }
    }
}
