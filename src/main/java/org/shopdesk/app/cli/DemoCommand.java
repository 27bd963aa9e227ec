package org.shopdesk.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.shopdesk.app.Backend;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code shopdesk demo}: the demo shop the window offers on first start, from the command line. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Load the demo shop (about 300 products, 200 customers, 5,000 checks over the last "
                + "12 months) into an empty database.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @CommandLine.ParentCommand
    ShopDeskCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = ShopDeskCommand.out(spec);
        try (Backend backend = ShopDeskCommand.connect(database.orElse(parent.database))) {
            // A non-empty database is refused inside the load with a one-line reason (exit 1).
            backend.setup().loadDemo(line -> {
                out.println("  " + line);
                out.flush();
            });
            out.println("Demo shop loaded.");
            return 0;
        }
    }
}
