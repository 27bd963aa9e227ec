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
    void onlyWindowOptionsOpenTheWindowAnythingUnknownGoesToTheCommandLine() {
        assertThat(WindowArguments.opensWindow("--db-url=jdbc:postgresql://h/shop", "--db-user=clerk")).isTrue();
        assertThat(WindowArguments.opensWindow("prices", "import", "list.csv")).isFalse();
        assertThat(WindowArguments.opensWindow("--db-user", "clerk", "prices")).isFalse();
        assertThat(WindowArguments.opensWindow("--no-such-option")).isFalse();
        assertThat(WindowArguments.opensWindow("--db-url")).as("an option without its value").isFalse();
    }

    /**
     * The real launcher in a JVM of its own without a display, as from cron: an unknown command
     * says so with the usage and exit code 2, and no window (no JavaFX) is ever started.
     */
    @Test
    void anUnknownCommandExitsWithTheUsageAndNeverStartsTheWindow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path home)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dshopdesk.home=" + home, "-cp", System.getProperty("java.class.path"), "org.shopdesk.Launcher",
                "zzz-unknown", "import", "list.csv").redirectErrorStream(true);
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isEqualTo(2);
        assertThat(out).contains("Unmatched arguments").contains("zzz-unknown").contains("Usage: shopdesk")
                .doesNotContainIgnoringCase("javafx").doesNotContain("Exception");
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
