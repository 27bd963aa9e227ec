package org.shopdesk.app.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.shopdesk.app.ConnectionTarget;

/**
 * What this machine and server can do at all, measured in the same run: a TPC-B-style write
 * rate and a read-only point-query rate, in a scratch database dropped afterwards. pgbench
 * itself when it is installed; otherwise the same transactions in a JDBC loop.
 */
final class MachineCeiling {
    static final String TPC_B = "ceiling: TPC-B rate";
    static final int CLIENTS = 4;
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    private static final Pattern PROCESSED = Pattern.compile("number of transactions actually processed: ([0-9]+)");

    private final String url;
    private final String user;
    private final String password;
    private final int scale;
    private final int seconds;

    MachineCeiling(String anyDatabaseUrl, String user, String password, int scale, int seconds) {
        this.url = anyDatabaseUrl;
        this.user = user;
        this.password = password;
        this.scale = scale;
        this.seconds = seconds;
    }

    List<BenchResult> measure(boolean allowPgbench) throws Exception {
        String db = "shopdesk_ceiling_" + ProcessHandle.current().pid();
        admin("CREATE DATABASE " + db);
        try {
            Path pgbench = allowPgbench ? pgbench() : null;
            return pgbench != null ? withPgbench(pgbench, db) : withJdbc(db);
        } finally {
            admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    private List<BenchResult> withPgbench(Path pgbench, String db) throws IOException, InterruptedException {
        String hostPort = ConnectionTarget.hostsOf(url);
        int colon = hostPort.lastIndexOf(':');
        String host = colon < 0 ? hostPort : hostPort.substring(0, colon);
        String port = colon < 0 ? "5432" : hostPort.substring(colon + 1);
        List<String> base = List.of(pgbench.toString(), "-h", host, "-p", port, "-U", user);
        run(concat(base, "-i", "-q", "-s", String.valueOf(scale), db));
        String mode = String.format(Locale.ROOT, "pgbench -s %d -c %d -j 2 -T %d -M prepared", scale, CLIENTS, seconds);
        String dbUrl = url.substring(0, url.lastIndexOf('/') + 1) + db;
        ServerWork before = work(dbUrl);
        String tpcb = run(concat(base, "-c", String.valueOf(CLIENTS), "-j", "2", "-T", String.valueOf(seconds),
                "-M", "prepared", db));
        ServerWork.awaitCountersOfStoppedClients();
        String perTransaction = ServerWork.perTransaction(before, work(dbUrl), (long) number(PROCESSED, tpcb), "transaction");
        String select = run(concat(base, "-S", "-c", String.valueOf(CLIENTS), "-j", "2", "-T", String.valueOf(seconds),
                "-M", "prepared", db));
        return List.of(
                BenchResult.figure(TPC_B, "tx/s", number(TPS, tpcb),
                        mode + ", latency avg " + number(LATENCY, tpcb) + " ms" + perTransaction),
                BenchResult.figure("ceiling: point-query rate", "tx/s", number(TPS, select),
                        mode + " -S, latency avg " + number(LATENCY, select) + " ms"));
    }

    private List<BenchResult> withJdbc(String db) throws Exception {
        String dbUrl = url.substring(0, url.lastIndexOf('/') + 1) + db;
        try (Connection c = DriverManager.getConnection(dbUrl, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE pgbench_branches (bid int PRIMARY KEY, bbalance int, filler char(88))");
            s.execute("CREATE TABLE pgbench_tellers (tid int PRIMARY KEY, bid int, tbalance int, filler char(84))");
            s.execute("CREATE TABLE pgbench_accounts (aid int PRIMARY KEY, bid int, abalance int, filler char(84))");
            s.execute("CREATE TABLE pgbench_history (tid int, bid int, aid int, delta int, mtime timestamp, filler char(22))");
            s.execute("INSERT INTO pgbench_branches SELECT g, 0 FROM generate_series(1, " + scale + ") g");
            s.execute("INSERT INTO pgbench_tellers SELECT g, (g - 1) / 10 + 1, 0 FROM generate_series(1, " + 10 * scale + ") g");
            s.execute("INSERT INTO pgbench_accounts SELECT g, (g - 1) / 100000 + 1, 0 FROM generate_series(1, "
                    + 100_000 * scale + ") g");
            s.execute("VACUUM ANALYZE");
        }
        String mode = String.format(Locale.ROOT, "JDBC loop (pgbench not found), s %d, %d clients, %d s", scale, CLIENTS, seconds);
        double tpcb = rate(dbUrl, true);
        double select = rate(dbUrl, false);
        return List.of(BenchResult.figure(TPC_B, "tx/s", tpcb, mode),
                BenchResult.figure("ceiling: point-query rate", "tx/s", select, mode + ", read-only"));
    }

    /** Transactions per second of CLIENTS threads for the configured seconds. */
    private double rate(String dbUrl, boolean tpcb) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            long end = System.nanoTime() + seconds * 1_000_000_000L;
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < CLIENTS; i++) {
                int client = i;
                counts.add(pool.submit(() -> client(dbUrl, tpcb, end, new SplittableRandom(client))));
            }
            long total = 0;
            for (Future<Long> f : counts) {
                total += f.get();
            }
            return total / (double) seconds;
        } finally {
            pool.shutdownNow();
        }
    }

    private long client(String dbUrl, boolean tpcb, long end, SplittableRandom random) throws SQLException {
        try (Connection c = DriverManager.getConnection(dbUrl, user, password)) {
            c.setAutoCommit(!tpcb);
            PreparedStatement account = c.prepareStatement("UPDATE pgbench_accounts SET abalance = abalance + ? WHERE aid = ?");
            PreparedStatement read = c.prepareStatement("SELECT abalance FROM pgbench_accounts WHERE aid = ?");
            PreparedStatement teller = c.prepareStatement("UPDATE pgbench_tellers SET tbalance = tbalance + ? WHERE tid = ?");
            PreparedStatement branch = c.prepareStatement("UPDATE pgbench_branches SET bbalance = bbalance + ? WHERE bid = ?");
            PreparedStatement history = c.prepareStatement(
                    "INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (?, ?, ?, ?, CURRENT_TIMESTAMP)");
            long done = 0;
            while (System.nanoTime() < end) {
                int aid = 1 + random.nextInt(100_000 * scale);
                read.setInt(1, aid);
                if (tpcb) {
                    int tid = 1 + random.nextInt(10 * scale);
                    int bid = 1 + random.nextInt(scale);
                    int delta = random.nextInt(-5000, 5001);
                    account.setInt(1, delta);
                    account.setInt(2, aid);
                    account.executeUpdate();
                    read.executeQuery().close();
                    teller.setInt(1, delta);
                    teller.setInt(2, tid);
                    teller.executeUpdate();
                    branch.setInt(1, delta);
                    branch.setInt(2, bid);
                    branch.executeUpdate();
                    history.setInt(1, tid);
                    history.setInt(2, bid);
                    history.setInt(3, aid);
                    history.setInt(4, delta);
                    history.executeUpdate();
                    c.commit();
                } else {
                    read.executeQuery().close();
                }
                done++;
            }
            return done;
        }
    }

    private static Path pgbench() {
        for (String candidate : List.of("/usr/lib/postgresql/15/bin/pgbench", "/usr/bin/pgbench", "/usr/local/bin/pgbench")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path p = Path.of(dir, "pgbench");
                if (Files.isExecutable(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    private String run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null) {
            // pgbench reads it from its environment, never from its command line.
            pb.environment().put("PGPASSWORD", password);
        }
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output.strip());
        }
        return output;
    }

    private static double number(Pattern pattern, String output) throws IOException {
        Matcher m = pattern.matcher(output);
        if (!m.find()) {
            throw new IOException("unexpected pgbench output: " + output.strip());
        }
        return Double.parseDouble(m.group(1));
    }

    private static List<String> concat(List<String> base, String... more) {
        List<String> all = new ArrayList<>(base);
        all.addAll(List.of(more));
        return all;
    }

    /** The server's counters, read in the scratch database (its buffers are the ones counted). */
    private ServerWork work(String dbUrl) {
        try (Connection c = DriverManager.getConnection(dbUrl, user, password)) {
            return ServerWork.read(c);
        } catch (SQLException e) {
            return null;
        }
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(sql);
        }
    }
}
