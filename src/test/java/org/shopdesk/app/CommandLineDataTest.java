package org.shopdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.shopdesk.app.cli.ShopDeskCommand;
import org.shopdesk.testing.TestDatabase;
import picocli.CommandLine;

/** The data commands end to end: demo, datagen and bench, with their exit codes and output. */
class CommandLineDataTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cli = ShopDeskCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void demoLoadsOnceThenSaysTheDatabaseIsNotEmpty() {
        try (TestDatabase db = TestDatabase.create()) {
            Run first = run("demo", "--db-url", db.url(), "--db-user", db.user());
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out()).contains("purchase_line").contains("Demo shop loaded.");

            Run second = run("demo", "--db-url", db.url(), "--db-user", db.user());
            assertThat(second.exit()).isEqualTo(ShopDeskCommand.FAILED);
            assertThat(second.err().strip()).startsWith("shopdesk: database is not empty").doesNotContain("\n");
        }
    }

    @Test
    void datagenFillsAnEmptyDatabaseAndRefusesAFullOne() {
        try (TestDatabase db = TestDatabase.create()) {
            Run first = run("datagen", "--db-url", db.url(), "--db-user", db.user(), "--scale", "0.002", "--seed", "7");
            assertThat(first.exit()).as(first.err()).isZero();
            assertThat(first.out()).contains("Loaded scale 0.002 (seed 7)").contains("stock_movement");
            assertThat(db.count("SELECT count(*) FROM purchase WHERE kind = 'SALE'")).isEqualTo(2_000);

            Run second = run("datagen", "--db-url", db.url(), "--db-user", db.user(), "--scale", "0.002");
            assertThat(second.exit()).isEqualTo(ShopDeskCommand.FAILED);
            assertThat(second.err()).contains("database is not empty");
        }
    }

    @Test
    void benchRunsEveryScenarioEndToEndAndWritesTheTable() throws Exception {
        Path out = Files.createTempDirectory(Path.of("target"), "bench");
        Run run = run("bench", "--scale", "0.002", "--server", TestDatabase.ADMIN_URL, "--db-user", TestDatabase.ADMIN_USER,
                "--rounds", "3", "--warmup", "1", "--pgbench-scale", "1", "--ceiling-seconds", "1", "--start-rounds", "1",
                "--out", out.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        for (String scenario : new String[] {"catalogue search: title infix", "catalogue search: SKU prefix",
            "catalogue list: first page", "catalogue list: deep page", "ceiling: TPC-B rate", "ceiling: point-query rate",
            "start-up to first Catalogue page", "start-up, with class-data archive", "heap after opening the Catalogue",
            "built-in database: first start", "built-in database: start", "charts: KPI tiles", "charts: by provider",
            "charts: by producer", "charts: a producer's top products", "charts: stock cover", "charts: ABC of products",
            "charts: ABC of providers", "charts: over time, by day", "charts: whole area", "charts: whole area, one category",
            "charts: without summaries", "sale: 1 clerk, 3 lines",
            "sale: 8 clerks at once", "sale as a clerk: audit on vs off", "price list import: 10,000 rows", "customer search: name infix",
            "customer search: email prefix", "customer search: phone fragment", "customer history: first page"}) {
            assertThat(run.out()).contains(scenario);
            assertThat(Files.readString(out.resolve("bench.csv"))).contains(scenario);
            assertThat(Files.readString(out.resolve("bench.json"))).contains("\"" + scenario + "\"");
        }
        // A generated database is marked, so the sale scenarios ran (and sold nothing that was not there).
        String eight = Files.readString(out.resolve("bench.csv")).lines()
                .filter(l -> l.startsWith("\"sale: 8 clerks at once\",")).findFirst().orElseThrow();
        assertThat(eight).contains("balances below zero or off the journal: 0");
        // The clerks sell in the clerks' role, the triggers' path for a clerk, not the superuser's.
        assertThat(eight).contains("sales as shopdesk_clerk");
        // The server's own counters say what a sale cost it (read from pg_stat_wal and pg_stat_database).
        assertThat(eight).containsPattern("per sale [0-9.]+ WAL records \\([0-9.]+ KB\\), [0-9]+ buffers");
        if (System.getenv("DISPLAY") != null || Files.isExecutable(Path.of("/usr/bin/xvfb-run"))) {
            // The real window opened (under Xvfb here) and reported its first page.
            String startUp = Files.readString(out.resolve("bench.csv")).lines()
                    .filter(l -> l.startsWith("\"start-up to first Catalogue page\",")).findFirst().orElseThrow();
            assertThat(startUp.split(",")[2]).as(startUp).matches("\\d+(\\.\\d+)?");
        }
        assertThat(run.out()).contains("Generated scale 0.002");
    }
}
