package org.shopdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shopdesk.app.ConnectionSettings;

/** The launcher's early decision: window or command, taken before picocli and logging start. */
class WindowArgumentsTest {

    @Test
    void noCommandOpensTheWindowAndAnyCommandOrHelpDoesNot() {
        assertThat(WindowArguments.opensWindow()).isTrue();
        assertThat(WindowArguments.opensWindow("--db-url", "jdbc:postgresql://h/shop", "--db-user", "clerk")).isTrue();
        for (String command : new String[] {"migrate", "demo", "datagen", "bench", "--help", "-h", "--version", "-V"}) {
            assertThat(WindowArguments.opensWindow("--db-user", "clerk", command)).as(command).isFalse();
        }
    }

    @Test
    void theWindowsOptionsAreReadAsTheCommandLineReadsThem() {
        ConnectionSettings.Options options = WindowArguments.windowOptions("--db-url", "jdbc:postgresql://h/shop",
                "--db-user", "clerk");
        assertThat(options.url()).isEqualTo("jdbc:postgresql://h/shop");
        assertThat(options.user()).isEqualTo("clerk");
        assertThat(WindowArguments.windowOptions().url()).isNull();
    }
}
