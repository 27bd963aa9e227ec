package org.shopdesk.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Shared plumbing of the ops tests: where the scripts are, running them, connecting. */
public final class OpsSupport {

    /** The shared development server the backup tests use. */
    static final String MAIN_HOST = "127.0.0.1";
    static final int MAIN_PORT = Integer.getInteger("shopdesk.ops.pgport", 5432);
    static final String SUPERUSER = System.getProperty("shopdesk.ops.pguser", "postgres");

    private OpsSupport() {
    }

    /** The project directory (surefire runs tests there). */
    static Path projectDir() {
        Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
        if (!Files.isDirectory(dir.resolve("installer/server"))) {
            throw new IllegalStateException("installer/server not found under " + dir
                    + ": run the tests from the project directory");
        }
        return dir;
    }

    static Path serverScript(String name) {
        Path script = projectDir().resolve("installer/server").resolve(name);
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("script missing: " + script);
        }
        return script;
    }

    /** Directory of the PostgreSQL server binaries; fails (never skips) if they are missing. */
    static Path pgBinDir() {
        String configured = System.getProperty("shopdesk.ops.pgbindir", System.getenv("PG_BINDIR"));
        Path dir = Path.of(configured != null && !configured.isBlank() ? configured : "/usr/lib/postgresql/15/bin");
        for (String tool : List.of("initdb", "pg_ctl", "pg_basebackup", "postgres", "psql", "pg_dump", "pg_restore")) {
            if (!Files.isExecutable(dir.resolve(tool))) {
                throw new IllegalStateException("PostgreSQL binary " + dir.resolve(tool) + " is missing: install "
                        + "postgresql-15 (apt-get install postgresql-15) or point -Dshopdesk.ops.pgbindir / PG_BINDIR "
                        + "at the directory holding initdb, pg_ctl, pg_basebackup");
            }
        }
        return dir;
    }

    static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** Result of a finished process. */
    public record Result(int exitCode, String stdout, String stderr, Duration elapsed) {
        public String both() {
            return "exit " + exitCode + "\n--- stdout\n" + stdout + "\n--- stderr\n" + stderr;
        }
    }

    /** Runs a command with extra environment; output goes to files, so nothing can block on a pipe. */
    static Result run(List<String> command, Map<String, String> env, Duration timeout) {
        Path out = null;
        Path err = null;
        try {
            out = Files.createTempFile("ops-out", ".txt");
            err = Files.createTempFile("ops-err", ".txt");
            ProcessBuilder pb = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            pb.environment().putAll(env);
            long start = System.nanoTime();
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                p.waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("timed out after " + timeout + ": " + command + "\n"
                        + Files.readString(out) + "\n" + Files.readString(err));
            }
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), elapsed);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted: " + command, e);
        } finally {
            deleteQuietly(out);
            deleteQuietly(err);
        }
    }

    static Result run(List<String> command, Map<String, String> env) {
        return run(command, env, Duration.ofMinutes(2));
    }

    /** Runs psql against the main server; fails the test if psql fails. */
    static Result psql(String database, String... args) {
        List<String> cmd = new ArrayList<>(List.of(pgBinDir().resolve("psql").toString(), "-X", "-q",
                "-v", "ON_ERROR_STOP=1", "-h", MAIN_HOST, "-p", String.valueOf(MAIN_PORT), "-U", SUPERUSER,
                "-d", database));
        cmd.addAll(List.of(args));
        Result r = run(cmd, Map.of());
        if (r.exitCode() != 0) {
            throw new AssertionError("psql failed: " + r.both());
        }
        return r;
    }

    static Connection connect(String host, int port, String database) throws SQLException {
        return connect("jdbc:postgresql://" + host + ":" + port + "/" + database);
    }

    static Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", SUPERUSER);
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(url, props);
    }

    /** A unique, valid database name. */
    static String uniqueName(String prefix) {
        return prefix + "_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime() & 0xffffffL);
    }

    /** Makes a directory owned by the postgres OS user (when running as root), for server data. */
    static void chownToPostgres(Path dir) throws IOException {
        if (!runningAsRoot()) {
            return;
        }
        UserPrincipalLookupService lookup = dir.getFileSystem().getUserPrincipalLookupService();
        Files.setOwner(dir, lookup.lookupPrincipalByName("postgres"));
        Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class)
                .setGroup(lookup.lookupPrincipalByGroupName("postgres"));
    }

    static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(OpsSupport::deleteQuietly);
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            System.err.println("could not delete " + p + ": " + e);
        }
    }
}
