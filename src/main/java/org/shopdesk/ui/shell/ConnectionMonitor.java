package org.shopdesk.ui.shell;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the database every few seconds whether it is still there and tells the status bar. It
 * has its own thread so a hanging check never holds up the screens' work or the busy indicator;
 * the connection pool itself reconnects (to the new primary after a failover).
 */
public final class ConnectionMonitor implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionMonitor.class);

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "shopdesk-connection-check");
        t.setDaemon(true);
        return t;
    });

    public ConnectionMonitor(BooleanSupplier reachable, ShellViewModel shell, long periodSeconds) {
        timer.scheduleWithFixedDelay(() -> {
            boolean ok;
            try {
                ok = reachable.getAsBoolean();
            } catch (RuntimeException e) {
                ok = false;
            }
            if (!ok) {
                LOG.warn("Database not reachable; the pool keeps trying");
            }
            boolean result = ok;
            Platform.runLater(() -> {
                if (result) {
                    shell.restored();
                } else {
                    shell.lost();
                }
            });
        }, periodSeconds, periodSeconds, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
