package org.shopdesk;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log is its user's alone: folder 0700, files 0600, including one an older ShopDesk left 0644. */
class LogFilesTest {

    @Test
    void theLogFolderIs0700AndItsFiles0600(@TempDir Path home) throws Exception {
        Path logs = home.resolve("logs");
        Files.createDirectories(logs);
        Path older = Files.writeString(logs.resolve("shopdesk.2025-01-01.0.log.gz"), "old");
        Files.setPosixFilePermissions(older, PosixFilePermissions.fromString("rw-r--r--"));
        Files.setPosixFilePermissions(logs, PosixFilePermissions.fromString("rwxr-xr-x"));

        LogSetup.privateFolder(logs);

        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new ch.qos.logback.classic.util.LogbackMDCAdapter());
        context.start();
        OwnerOnlyLogAppender<ILoggingEvent> appender = new OwnerOnlyLogAppender<>();
        appender.setContext(context);
        appender.setFile(logs.resolve("shopdesk.log").toString());
        TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
        policy.setContext(context);
        policy.setParent(appender);
        policy.setFileNamePattern(logs.resolve("shopdesk.%d{yyyy-MM-dd}.log").toString());
        policy.start();
        appender.setRollingPolicy(policy);
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%msg%n");
        encoder.start();
        appender.setEncoder(encoder);
        appender.start();
        context.getLogger("test").addAppender(appender);
        context.getLogger("test").info("a line with a customer's database name");
        // A roll-over moves the file away and opens a new one through openFile: narrowed as the first was.
        Files.move(logs.resolve("shopdesk.log"), logs.resolve("shopdesk.rolled.log"));
        appender.openFile(logs.resolve("shopdesk.log").toString());
        context.getLogger("test").info("a line after the roll-over");
        appender.stop();

        assertThat(Files.readString(logs.resolve("shopdesk.log"))).contains("after the roll-over");
        assertThat(mode(logs)).isEqualTo("rwx------");
        assertThat(mode(logs.resolve("shopdesk.log"))).isEqualTo("rw-------");
        assertThat(mode(older)).isEqualTo("rw-------");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
