package org.shopdesk.data.generate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database comment datagen leaves on a database it filled, so that the benchmark's write
 * scenarios (sales) know they are not in a shop's own data. A demo shop gets no mark: it may
 * become a real one.
 */
public final class DataMark {
    public static final String PREFIX = "ShopDesk generated data";

    private DataMark() {
    }

    /** Marks the connection's database (needs its owner or a superuser). */
    public static void mark(Connection c, String detail) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN EXECUTE format('COMMENT ON DATABASE %I IS %L', current_database(), "
                    + quote(PREFIX + ": " + detail) + "); END $$");
        }
    }

    /** The mark of the connection's database, or null if it has none. */
    public static String read(Connection c) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT shobj_description(oid, 'pg_database') FROM pg_database "
                     + "WHERE datname = current_database()")) {
            String comment = rs.next() ? rs.getString(1) : null;
            return comment != null && comment.startsWith(PREFIX) ? comment : null;
        }
    }

    private static String quote(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
