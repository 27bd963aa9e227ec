package org.shopdesk.app.cli;

import java.util.concurrent.Callable;
import org.shopdesk.app.Backend;
import org.shopdesk.service.system.ConnectionInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code shopdesk migrate}: brings a database's schema up to date and says to which version. */
@Command(name = "migrate", mixinStandardHelpOptions = true,
        description = "Create or bring up to date the ShopDesk schema of a database.")
final class MigrateCommand implements Callable<Integer> {
    @Mixin
    DatabaseOptions database;

    @CommandLine.ParentCommand
    ShopDeskCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (Backend backend = ShopDeskCommand.connect(database.orElse(parent.database))) {
            ConnectionInfo info = backend.system().info();
            ShopDeskCommand.out(spec).printf("Schema of %s at %s is at version %s.%n",
                    info.database(), info.builtIn() ? "the built-in database" : info.hosts(), info.schemaVersion());
            return 0;
        }
    }
}
