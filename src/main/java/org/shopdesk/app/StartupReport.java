package org.shopdesk.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the benchmark times the real window: started with {@code -Dshopdesk.startupReport=FILE},
 * ShopDesk writes "milliseconds from the JVM's start until the Catalogue's first page was laid
 * out in the window" and "heap bytes in use after a GC" to FILE, and closes. Without the
 * property nothing here runs.
 */
public final class StartupReport {
    static final String PROPERTY = "shopdesk.startupReport";
    private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

    private StartupReport() {
    }

    static boolean requested() {
        return System.getProperty(PROPERTY) != null;
    }

    /** Once the first page is on screen (see {@link FirstPageShown}), reports and closes ShopDesk. */
    public static void afterFirstPage(ObservableBooleanValue firstPageLoaded, Scene scene) {
        if (requested()) {
            FirstPageShown.then(firstPageLoaded, scene, () -> {
                long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
                // The heap a user keeps with the Catalogue open: after the start-up garbage is gone.
                Platform.runLater(() -> report(uptime));
            });
        }
    }

    private static void report(long uptime) {
        System.gc();
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        try {
            Files.writeString(Path.of(System.getProperty(PROPERTY)), String.format(Locale.ROOT, "%d %d%n", uptime, heap));
        } catch (IOException e) {
            LOG.error("Cannot write the start-up report", e);
        }
        LOG.info("Start-up report: first Catalogue page shown {} ms after the JVM started, heap {} bytes", uptime, heap);
        Platform.exit();
    }
}
