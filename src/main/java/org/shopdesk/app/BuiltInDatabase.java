package org.shopdesk.app;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.DriverManager;
import java.util.Base64;
import org.shopdesk.data.OwnerOnlyFiles;
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
 *
 * <p>It is the user's alone: its folder is 0700; its superuser has a random password made at the
 * first start and kept in {@value #PASSWORD_FILE} (0600) beside the data; every pg_hba line asks
 * for it (scram-sha-256); it listens on 127.0.0.1 only, with no Unix socket; its programs are
 * unpacked privately and refused if anyone else can change them. A database made by an older
 * ShopDesk (trust, a socket in /tmp, world-writable programs) is brought to this at its next start.
 */
public final class BuiltInDatabase implements AutoCloseable {
    public static final String DATABASE = "shopdesk";
    /** The superuser's password, beside the data directory. */
    public static final String PASSWORD_FILE = "superuser.password";
    private static final Logger LOG = LoggerFactory.getLogger(BuiltInDatabase.class);

    private static final String ACTIVE_FILE = "active-database";

    private final PostgresServer server;
    private final int port;
    private final String password;
    private final String database;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Duration startTime;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
    private final Thread shutdownHook = new Thread(this::close, "shopdesk-builtin-db-stop");

    private BuiltInDatabase(PostgresServer server, int port, String password, String database, FileChannel lockChannel,
                            FileLock lock, Duration startTime) {
        this.server = server;
        this.port = port;
        this.password = password;
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
            OwnerOnlyFiles.folder(directory);
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
        PostgresServer server = null;
        boolean running = false;
        try {
            Path data = directory.resolve("pgdata");
            stopOrphanedServer(data);
            Path binaries = PostgresBinaries.prepare(directory.resolve("pg-bin"));
            server = new PostgresServer(binaries, data, directory.resolve("server.log"));
            String password = ensurePassword(server, directory, data);
            int port = freePort();
            server.configure(port, java.util.TimeZone.getDefault().getID());
            server.start();
            running = true;
            String database = activeDatabase(directory);
            ensureDatabase(port, password, database);
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            LOG.info("Built-in database {} started on 127.0.0.1:{} in {} ms", database, port, took.toMillis());
            return new BuiltInDatabase(server, port, password, database, channel, lock, took);
        } catch (PostgresBinaries.UnsafeBinariesException e) {
            releaseQuietly(lock);
            closeQuietly(channel);
            throw new StartFailedException(Reason.UNSAFE, e.getMessage(), e);
        } catch (IOException | RuntimeException | SQLException e) {
            if (running) {
                stopQuietly(server);
            }
            releaseQuietly(lock);
            closeQuietly(channel);
            throw new StartFailedException(Reason.SERVER, Failures.rootMessage(e), e);
        }
    }

    /**
     * The superuser's password: made at the first start (initdb takes it from the file, so it is
     * never on a command line), or, for a database of an older ShopDesk that has none, set now
     * with the server down. The file appears under its name only once the password is in force.
     */
    private static String ensurePassword(PostgresServer server, Path directory, Path data) throws IOException {
        Path file = directory.resolve(PASSWORD_FILE);
        if (Files.isRegularFile(file) && server.initialised()) {
            OwnerOnlyFiles.restrict(file);
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!password.isEmpty()) {
                return password;
            }
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Path pending = directory.resolve(PASSWORD_FILE + ".new");
        OwnerOnlyFiles.write(pending, (password + "\n").getBytes(StandardCharsets.UTF_8));
        if (server.initialised()) {
            LOG.info("Built-in database of an earlier ShopDesk: giving its superuser a password");
            server.setPassword(password);
        } else {
            if (Files.isDirectory(data)) {
                try (java.util.stream.Stream<Path> entries = Files.list(data)) {
                    if (entries.findAny().isPresent()) {
                        // Never initdb over files that may be someone's data: say so instead.
                        throw new IOException(data + " holds files but no PostgreSQL database (no PG_VERSION); "
                                + "move it away to start with a new built-in database");
                    }
                }
            }
            server.initdb(pending);
        }
        Files.move(pending, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        return password;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
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

    private static void ensureDatabase(int port, String password, String database) throws SQLException {
        try (Connection c = DriverManager.getConnection(url(port, "postgres"), PostgresServer.SUPERUSER, password);
             Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            s.execute("CREATE DATABASE " + database + " ENCODING 'UTF8' TEMPLATE template0");
        }
    }

    private static String url(int port, String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
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
        return url(port, database);
    }

    public String user() {
        return PostgresServer.SUPERUSER;
    }

    /** The superuser's password, for the pool, Flyway, backups and restores of this ShopDesk only. */
    public String password() {
        return password;
    }

    public int port() {
        return port;
    }

    @Override
    public String toString() {
        return "BuiltInDatabase[" + database + " on 127.0.0.1:" + port + "]";
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
            server.stop();
            LOG.info("Built-in database stopped");
        } catch (IOException e) {
            LOG.warn("Built-in database did not stop cleanly", e);
        } finally {
            releaseQuietly(lock);
            closeQuietly(lockChannel);
        }
    }

    private static void stopQuietly(PostgresServer server) {
        try {
            server.stop();
        } catch (IOException e) {
            LOG.warn("Built-in database did not stop after a failed start", e);
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

    /** ALREADY_RUNNING: another ShopDesk uses it; UNSAFE: its programs could be changed by another user. */
    public enum Reason { ALREADY_RUNNING, DIRECTORY, SERVER, UNSAFE }

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
