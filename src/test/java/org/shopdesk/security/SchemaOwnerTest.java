package org.shopdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.shopdesk.data.ConnectionPool;
import org.shopdesk.data.SchemaMigration;
import org.shopdesk.testing.TestDatabase;

/**
 * A shop's server where the tables belong to the login that migrated them (no superuser, only
 * CREATEROLE): V11 hands every object to shopdesk_owner, keeps that login able to migrate as the
 * owner's member, and the schema is then the owner's alone.
 */
class SchemaOwnerTest {

    @Test
    void aNonSuperuserMigratorHandsTheSchemaToTheOwner() throws java.sql.SQLException {
        String migrator = "t_mig_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String database = "shopdesk_o_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        TestDatabase.admin("CREATE ROLE " + migrator + " LOGIN CREATEROLE PASSWORD 'x'");
        try {
            TestDatabase.admin("CREATE DATABASE " + database + " OWNER " + migrator);
            String url = TestDatabase.ADMIN_URL.substring(0, TestDatabase.ADMIN_URL.lastIndexOf('/') + 1) + database;
            try (HikariDataSource ds = ConnectionPool.open(url, migrator, "x", 2)) {
                assertThat(SchemaMigration.migrate(ds)).isEqualTo(SchemaMigration.NEWEST_VERSION);
                try (var c = ds.getConnection(); var s = c.createStatement()) {
                    var rs = s.executeQuery("""
                            SELECT count(*) FILTER (WHERE pg_get_userbyid(relowner) <> 'shopdesk_owner'
                                                      AND relname <> 'flyway_schema_history'),
                                   count(*) FILTER (WHERE relname = 'flyway_schema_history'),
                                   pg_has_role(current_user, 'shopdesk_owner', 'MEMBER'),
                                   (SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = 'public'),
                                   (SELECT count(*) FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace
                                     AND pg_get_userbyid(p.proowner) <> 'shopdesk_owner'
                                     AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e'))
                              FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'v', 'S')
                                AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = pg_class.oid AND d.deptype IN ('i', 'a'))""");
                    rs.next();
                    assertThat(rs.getLong(1)).as("tables, views and sequences not the owner's").isZero();
                    assertThat(rs.getLong(2)).isOne();
                    assertThat(rs.getBoolean(3)).as("the migrator may act as the owner").isTrue();
                    assertThat(rs.getString(4)).isEqualTo("shopdesk_owner");
                    assertThat(rs.getLong(5)).as("functions not the owner's").isZero();
                }
                // Migrating again (the next start) is a no-op that still works as that login.
                assertThat(SchemaMigration.migrate(ds)).isEqualTo(SchemaMigration.NEWEST_VERSION);
            }
        } finally {
            TestDatabase.admin("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
            TestDatabase.admin("REVOKE shopdesk_owner FROM " + migrator);
            TestDatabase.admin("DROP ROLE IF EXISTS " + migrator);
        }
    }
}
