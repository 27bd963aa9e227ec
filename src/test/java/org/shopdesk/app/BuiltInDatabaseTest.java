package org.shopdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.shopdesk.domain.common.NamedItem;

/** The one-workstation database: starts, migrates, keeps its data across restarts, refuses a twin. */
class BuiltInDatabaseTest {
    @TempDir
    Path home;

    @Test
    void keepsDataAcrossRestartsAndRefusesASecondUser() throws Exception {
        AppDirs dirs = new AppDirs(home.resolve("config"), home.resolve("data"));
        try (Backend first = Backend.connect(ConnectionTarget.builtIn(), dirs, false)) {
            assertThat(first.system().info().builtIn()).isTrue();
            first.catalogue().createCategory("Survives restarts");

            // A second ShopDesk on the same computer is told, not allowed to start a second server.
            assertThatThrownBy(() -> Backend.connect(ConnectionTarget.builtIn(), dirs, false))
                    .isInstanceOfSatisfying(ConnectFailedException.class, e ->
                            assertThat(e.reason()).isEqualTo(ConnectFailedException.Reason.BUILT_IN_IN_USE));
            // Its superuser needs the password kept beside the data, even from this computer.
            assertThatThrownBy(() -> DriverManager.getConnection(first.builtIn().jdbcUrl(), "postgres", null))
                    .isInstanceOf(java.sql.SQLException.class);
            try (Connection c = DriverManager.getConnection(first.builtIn().jdbcUrl(), "postgres",
                    first.builtIn().password());
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SHOW synchronous_commit")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("on");
            }
        }
        try (Backend again = Backend.connect(ConnectionTarget.builtIn(), dirs, false)) {
            assertThat(again.catalogue().categories()).extracting(NamedItem::name).contains("Survives restarts");
        }
        assertThat(dirs.builtInDatabase().resolve("pgdata/PG_VERSION")).exists();
        assertThat(dirs.builtInDatabase().resolve("pg-bin")).isDirectory();
    }
}
