package org.shopdesk.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.SimpleBooleanProperty;
import org.junit.jupiter.api.Test;
import org.shopdesk.service.system.ConnectionInfo;
import org.shopdesk.ui.common.Messages;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A database that goes away shows in the status bar, and so does its return. */
class ConnectionMonitorTest {

    @Test
    void reportsALostConnectionAndItsReturn() throws Exception {
        FxToolkit.registerPrimaryStage();
        ShellViewModel shell = new ShellViewModel(Messages.forLocale(Locale.ENGLISH), new SimpleBooleanProperty());
        WaitForAsyncUtils.asyncFx(() -> shell.connected(
                new ConnectionInfo(false, "db1:5432,db2:5432", "shop", "clerk", "15.20", "1"))).get();
        AtomicBoolean up = new AtomicBoolean(true);
        try (ConnectionMonitor monitor = new ConnectionMonitor(up::get, shell, 1)) {
            up.set(false);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> shell.stateProperty().get() == ShellViewModel.ConnectionState.LOST);
            assertThat(shell.connectionTextProperty().get())
                    .isEqualTo("Connection lost, reconnecting… (Server db1:5432,db2:5432 · database shop · user clerk)");
            up.set(true);
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                    () -> shell.stateProperty().get() == ShellViewModel.ConnectionState.CONNECTED);
            assertThat(shell.connectionTextProperty().get()).isEqualTo("Server db1:5432,db2:5432 · database shop · user clerk");
        }
    }
}
