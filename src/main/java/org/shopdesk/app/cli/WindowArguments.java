package org.shopdesk.app.cli;

import org.shopdesk.app.ConnectionSettings;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The launcher's first question, answered before logging or picocli start (this class has no
 * logger, so asking it costs nothing): does the command line open the window? If so, its options
 * are read later, beside the starting toolkit.
 */
public final class WindowArguments {
    private WindowArguments() {
    }

    /**
     * True when the arguments name no command and ask for no help: the window opens. Decided from
     * the annotations alone, without picocli's parse, so that the toolkit can start at once.
     */
    public static boolean opensWindow(String... args) {
        java.util.Set<String> commands = new java.util.HashSet<>(java.util.List.of("-h", "--help", "-V", "--version"));
        for (Class<?> sub : ShopDeskCommand.class.getAnnotation(Command.class).subcommands()) {
            commands.add(sub.getAnnotation(Command.class).name());
        }
        return java.util.Arrays.stream(args).noneMatch(commands::contains);
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
