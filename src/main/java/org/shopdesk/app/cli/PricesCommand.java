package org.shopdesk.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code shopdesk prices ...}: providers' prices from the command line. */
@Command(name = "prices", mixinStandardHelpOptions = true, description = "Providers' prices.",
        subcommands = {PricesImportCommand.class})
final class PricesCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    ShopDeskCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }
}
