package org.shopdesk.data.generate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What pg_restore does for a bulk load, inside the load's own transaction: the foreign keys and
 * the plain (non-unique) indexes of the big tables are set aside while millions of rows arrive,
 * then rebuilt from their own definitions as read from the catalog, so a later migration's
 * change is honoured. Re-adding a foreign key validates every row in one pass instead of one
 * look-up per row; if any row broke it, the load fails and rolls back. Primary keys, unique
 * constraints, CHECKs and triggers stay in force throughout.
 */
final class DeferredChecks {
    private record Definition(String table, String name, String ddl, boolean foreignKey) {
    }

    private final Connection connection;
    private final List<Definition> definitions;

    private DeferredChecks(Connection connection, List<Definition> definitions) {
        this.connection = connection;
        this.definitions = definitions;
    }

    static DeferredChecks setAside(Connection connection, List<String> tables) throws SQLException {
        List<Definition> found = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
                  FROM pg_constraint c
                 WHERE c.contype = 'f' AND c.conrelid::regclass::text = ANY (?)
                 ORDER BY 1, 2""")) {
            ps.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3), true));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("""
                SELECT i.indrelid::regclass::text, i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
                  FROM pg_index i
                 WHERE i.indrelid::regclass::text = ANY (?) AND NOT i.indisunique AND NOT i.indisprimary
                   AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)
                 ORDER BY 1, 2""")) {
            ps.setArray(1, connection.createArrayOf("text", tables.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new Definition(rs.getString(1), rs.getString(2), rs.getString(3), false));
                }
            }
        }
        try (Statement s = connection.createStatement()) {
            for (Definition d : found) {
                s.execute(d.foreignKey() ? "ALTER TABLE " + d.table() + " DROP CONSTRAINT " + d.name()
                        : "DROP INDEX " + d.name());
            }
        }
        return new DeferredChecks(connection, found);
    }

    /** Indexes first, so that validating the foreign keys can use them. */
    void restore() throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("SET LOCAL maintenance_work_mem = '256MB'");
            for (Definition d : definitions) {
                if (!d.foreignKey()) {
                    s.execute(d.ddl());
                }
            }
            for (Definition d : definitions) {
                if (d.foreignKey()) {
                    s.execute("ALTER TABLE " + d.table() + " ADD CONSTRAINT " + d.name() + " " + d.ddl());
                }
            }
        }
    }

    int count() {
        return definitions.size();
    }
}
