package org.shopdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionSettingsTest {
    @TempDir
    Path dir;

    @Test
    void commandLineBeatsEnvironmentBeatsSavedBeatsBuiltIn() throws Exception {
        ConnectionSettings settings = new ConnectionSettings(dir.resolve("connection.properties"));
        assertThat(settings.resolve(ConnectionSettings.Options.none(), Map.of()).isBuiltIn()).isTrue();

        settings.saveServer("jdbc:postgresql://saved:5432/shop", "saved_user");
        ConnectionTarget saved = settings.resolve(ConnectionSettings.Options.none(), Map.of());
        assertThat(saved.url()).isEqualTo("jdbc:postgresql://saved:5432/shop");
        assertThat(saved.user()).isEqualTo("saved_user");
        assertThat(saved.source()).isEqualTo("saved settings");

        Map<String, String> env = Map.of(ConnectionSettings.ENV_URL, "jdbc:postgresql://env:5432/shop",
                ConnectionSettings.ENV_PASSWORD, "secret");
        ConnectionTarget fromEnv = settings.resolve(ConnectionSettings.Options.none(), env);
        assertThat(fromEnv.url()).isEqualTo("jdbc:postgresql://env:5432/shop");
        assertThat(fromEnv.user()).isEqualTo("saved_user");
        assertThat(fromEnv.password()).isEqualTo("secret");

        ConnectionTarget fromCli = settings.resolve(
                new ConnectionSettings.Options("jdbc:postgresql://cli:5432/shop", "cli_user", null), env);
        assertThat(fromCli.url()).isEqualTo("jdbc:postgresql://cli:5432/shop");
        assertThat(fromCli.user()).isEqualTo("cli_user");
        assertThat(fromCli.source()).isEqualTo("command line");
    }

    @Test
    void neverWritesAPassword() throws Exception {
        ConnectionSettings settings = new ConnectionSettings(dir.resolve("connection.properties"));
        settings.saveServer("jdbc:postgresql://h:5432/shop", "clerk");
        assertThat(Files.readString(dir.resolve("connection.properties"))).doesNotContainPattern("(?im)^\\s*password");
        settings.setFlag("demoOffered", true);
        settings.useBuiltIn();
        assertThat(settings.resolve(ConnectionSettings.Options.none(), Map.of()).isBuiltIn()).isTrue();
        assertThat(settings.flag("demoOffered")).as("other settings survive a change of database").isTrue();
    }

    @Test
    void aPasswordInTheUrlIsNeverSavedAndOneSavedBeforeIsForgottenTheFileIsTheOwnersAlone() throws Exception {
        Path file = dir.resolve("config/connection.properties");
        ConnectionSettings settings = new ConnectionSettings(file);
        settings.saveServer("jdbc:postgresql://h:5432/shop_restored_1?password=s3cret&ssl=true&SSLPassword=k3y", "clerk");
        assertThat(Files.readString(file)).doesNotContain("s3cret").doesNotContain("k3y").contains("ssl\\=true");
        assertThat(settings.resolve(ConnectionSettings.Options.none(), Map.of()).url())
                .isEqualTo("jdbc:postgresql://h:5432/shop_restored_1?ssl=true");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                .isEqualTo("rwx------");

        // Written by an older ShopDesk after a restore from the window, readable by all.
        Files.writeString(file, "url=jdbc\\:postgresql\\://h\\:5432/shop?password\\=s3cret\nuser=clerk\n");
        Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        assertThat(settings.resolve(ConnectionSettings.Options.none(), Map.of()).url())
                .isEqualTo("jdbc:postgresql://h:5432/shop");
        assertThat(Files.readString(file)).doesNotContain("s3cret");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @Test
    void thePasswordIsInNoTextOfTheSettings() {
        ConnectionTarget target = ConnectionTarget.server("jdbc:postgresql://h:5432/shop?password=inurl", "clerk",
                "given", "dialog");
        assertThat(target.toString()).doesNotContain("inurl").doesNotContain("given").contains("clerk");
        assertThat(new ConnectionSettings.Options("jdbc:postgresql://h/shop?password=inurl", "clerk", "given").toString())
                .doesNotContain("inurl").doesNotContain("given");
        assertThat(new org.shopdesk.ui.shell.Connector.ServerAddress("h", 5432, "shop", "clerk", "given").toString())
                .doesNotContain("given");
        assertThat(ConnectionTarget.redact("jdbc:postgresql://h/shop?ssl=true&password=inurl"))
                .isEqualTo("jdbc:postgresql://h/shop?ssl=true&password=***");
    }

    @Test
    void theDialogsFieldsAreEncodedIntoTheUrl() {
        String url = ConnectionTarget.url("db.shop.lan", 5432, "shop?password=x&ssl=false/2 копия%");
        assertThat(url).startsWith("jdbc:postgresql://db.shop.lan:5432/").doesNotContain("?").doesNotContain("&")
                .doesNotContain(" ");
        assertThat(ConnectionTarget.databaseOf(url)).isEqualTo("shop?password=x&ssl=false/2 копия%");
        // ... and the driver reads it back the same, with no parameter added.
        java.util.Properties read = org.postgresql.Driver.parseURL(url, new java.util.Properties());
        assertThat(read.getProperty("PGDBNAME")).isEqualTo("shop?password=x&ssl=false/2 копия%");
        assertThat(read.getProperty("password")).isNull();
        assertThat(ConnectionTarget.url("::1", 5432, "shop")).isEqualTo("jdbc:postgresql://[::1]:5432/shop");
        for (String host : new String[] {"h/evil", "h?ssl=false", "h,other", "h:5433", "a:5433", "", "h h"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConnectionTarget.url(host, 5432, "shop"))
                    .as(host).isInstanceOf(IllegalArgumentException.class);
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConnectionTarget.url("h", 5432, " "))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void userDirectoriesFollowEachSystemsConvention() {
        AppDirs linux = AppDirs.from(null, "Linux", "/home/anna", Map.of());
        assertThat(linux.config()).isEqualTo(Path.of("/home/anna/.config/shopdesk"));
        assertThat(linux.builtInDatabase()).isEqualTo(Path.of("/home/anna/.local/share/shopdesk/database"));
        AppDirs xdg = AppDirs.from(null, "Linux", "/home/anna", Map.of("XDG_DATA_HOME", "/data"));
        assertThat(xdg.data()).isEqualTo(Path.of("/data/shopdesk"));
        AppDirs windows = AppDirs.from(null, "Windows 11", "C:\\Users\\anna",
                Map.of("APPDATA", "R", "LOCALAPPDATA", "L"));
        assertThat(windows.config()).isEqualTo(Path.of("R", "ShopDesk"));
        assertThat(windows.data()).isEqualTo(Path.of("L", "ShopDesk"));
        assertThat(AppDirs.from("/tmp/x", "Linux", "/home/anna", Map.of()).logs()).isEqualTo(Path.of("/tmp/x/data/logs"));
    }

    @Test
    void readsHostsAndDatabaseOfAUrl() {
        String url = "jdbc:postgresql://h1:5432,h2:5433/shop?targetServerType=primary";
        assertThat(ConnectionTarget.hostsOf(url)).isEqualTo("h1:5432,h2:5433");
        assertThat(ConnectionTarget.databaseOf(url)).isEqualTo("shop");
        assertThat(ConnectionTarget.url("db.local", 5432, "shop")).isEqualTo("jdbc:postgresql://db.local:5432/shop");
    }
}
