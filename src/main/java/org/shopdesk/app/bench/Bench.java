package org.shopdesk.app.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.shopdesk.app.AppDirs;
import org.shopdesk.app.Backend;
import org.shopdesk.app.ConnectionTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs every registered scenario against one database and collects the table. */
public final class Bench {
    private static final Logger LOG = LoggerFactory.getLogger(Bench.class);

    /** The run's settings; see {@link BenchContext} for the ceiling's. */
    public record Settings(String url, String user, String password, int warmup, int rounds, int pgbenchScale,
                           int ceilingSeconds, boolean allowPgbench, int startRounds, Path workDir, String only) {
        /** Never the password. */
        @Override
        public String toString() {
            return "Settings[" + ConnectionTarget.redact(url) + " user " + user + (password == null ? "" : " password ***")
                    + ", warmup " + warmup + ", rounds " + rounds + ", only " + only + "]";
        }
    }

    private Bench() {
    }

    /** @param progress hears each scenario's name as it starts */
    public static BenchReport run(Settings s, Consumer<String> progress) throws Exception {
        java.nio.file.Files.createDirectories(s.workDir());
        Path home = s.workDir().resolve("home");
        BenchRunner runner = new BenchRunner(s.warmup(), s.rounds());
        List<BenchResult> results = new ArrayList<>();
        try (Backend backend = Backend.connect(ConnectionTarget.server(s.url(), s.user(), s.password(), "bench"),
                new AppDirs(home.resolve("config"), home.resolve("data")), false);
             PlainJdbc jdbc = new PlainJdbc(s.url(), s.user(), s.password())) {
            BenchContext ctx = new BenchContext(backend, jdbc, s.url(), s.user(), s.password(), s.workDir(), s.pgbenchScale(),
                    s.ceilingSeconds(), s.allowPgbench(), s.startRounds());
            for (BenchScenario scenario : BenchScenarios.all(ctx)) {
                if (!chosen(s.only(), scenario.name())) {
                    continue;
                }
                progress.accept(scenario.name());
                List<BenchResult> lines;
                try {
                    lines = scenario.measurement().run(runner);
                } catch (Exception e) {
                    // One broken scenario must not hide the others' figures; the command still fails.
                    LOG.error("bench scenario {} failed", scenario.name(), e);
                    lines = List.of(BenchResult.figure(scenario.name(), BenchResult.FAILED, Double.NaN,
                            String.valueOf(e.getMessage()).lines().findFirst().orElse("")));
                }
                lines.forEach(r -> LOG.info("bench {}: median {} p95 {} baseline {} {}", r.scenario(), r.median(),
                        r.p95(), r.baseline(), r.unit()));
                results.addAll(lines);
            }
        }
        return new BenchReport(BenchScenarios.relate(results));
    }

    /**
     * Whether {@code --only} picks this scenario: none given, or one of its comma-separated texts
     * is part of the name (so that "8 clerks,ceiling" measures the sale rate with its TPC-B baseline).
     */
    static boolean chosen(String only, String scenario) {
        if (only == null) {
            return true;
        }
        for (String text : only.split(",")) {
            if (!text.isBlank() && scenario.contains(text.strip())) {
                return true;
            }
        }
        return false;
    }
}
