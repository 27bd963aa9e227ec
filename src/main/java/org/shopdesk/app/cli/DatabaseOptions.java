package org.shopdesk.app.cli;

import org.shopdesk.app.ConnectionSettings;
import picocli.CommandLine.Option;

/** Which database to use, before or after the command name. The password comes from the environment or ~/.pgpass. */
public final class DatabaseOptions {
    @Option(names = "--db-url", paramLabel = "URL",
            description = "Server database, e.g. jdbc:postgresql://host:5432/shop "
                    + "(default: $" + ConnectionSettings.ENV_URL + ", saved settings, else the built-in database)")
    String url;

    @Option(names = "--db-user", paramLabel = "USER",
            description = "Database user (default: $" + ConnectionSettings.ENV_USER + ", saved settings, else your login). "
                    + "The password is taken from $" + ConnectionSettings.ENV_PASSWORD + " or ~/.pgpass.")
    String user;

    /** These options, or where one is not given here, the one given before the command. */
    public DatabaseOptions orElse(DatabaseOptions outer) {
        DatabaseOptions merged = new DatabaseOptions();
        merged.url = url != null ? url : outer == null ? null : outer.url;
        merged.user = user != null ? user : outer == null ? null : outer.user;
        return merged;
    }

    public ConnectionSettings.Options toOptions() {
        return new ConnectionSettings.Options(url, user, null);
    }
}
