package org.shopdesk;

import org.shopdesk.app.cli.ShopDeskCommand;

/**
 * The one entry point of the jar. With a command (migrate, demo, ...) it runs without a window;
 * with none it opens the application. Not a JavaFX Application itself, so that the plain
 * classpath jar starts without module flags.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        LogSetup.init();
        int exit = ShopDeskCommand.run(args);
        if (exit != ShopDeskCommand.WINDOW_CLOSED) {
            System.exit(exit);
        }
    }
}
