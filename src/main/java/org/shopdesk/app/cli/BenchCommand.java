package org.shopdesk.app.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.shopdesk.app.AppDirs;
import org.shopdesk.app.Backend;
import org.shopdesk.app.ConnectionSettings;
import org.shopdesk.app.ConnectionTarget;
import org.shopdesk.app.bench.Bench;
import org.shopdesk.app.bench.BenchReport;
import org.shopdesk.data.generate.BulkLoad;
import org.shopdesk.data.generate.DataGenerator;
import org.shopdesk.data.generate.GenerationProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shopdesk bench}: every scenario against a database with data (--db-url) or a fresh one
 * generated at --scale on --server; prints one table and writes it to target/bench/.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark ShopDesk against plain JDBC and the machine's own ceiling (pgbench).")
final class BenchCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @CommandLine.ParentCommand
    ShopDeskCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scale", paramLabel = "S", description = "Generate a fresh database at this scale instead of --db-url.")
    Double scale;

    @Option(names = "--server", paramLabel = "URL", description = "Server for the generated database (default: ${DEFAULT-VALUE}).")
    String server = "jdbc:postgresql://127.0.0.1:5432/postgres";

    @Option(names = "--keep", description = "Keep the generated database.")
    boolean keep;

    @Option(names = "--rounds", paramLabel = "N", description = "Timed rounds per scenario (default: ${DEFAULT-VALUE}).")
    int rounds = 30;

    @Option(names = "--warmup", paramLabel = "N", description = "Untimed rounds first (default: ${DEFAULT-VALUE}).")
    int warmup = 5;

    @Option(names = "--pgbench-scale", paramLabel = "N", description = "TPC-B scale of the ceiling (default: ${DEFAULT-VALUE}).")
    int pgbenchScale = 10;

    @Option(names = "--ceiling-seconds", paramLabel = "N", description = "Seconds per ceiling run (default: ${DEFAULT-VALUE}).")
    int ceilingSeconds = 15;

    @Option(names = "--no-pgbench", description = "Measure the ceiling with the JDBC loop even if pgbench is installed.")
    boolean noPgbench;

    @Option(names = "--start-rounds", paramLabel = "N", description = "Fresh JVMs for the start-up (default: ${DEFAULT-VALUE}).")
    int startRounds = 3;

    @Option(names = "--only", paramLabel = "TEXT", description = "Run only the scenarios whose name contains TEXT (several: comma-separated).")
    String only;

    @Option(names = "--out", paramLabel = "DIR", description = "Where bench.csv and bench.json go (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("target", "bench");

    /** The process environment; a test gives its own. */
    Map<String, String> env = System.getenv();

    @Override
    public Integer call() throws Exception {
        PrintWriter pw = ShopDeskCommand.out(spec);
        DatabaseOptions options = database.orElse(parent.database);
        String user = options.user != null ? options.user : env.getOrDefault(ConnectionSettings.ENV_USER, "postgres");
        // A server only (the benchmark never runs on the built-in database): --db-url, else the environment.
        String url = options.url != null ? options.url : env.get(ConnectionSettings.ENV_URL);
        String password = env.get(ConnectionSettings.ENV_PASSWORD);
        String generated = null;
        if (scale != null) {
            generated = "shopdesk_bench_" + ProcessHandle.current().pid();
            url = server.substring(0, server.lastIndexOf('/') + 1) + generated;
            admin(user, password, "CREATE DATABASE " + generated);
        } else if (url == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --db-url URL (or set " + ConnectionSettings.ENV_URL + ") or --scale S");
        }
        try {
            if (scale != null) {
                generate(pw, url, user, password);
            }
            Bench.Settings settings = new Bench.Settings(url, user, password, warmup, rounds, pgbenchScale, ceilingSeconds,
                    !noPgbench, startRounds, out.toAbsolutePath(), only);
            BenchReport report = Bench.run(settings, name -> {
                pw.println("  running " + name + " ...");
                pw.flush();
            });
            report.print(pw);
            report.write(out);
            pw.printf("Written to %s%n", out.resolve("bench.csv"));
            boolean failed = report.results().stream().anyMatch(r -> r.failed());
            if (failed) {
                spec.commandLine().getErr().println("shopdesk: a bench scenario failed (see its note)");
            }
            return failed ? ShopDeskCommand.FAILED : 0;
        } finally {
            if (generated != null && !keep) {
                admin(user, password, "DROP DATABASE IF EXISTS " + generated + " WITH (FORCE)");
            }
        }
    }

    private void generate(PrintWriter pw, String url, String user, String password) throws SQLException {
        long started = System.nanoTime();
        Path home = out.toAbsolutePath().resolve("home");
        try (Backend backend = Backend.connect(ConnectionTarget.server(url, user, password, "bench"),
                new AppDirs(home.resolve("config"), home.resolve("data")), false)) {
            BulkLoad.run(backend.dataSource(), new DataGenerator(GenerationProfile.largeShop(scale),
                    DataGenerator.DEFAULT_SEED, DataGenerator.untilToday()), DatagenCommand.printer(pw));
        }
        pw.printf(Locale.ROOT, "Generated scale %s in %.1f s%n", scale, (System.nanoTime() - started) / 1e9);
    }

    private void admin(String user, String password, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(server, user, password); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.execute(sql);
        }
    }
}
