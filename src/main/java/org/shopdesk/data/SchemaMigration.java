package org.shopdesk.data;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.shopdesk.domain.common.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to date. Flyway owns the schema; each PostgreSQL migration runs
 * in its own transaction, so a failure leaves the schema at the last whole version.
 */
public final class SchemaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    private SchemaMigration() {
    }

    /** Migrates and returns the schema version now in force. Throws {@link MigrationFailedException}. */
    public static String migrate(DataSource dataSource) {
        return migrate(dataSource, null);
    }

    /** Migrates up to {@code targetVersion} (null: the newest); a restore rebuilds the backup's version. */
    public static String migrate(DataSource dataSource, String targetVersion) {
        try {
            Flyway flyway = flyway(dataSource, targetVersion);
            MigrateResult result = flyway.migrate();
            // Nothing to apply leaves targetSchemaVersion empty: the current version is the answer then.
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : flyway.info().current().getVersion().getVersion();
            LOG.info("Schema at version {} ({} migrations applied now)", version, result.migrationsExecuted);
            return version;
        } catch (RuntimeException e) {
            throw new MigrationFailedException(Failures.rootMessage(e), e);
        }
    }

    private static Flyway flyway(DataSource dataSource, String targetVersion) {
        return Flyway.configure()
                .dataSource(dataSource)
                .target(targetVersion == null ? "latest" : targetVersion)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .load();
    }

    /** The schema could not be brought up to date; the database is left at its last whole version. */
    public static final class MigrationFailedException extends RuntimeException {
        public MigrationFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
