package org.shopdesk.app;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.shopdesk.domain.common.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The built-in database of a one-workstation shop: a private PostgreSQL whose data directory
 * lives in the user's data directory and survives restarts. A lock file held while it runs keeps
 * a second ShopDesk from starting a second server on the same files.
 */
public final class BuiltInDatabase implements AutoCloseable {
    public static final String DATABASE = "shopdesk";
    private static final Logger LOG = LoggerFactory.getLogger(BuiltInDatabase.class);

    private static final String ACTIVE_FILE = "active-database";

    private final EmbeddedPostgres postgres;
    private final String database;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Duration startTime;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "shopdesk-builtin-db-stop");

    private BuiltInDatabase(EmbeddedPostgres postgres, String database, FileChannel lockChannel, FileLock lock,
                            Duration startTime) {
        this.postgres = postgres;
        this.database = database;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.startTime = startTime;
        // A logout or kill ends the JVM without closing the window: stop the server then too.
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Starts the server over {@code directory}; throws {@link StartFailedException} with a plain reason. */
    public static BuiltInDatabase start(Path directory) {
        long started = System.nanoTime();
        FileChannel channel = null;
        FileLock lock;
        try {
            Files.createDirectories(directory);
            channel = FileChannel.open(directory.resolve("shopdesk.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            // This very process holds it already: a second window of the same ShopDesk.
            lock = null;
        } catch (IOException e) {
            closeQuietly(channel);
            throw new StartFailedException(Reason.DIRECTORY, directory + ": " + e.getMessage(), e);
        }
        if (lock == null) {
            closeQuietly(channel);
            throw new StartFailedException(Reason.ALREADY_RUNNING,
                    "another ShopDesk is already using the built-in database in " + directory, null);
        }
        try {
            Path data = directory.resolve("pgdata");
            stopOrphanedServer(data);
            // Binaries beside the data, never around it: the library cleans stale folders in its
            // working directory, and its default (a world-writable temp folder) is no place for them.
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setOverrideWorkingDirectory(directory.resolve("pg-bin").toFile())
                    .setDataDirectory(data)
                    .setCleanDataDirectory(false)
                    // The library's default is off; a shop's sales must survive a power cut.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("timezone", java.util.TimeZone.getDefault().getID())
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            String database = activeDatabase(directory);
            ensureDatabase(pg, database);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("Built-in database {} started on port {} in {} ms", database, pg.getPort(), took.toMillis());
            return new BuiltInDatabase(pg, database, channel, lock, took);
        } catch (IOException | RuntimeException | SQLException e) {
            releaseQuietly(lock);
            closeQuietly(channel);
            throw new StartFailedException(Reason.SERVER, Failures.rootMessage(e), e);
        }
    }

    /**
     * A ShopDesk that was killed leaves its server running with no one to stop it; we hold the
     * lock now, so a live postmaster of this data directory is such an orphan: stop it cleanly.
     */
    private static void stopOrphanedServer(Path data) throws IOException {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        } catch (RuntimeException e) {
            return;
        }
        java.util.Optional<ProcessHandle> orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (orphan.isPresent()) {
            LOG.warn("Stopping the built-in database left running by an earlier ShopDesk (pid {})", pid);
            orphan.get().destroy();
            try {
                orphan.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new IOException("an earlier built-in database server (pid " + pid + ") does not stop", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
        }
    }

    private static void ensureDatabase(EmbeddedPostgres pg, String database) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    /**
     * The database of the built-in server ShopDesk works in: {@value #DATABASE}, or the one a
     * restore switched to (restores go into a new database beside the old one, which is kept).
     */
    static String activeDatabase(Path directory) {
        Path file = directory.resolve(ACTIVE_FILE);
        try {
            if (Files.isRegularFile(file)) {
                String name = Files.readString(file).strip();
                if (name.matches("[a-z_][a-z0-9_]{0,62}")) {
                    return name;
                }
                LOG.warn("Ignoring {}: not a database name", file);
            }
        } catch (IOException e) {
            LOG.warn("Cannot read {}", file, e);
        }
        return DATABASE;
    }

    /** Makes the next start of the built-in database work in {@code database}. */
    static void useDatabase(Path directory, String database) throws IOException {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a database name: " + database);
        }
        Files.createDirectories(directory);
        Path tmp = directory.resolve(ACTIVE_FILE + ".tmp");
        Files.writeString(tmp, database + "\n");
        Files.move(tmp, directory.resolve(ACTIVE_FILE), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", database);
    }

    public String user() {
        return "postgres";
    }

    public int port() {
        return postgres.getPort();
    }

    public Duration startTime() {
        return startTime;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                LOG.debug("JVM already shutting down", e);
            }
        }
        try {
            postgres.close();
            LOG.info("Built-in database stopped");
        } catch (IOException e) {
            LOG.warn("Built-in database did not stop cleanly", e);
        } finally {
            releaseQuietly(lock);
            closeQuietly(lockChannel);
        }
    }

    private static void releaseQuietly(FileLock lock) {
        try {
            if (lock != null) {
                lock.release();
            }
        } catch (IOException e) {
            LOG.debug("lock release", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            LOG.debug("lock close", e);
        }
    }

    public enum Reason { ALREADY_RUNNING, DIRECTORY, SERVER }

    /** The built-in database could not start; {@link #reason()} says which way it failed. */
    public static final class StartFailedException extends RuntimeException {
        private final Reason reason;

        public StartFailedException(Reason reason, String message, Throwable cause) {
            super(message, cause);
            this.reason = reason;
        }

        public Reason reason() {
            return reason;
        }
    }
}
