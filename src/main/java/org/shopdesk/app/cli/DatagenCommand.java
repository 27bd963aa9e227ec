package org.shopdesk.app.cli;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shopdesk.app.Backend;
import org.shopdesk.data.generate.BulkLoad;
import org.shopdesk.data.generate.DataGenerator;
import org.shopdesk.data.generate.GenerationListener;
import org.shopdesk.data.generate.GenerationProfile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code shopdesk datagen --scale S}: fills an empty database with the large shop of the benchmark. */
@Command(name = "datagen", mixinStandardHelpOptions = true,
        description = "Fill an empty database with a generated large shop (scale 1: 10,000 products, "
                + "1,000,000 checks over two years). The same scale, seed and end day give the same data.")
final class DatagenCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @CommandLine.ParentCommand
    ShopDeskCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--scale", required = true, paramLabel = "S", description = "Size: 1 is the reference shop; 0.01 a small one.")
    double scale;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = DataGenerator.DEFAULT_SEED;

    @Option(names = "--until", paramLabel = "DATE",
            description = "History ends at the midnight starting this date, UTC (default: today, so it ends yesterday).")
    LocalDate until;

    @Override
    public Integer call() throws SQLException {
        GenerationProfile profile = GenerationProfile.largeShop(scale);
        PrintWriter out = ShopDeskCommand.out(spec);
        try (Backend backend = ShopDeskCommand.connect(database.orElse(parent.database))) {
            long started = System.nanoTime();
            DataGenerator generator = new DataGenerator(profile, seed, until != null ? until : DataGenerator.untilToday());
            BulkLoad.run(backend.dataSource(), generator, printer(out));
            out.printf(Locale.ROOT, "Loaded %s (seed %d) in %.1f s:%n", profile.name(), seed, (System.nanoTime() - started) / 1e9);
            printSizes(out, backend);
            return 0;
        }
    }

    static GenerationListener printer(PrintWriter out) {
        return (table, rows, elapsed) -> {
            out.printf(Locale.ROOT, "  %-15s %,12d rows %8.1f s%n", table, rows, elapsed.toMillis() / 1000.0);
            out.flush();
        };
    }

    static void printSizes(PrintWriter out, Backend backend) throws SQLException {
        for (BulkLoad.TableSize size : BulkLoad.sizes(backend.dataSource())) {
            out.printf(Locale.ROOT, "  %-15s %,12d rows %,10.1f MB%n", size.table(), size.rows(), size.bytes() / 1048576.0);
        }
        out.flush();
    }
}
