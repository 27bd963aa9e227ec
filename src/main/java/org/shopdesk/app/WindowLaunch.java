package org.shopdesk.app;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Application;

/**
 * The window's start, arranged so that its three slow parts overlap on a desktop's cores: the
 * JavaFX toolkit starts on the calling thread at once, while another thread reads the command
 * line (picocli; a wrong argument ends the program there), starts the logging and connects (pool,
 * schema check). No logger here: touching this class must not start the logging on the toolkit's
 * thread.
 */
public final class WindowLaunch {
    /** Connecting that started before the toolkit, taken once by {@link ShopDeskApp#start}. */
    record EarlyConnect(CompletableFuture<ConnectionTarget> target, CompletableFuture<Backend> backend) {
    }

    private static volatile CompletableFuture<ConnectionSettings.Options> options =
            CompletableFuture.completedFuture(ConnectionSettings.Options.none());
    private static volatile EarlyConnect early;

    private WindowLaunch() {
    }

    /** Opens the window and returns when it is closed. */
    public static void launch(Supplier<ConnectionSettings.Options> cli) {
        CompletableFuture<ConnectionSettings.Options> parsed = new CompletableFuture<>();
        CompletableFuture<ConnectionTarget> target = new CompletableFuture<>();
        CompletableFuture<Backend> backend = new CompletableFuture<>();
        Thread connecting = new Thread(() -> {
            try {
                parsed.complete(cli.get());
                AppDirs dirs = AppDirs.forUser();
                target.complete(new ConnectionSettings(dirs.settingsFile()).resolve(parsed.join(), System.getenv()));
                backend.complete(Backend.open(target.join(), dirs));
            } catch (RuntimeException | Error e) {
                parsed.completeExceptionally(e);
                target.completeExceptionally(e);
                backend.completeExceptionally(e);
            }
        }, "shopdesk-early-connect");
        connecting.setDaemon(true);
        connecting.start();
        options = parsed;
        early = new EarlyConnect(target, backend);
        Application.launch(ShopDeskApp.class);
    }

    /** The command line's options (waits for them: they are read while the toolkit starts). */
    static ConnectionSettings.Options options() {
        return options.join();
    }

    /** The connection begun before the toolkit, once; null if there is none (tests, a second window). */
    static EarlyConnect takeEarly() {
        EarlyConnect taken = early;
        early = null;
        return taken;
    }
}
