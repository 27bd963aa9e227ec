package org.shopdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopdesk.app.cli.CommandLineTest.Run;
import org.shopdesk.testing.TestDatabase;

/**
 * {@code shopdesk prices import} on the demo shop, with the price list that ships with it: a dry
 * run writes nothing, the import applies and remembers the columns, the same file again changes
 * nothing, a file with a bad row imports nothing and exits non-zero.
 */
class PricesCommandTest {
    private static TestDatabase db;
    @TempDir
    static Path dir;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        db.backend().setup().loadDemo(line -> { });
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static Path copy(String resource) throws IOException {
        Path file = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = PricesCommandTest.class.getResourceAsStream(resource)) {
            Files.write(file, in.readAllBytes());
        }
        return file;
    }

    private static Run prices(String... args) {
        String[] all = new String[args.length + 6];
        all[0] = "prices";
        all[1] = "import";
        System.arraycopy(args, 0, all, 2, args.length);
        all[args.length + 2] = "--db-url";
        all[args.length + 3] = db.url();
        all[args.length + 4] = "--db-user";
        all[args.length + 5] = db.user();
        return CommandLineTest.run(all);
    }

    @Test
    void theDemoShopsPriceListImportsFromTheCommandLine() throws IOException {
        Path list = copy("/demo/price-list-megaopt.csv");
        long before = db.count("SELECT count(*) FROM price");

        Run noMapping = prices("--provider", "МегаОпт", "--file", list.toString());
        assertThat(noMapping.exit()).isNotZero();
        assertThat(noMapping.err()).contains("no column mapping");

        Run dry = prices("--provider", "мегаопт", "--file", list.toString(), "--ean-column", "Штрихкод",
                "--article-column", "Код", "--price-column", "Цена, руб.", "--dry-run");
        assertThat(dry.exit()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("windows-1251, ';'-separated, decimal comma").contains("new 6,").contains("errors 0")
                .contains("Dry run: nothing written.");
        assertThat(db.count("SELECT count(*) FROM price")).isEqualTo(before);

        Run real = prices("--provider", "МегаОпт", "--file", list.toString(), "--ean-column", "Штрихкод",
                "--price-column", "Цена, руб.");
        assertThat(real.exit()).as(real.err()).isZero();
        assertThat(real.out()).contains("Imported: new 6, changed ");
        assertThat(db.count("SELECT count(*) FROM price")).isGreaterThan(before);

        // The columns are remembered as the provider's profile: the next file needs none of them.
        Run again = prices("--provider", "МегаОпт", "--file", list.toString());
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("Imported: new 0, changed 0, unchanged 94");
    }

    @Test
    void aListWithABadRowImportsNothingAndSaysWhichLine() throws IOException {
        Path list = dir.resolve("bad.csv");
        Files.writeString(list, "sku;price\nA4T-000068;5 400,00\nA4T-000067;12,3O\nNO-SUCH-1;10\n");
        long before = db.count("SELECT count(*) FROM price");
        Run run = prices("--provider", "Digital Trade", "--file", list.toString(), "--sku-column", "sku",
                "--price-column", "price");
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).contains("line 3: not a price: '12,3O'").contains("line 4: unknown product (NO-SUCH-1)");
        assertThat(run.err()).contains("nothing imported: 2 rows in error");
        assertThat(db.count("SELECT count(*) FROM price")).isEqualTo(before);

        Run skipping = prices("--provider", "Digital Trade", "--file", list.toString(), "--sku-column", "sku",
                "--price-column", "price", "--skip-bad-rows");
        assertThat(skipping.exit()).as(skipping.err()).isZero();
        assertThat(skipping.out()).contains("skipped 2");

        Run nobody = prices("--provider", "Nobody Ltd", "--file", list.toString(), "--sku-column", "sku",
                "--price-column", "price");
        assertThat(nobody.exit()).isEqualTo(1);
        assertThat(nobody.err()).contains("no provider named or with INN 'Nobody Ltd'");
    }
}
