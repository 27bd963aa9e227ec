package org.shopdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.service.SalesAnalyticsFixture;
import org.shopdesk.testing.TestDatabase;

/** {@code shopdesk report}: the figures of the Charts area over the hand-made shop, as CSV and as a table. */
class ReportCommandTest {
    private static TestDatabase db;
    private static String from;
    private static String to;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        SalesAnalyticsFixture.load(db);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        from = today.minusDays(29).toString();
        to = today.toString();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static CommandLineTest.Run report(String... args) {
        java.util.List<String> all = new java.util.ArrayList<>(java.util.List.of(args[0], "--db-url", db.url(), "--db-user", db.user(),
                "--from", from, "--to", to));
        all.addAll(java.util.List.of(args).subList(1, args.length));
        all.add(0, "report");
        return CommandLineTest.run(all.toArray(String[]::new));
    }

    @Test
    void kpiAsCsv() {
        CommandLineTest.Run r = report("kpi", "--format", "csv");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().split("\r\n")).containsExactly(
                "Measure,Currency,This period,Previous period,\"Change, %\"",
                "Net revenue,RUB,520.00,190.00,173.7",
                "Sales,RUB,620.00,190.00,",
                "Returned,RUB,100.00,0.00,",
                "Checks,RUB,5,2,150.0",
                "Average check,RUB,104.00,95.00,9.5",
                "Units sold,RUB,10,2,400.0",
                "Returns,RUB,2,0,");
    }

    @Test
    void byProviderAsATableFilteredByProviderName() {
        CommandLineTest.Run r = report("by-provider", "--provider", "shop TWO");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out().lines().toList()).hasSize(3);
        assertThat(r.out().lines().toList().get(2)).matches("\\s*1  Shop two\\s+RUB\\s+150\\.00\\s+100\\.00\\s+2\\s+1\\s+75\\.00\\s+4\\s+1\\s+90\\.00");
    }

    @Test
    void everyKindPrintsItsFigures() {
        assertThat(report("by-producer", "--format", "csv").out()).contains("1,Acme,RUB,390.00,75.00,4,2\r\n2,Zeta,RUB,130.00,25.00,6,1");
        assertThat(report("top-products", "--producer", "Zeta", "--format", "csv").out())
                .contains("1,P-3,Charger,RUB,110.00,84.62,4\r\n2,P-2,Case,RUB,20.00,15.38,2");
        CommandLineTest.Run cover = report("stock-cover", "--format", "csv");
        assertThat(cover.out()).contains("0–7 days,2,0,4\r\n8–30 days,1,3,3\r\n31–90 days,1,3,1\r\nover 90 days,1,100,2\r\n"
                + "no sales,1,20,0\r\nall offers,6,126,10")
                .contains("at risk,P-3,Charger,Shop two,0,3,0.0,100.0").contains("dead stock,P-4,Old stock,Shop one,20,0,,0");
        assertThat(report("abc", "--format", "csv").out()).contains("A,1,Phone,RUB,390.00,75.00,75.00")
                .contains("B,3,Shop three,RUB,50.00,9.62,100.00");
        assertThat(report("by-day", "--step", "week", "--format", "csv").out())
                .contains("\n" + LocalDate.parse(from).plusDays(21) + ",RUB,220.00,2,");
        assertThat(report("kpi", "--category", "Empty", "--format", "csv").out()).contains("Net revenue,,0.00,0.00,");
    }

    @Test
    void badInputIsRefusedWithOneLine() {
        assertThat(report("sideways").exit()).isEqualTo(2);
        assertThat(report("sideways").err()).contains("KIND must be one of kpi, by-provider, by-producer");
        assertThat(report("kpi", "--provider", "Nobody's shop").err()).contains("no provider named or numbered 'Nobody's shop'");
        assertThat(report("top-products").err()).contains("top-products needs --producer");
        CommandLineTest.Run reversed = CommandLineTest.run("report", "kpi", "--db-url", db.url(), "--from", to, "--to", from);
        assertThat(reversed.exit()).isEqualTo(2);
        assertThat(reversed.err()).contains("Choose a period of at least one day");
        assertThat(CommandLineTest.run("report", "kpi", "--from", "yesterday", "--to", to).err())
                .contains("--from takes a date as YYYY-MM-DD");
    }
}
