package org.shopdesk.app.cli;

import org.shopdesk.app.ConnectionSettings;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The launcher's first question, answered before logging or picocli start (this class has no
 * logger, so asking it costs nothing): does the command line open the window? If so, its options
 * are read later, beside the starting toolkit.
 */
public final class WindowArguments {
    private WindowArguments() {
    }

    /**
     * True when the arguments are window options only ({@code --db-url URL}, {@code --db-user=NAME}):
     * the window opens. A command, help, or anything unknown is for the command line, which runs
     * it or says "unknown" with the usage and exit code 2, never opening a window (a cron job has
     * no display). Decided from the annotations alone, without picocli's parse, so that the
     * toolkit can start at once.
     */
    public static boolean opensWindow(String... args) {
        java.util.Set<String> options = new java.util.HashSet<>();
        for (java.lang.reflect.Field f : DatabaseOptions.class.getDeclaredFields()) {
            Option option = f.getAnnotation(Option.class);
            if (option != null) {
                options.addAll(java.util.List.of(option.names()));
            }
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            if (eq > 0 && options.contains(arg.substring(0, eq))) {
                continue;
            }
            if (options.contains(arg) && i + 1 < args.length) {
                i++;
                continue;
            }
            return false;
        }
        return true;
    }

    /**
     * The window's options from the arguments; a wrong argument is reported the way picocli
     * reports it, and ends the program with exit code 2 before any window appears.
     */
    public static ConnectionSettings.Options windowOptions(String... args) {
        CommandLine cli = ShopDeskCommand.commandLine();
        try {
            cli.parseArgs(args);
        } catch (CommandLine.ParameterException e) {
            cli.getErr().println(e.getMessage());
            cli.usage(cli.getErr());
            cli.getErr().flush();
            System.exit(cli.getCommandSpec().exitCodeOnInvalidInput());
        }
        return cli.<ShopDeskCommand>getCommand().database.toOptions();
    }
}
