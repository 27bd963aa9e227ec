package org.shopdesk;

import org.shopdesk.app.WindowLaunch;
import org.shopdesk.app.WindowLaunch;
import org.shopdesk.app.cli.ShopDeskCommand;
import org.shopdesk.app.cli.WindowArguments;
import org.shopdesk.app.cli.WindowArguments;

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
        if (WindowArguments.opensWindow(args)) {
            // The toolkit starts on this thread at once; reading the arguments (picocli) and
            // starting the logging happen beside it, on the connecting thread.
            WindowLaunch.launch(() -> WindowArguments.windowOptions(args));
            return;
        }
        System.exit(ShopDeskCommand.run(args));
    }
}
