package org.shopdesk.app.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.shopdesk.app.AppDirs;
import org.shopdesk.app.Backend;
import org.shopdesk.app.ConnectFailedException;
import org.shopdesk.app.ConnectionSettings;
import org.shopdesk.app.ConnectionTarget;
import org.shopdesk.app.ShopDeskApp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * {@code shopdesk [options] [command]}: no command opens the window; commands run without one.
 * Every failure ends with one line saying why and a non-zero exit code.
 */
@Command(name = "shopdesk", mixinStandardHelpOptions = true, version = "ShopDesk 0.1",
        description = "Back office of an online shop. Without a command, opens the application window.",
        subcommands = {MigrateCommand.class, DemoCommand.class, DatagenCommand.class, BenchCommand.class,
                ReportCommand.class, PricesCommand.class})
public final class ShopDeskCommand implements Callable<Integer> {
    /** Returned when the window was opened and closed: the JavaFX launcher decides the exit. */
    public static final int WINDOW_CLOSED = -1;
    public static final int FAILED = 1;

    private static final Logger LOG = LoggerFactory.getLogger(ShopDeskCommand.class);

    @Mixin
    DatabaseOptions database;

    @Spec
    CommandLine.Model.CommandSpec spec;

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new ShopDeskCommand());
        cli.setExecutionExceptionHandler((e, line, parsed) -> {
            String reason = e instanceof ConnectFailedException cfe ? cfe.describe() : oneLine(e);
            LOG.error("Command failed: {}", reason, e);
            line.getErr().println("shopdesk: " + reason);
            return FAILED;
        });
        return cli;
    }

    @Override
    public Integer call() {
        ConnectionSettings.Options options = database.toOptions();
        ShopDeskApp.launchWindow(() -> options);
        return WINDOW_CLOSED;
    }

    /** Connects the way the application would: command line, environment, saved settings, built-in. */
    static Backend connect(DatabaseOptions options) {
        AppDirs dirs = AppDirs.forUser();
        ConnectionTarget target = new ConnectionSettings(dirs.settingsFile())
                .resolve(options.toOptions(), System.getenv());
        return Backend.connect(target, dirs, false);
    }

    static String oneLine(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }

    static PrintWriter out(CommandLine.Model.CommandSpec spec) {
        return spec.commandLine().getOut();
    }
}
