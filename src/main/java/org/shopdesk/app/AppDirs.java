package org.shopdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where ShopDesk keeps its files on this computer: settings in the user's config directory;
 * the built-in database, backups and logs in the user's data directory. The system property
 * {@code shopdesk.home} puts everything under one folder instead (tests, portable installs).
 */
public record AppDirs(Path config, Path data) {

    public static AppDirs forUser() {
        return from(System.getProperty("shopdesk.home"), System.getProperty("os.name", ""),
                System.getProperty("user.home"), System.getenv());
    }

    static AppDirs from(String home, String osName, String userHome, Map<String, String> env) {
        if (home != null && !home.isBlank()) {
            Path root = Path.of(home);
            return new AppDirs(root.resolve("config"), root.resolve("data"));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        Path user = Path.of(userHome);
        if (os.contains("win")) {
            Path roaming = Path.of(env.getOrDefault("APPDATA", user.resolve("AppData/Roaming").toString()));
            Path local = Path.of(env.getOrDefault("LOCALAPPDATA", user.resolve("AppData/Local").toString()));
            return new AppDirs(roaming.resolve("ShopDesk"), local.resolve("ShopDesk"));
        }
        if (os.contains("mac")) {
            Path support = user.resolve("Library/Application Support/ShopDesk");
            return new AppDirs(support, support);
        }
        String xdgConfig = env.get("XDG_CONFIG_HOME");
        String xdgData = env.get("XDG_DATA_HOME");
        Path config = xdgConfig != null && !xdgConfig.isBlank() ? Path.of(xdgConfig) : user.resolve(".config");
        Path data = xdgData != null && !xdgData.isBlank() ? Path.of(xdgData) : user.resolve(".local/share");
        return new AppDirs(config.resolve("shopdesk"), data.resolve("shopdesk"));
    }

    public Path logs() {
        return data.resolve("logs");
    }

    public Path builtInDatabase() {
        return data.resolve("database");
    }

    public Path backups() {
        return data.resolve("backups");
    }

    public Path settingsFile() {
        return config.resolve("connection.properties");
    }
}
