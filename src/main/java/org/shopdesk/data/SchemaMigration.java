package org.shopdesk.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.output.MigrateResult;
import org.shopdesk.domain.common.Failures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a database's schema up to date. Flyway owns the schema; each PostgreSQL migration runs
 * in its own transaction, so a failure leaves the schema at the last whole version. Flyway never
 * creates a schema (a URL's {@code currentSchema} naming one that does not exist is refused
 * before anything is written), and a first migration that fails takes Flyway's history table
 * with it, so that the database is left as blank as it was.
 */
public final class SchemaMigration {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);
    /**
     * The newest migration in {@code db/migration}; a new migration file raises it (a test holds
     * the two together). Known without Flyway's scan of the class path, so that a start on an
     * up-to-date database costs one query.
     */
    public static final String NEWEST_VERSION = "14";

    private SchemaMigration() {
    }

    /** Migrates and returns the schema version now in force. Throws {@link MigrationFailedException}. */
    public static String migrate(DataSource dataSource) {
        return migrate(dataSource, null);
    }

    /** Migrates up to {@code targetVersion} (null: the newest); a restore rebuilds the backup's version. */
    public static String migrate(DataSource dataSource, String targetVersion) {
        boolean firstMigration = requireSchema(dataSource);
        try {
            Flyway flyway = flyway(dataSource, targetVersion);
            MigrateResult result = flyway.migrate();
            // Nothing to apply leaves targetSchemaVersion empty: the current version is the answer then.
            String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                    : flyway.info().current().getVersion().getVersion();
            LOG.info("Schema at version {} ({} migrations applied now)", version, result.migrationsExecuted);
            return version;
        } catch (RuntimeException e) {
            if (firstMigration) {
                forgetEmptyHistory(dataSource);
            }
            throw new MigrationFailedException(Failures.rootMessage(e), e);
        }
    }

    /**
     * Refuses a connection whose search path names no existing schema (Flyway would create it);
     * returns whether this is the database's first migration (no history table yet).
     */
    private static boolean requireSchema(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_schema(), current_setting('search_path')")) {
            rs.next();
            if (rs.getString(1) == null) {
                throw new MigrationFailedException("no schema of the search path (" + rs.getString(2)
                        + ", from the URL's currentSchema) exists in this database; ShopDesk creates none: "
                        + "create it or leave currentSchema out of the URL", null);
            }
            return !exists(st);
        } catch (SQLException e) {
            throw new MigrationFailedException(Failures.rootMessage(e), e);
        }
    }

    /**
     * After a failed first migration the only trace left is Flyway's history table, holding no
     * successful migration: dropped, so the database is as it was. Any successful row keeps it.
     */
    private static void forgetEmptyHistory(DataSource dataSource) {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            if (exists(st)) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return;
                    }
                }
                st.execute("DROP TABLE flyway_schema_history");
                LOG.info("First migration failed: its empty history table is removed");
            }
        } catch (SQLException e) {
            LOG.warn("Cannot remove the history table of a failed first migration", e);
        }
    }

    /**
     * {@link #NEWEST_VERSION} if Flyway's history says the database is exactly there with every
     * migration successful; otherwise (no history, older, newer, a failed migration) null: then
     * only Flyway itself may decide.
     */
    public static String versionIfNewest(DataSource dataSource) {
        String sql = """
                SELECT (SELECT version FROM flyway_schema_history WHERE version IS NOT NULL
                         ORDER BY installed_rank DESC LIMIT 1),
                       bool_and(success)
                  FROM flyway_schema_history""";
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            if (!exists(st)) {
                return null;
            }
            try (ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return NEWEST_VERSION.equals(rs.getString(1)) && rs.getBoolean(2) ? NEWEST_VERSION : null;
            }
        } catch (SQLException e) {
            LOG.debug("Schema history not readable, Flyway decides: {}", e.getMessage());
            return null;
        }
    }

    private static boolean exists(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT to_regclass('flyway_schema_history') IS NOT NULL")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static Flyway flyway(DataSource dataSource, String targetVersion) {
        return Flyway.configure()
                .dataSource(dataSource)
                .target(targetVersion == null ? "latest" : targetVersion)
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                .callbacks(new AsOwner())
                .createSchemas(false)
                .load();
    }

    /**
     * Each migration runs as {@code shopdesk_owner} once V11 gave it the schema (its audit_log is
     * the owner's), so that what it creates belongs to the owner and not to whichever login
     * migrated. Before that, and for a login that may not act as the owner, nothing changes.
     * {@code SET LOCAL} inside the migration's own transaction: the role ends with it, and a pooled
     * connection never keeps it.
     */
    static final class AsOwner implements Callback {
        static final String SET_ROLE = """
                DO $$
                BEGIN
                    IF EXISTS (SELECT 1 FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner
                                WHERE c.relname = 'audit_log' AND r.rolname = 'shopdesk_owner'
                                  AND c.relnamespace = current_schema()::regnamespace)
                       AND pg_has_role('shopdesk_owner', 'MEMBER') THEN
                        SET LOCAL ROLE shopdesk_owner;
                    END IF;
                END $$""";

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.BEFORE_EACH_MIGRATE;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            try (Statement st = context.getConnection().createStatement()) {
                st.execute(SET_ROLE);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not act as shopdesk_owner: " + e.getMessage(), e);
            }
        }

        @Override
        public String getCallbackName() {
            return "shopdesk-as-owner";
        }
    }

    /** The schema could not be brought up to date; the database is left at its last whole version. */
    public static final class MigrationFailedException extends RuntimeException {
        public MigrationFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
