package org.shopdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.shopdesk.testing.TestDatabase;
import picocli.CommandLine;

/** The command-line mode: exit 0 on success, non-zero with one line saying why. */
class CommandLineTest {

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        CommandLine cli = ShopDeskCommand.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void migrateCreatesTheSchemaOfAFreshServerDatabase() {
        try (TestDatabase blank = TestDatabase.createBlank()) {
            Run r = run("migrate", "--db-url", blank.url(), "--db-user", blank.user());
            assertThat(r.exit()).as(r.err()).isZero();
            assertThat(r.out()).contains("is at version " + org.shopdesk.data.SchemaMigration.NEWEST_VERSION);
            assertThat(blank.count("SELECT count(*) FROM flyway_schema_history WHERE success")).isPositive();
            // Options before the command work too, and a second run changes nothing.
            Run again = run("--db-url", blank.url(), "--db-user", blank.user(), "migrate");
            assertThat(again.exit()).isZero();
        }
    }

    @Test
    void failuresEndWithOneLineAndANonZeroExit() {
        Run badUrl = run("migrate", "--db-url", "mysql://nowhere/shop");
        assertThat(badUrl.exit()).isEqualTo(1);
        assertThat(badUrl.err().strip()).startsWith("shopdesk: not a PostgreSQL URL").doesNotContain("\n");

        Run noServer = run("migrate", "--db-url", "jdbc:postgresql://127.0.0.1:1/shop", "--db-user", "x");
        assertThat(noServer.exit()).isEqualTo(1);
        assertThat(noServer.err().strip()).startsWith("shopdesk: no database server answers there").doesNotContain("\n");

        Run noDb = run("migrate", "--db-url", TestDatabase.ADMIN_URL.replace("/postgres", "/no_such_db_here"),
                "--db-user", TestDatabase.ADMIN_USER);
        assertThat(noDb.exit()).isEqualTo(1);
        assertThat(noDb.err()).contains("the server has no such database");

        Run unknown = run("no-such-command");
        assertThat(unknown.exit()).isEqualTo(2);
    }

    /** The driver would take the login name for a missing database name; ShopDesk refuses before connecting. */
    @Test
    void aUrlWithoutADatabaseNameIsRefusedAndNothingIsMigrated() {
        String server = TestDatabase.ADMIN_URL.substring(0, TestDatabase.ADMIN_URL.lastIndexOf('/') + 1);
        for (String url : new String[] {server, server + "?ssl=false", server + "%20"}) {
            Run r = run("migrate", "--db-url", url, "--db-user", TestDatabase.ADMIN_USER);
            assertThat(r.exit()).as(url).isEqualTo(1);
            assertThat(r.err().strip()).as(url).startsWith("shopdesk: the URL names no database").doesNotContain("\n");
            assertThat(r.out()).as(url).doesNotContain("Schema of");
        }
    }

    @Test
    void benchTakesItsServerFromTheEnvironmentAsItsHelpSays() {
        CommandLine cli = ShopDeskCommand.commandLine();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(new StringWriter(), true));
        cli.setErr(new PrintWriter(err, true));
        BenchCommand bench = cli.getSubcommands().get("bench").getCommand();
        bench.env = java.util.Map.of("SHOPDESK_DB_URL", "jdbc:postgresql://127.0.0.1:1/shop", "SHOPDESK_DB_USER", "x");

        int exit = cli.execute("bench", "--no-pgbench", "--start-rounds", "0");

        // It went for the server the environment names (nobody answers on port 1), not for "give --db-url".
        assertThat(exit).isNotZero();
        assertThat(err.toString()).doesNotContain("give --db-url").contains("no database server answers there");
    }

    @Test
    void helpListsTheCommands() {
        Run help = run("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("migrate").contains("--db-url");
    }
}
