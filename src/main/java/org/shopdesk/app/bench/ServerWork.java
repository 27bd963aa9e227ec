package org.shopdesk.app.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * What the server did during a run, read from its own counters before and after: WAL records and
 * bytes (pg_stat_wal, the whole server) and buffers read or found in memory (pg_stat_database,
 * this database). Per transaction they say why one kind of transaction costs more than another,
 * whatever the machine's speed: the sale against TPC-B. A backend sends its counters when it goes
 * idle (at most once a second) or ends, so read them after the clients have stopped.
 */
record ServerWork(long walRecords, long walBytes, long buffers) {
    /** A backend sends its statistics at most once a second while busy, and when it ends. */
    private static final long COUNTERS_SENT_MS = 1_500;

    /** Waits until clients that just stopped have sent their counters; read them after this. */
    static void awaitCountersOfStoppedClients() throws InterruptedException {
        Thread.sleep(COUNTERS_SENT_MS);
    }

    /** The counters now, or null where the server does not keep them (before PostgreSQL 14). */
    static ServerWork read(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT pg_stat_clear_snapshot()");
            try (ResultSet rs = st.executeQuery("""
                    SELECT w.wal_records, w.wal_bytes::bigint, d.blks_hit + d.blks_read
                      FROM pg_stat_wal w, pg_stat_database d WHERE d.datname = current_database()""")) {
                return rs.next() ? new ServerWork(rs.getLong(1), rs.getLong(2), rs.getLong(3)) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    /** "; per sale 85.8 WAL records (14.8 KB), 366 buffers" between the two readings; empty if either is unknown. */
    static String perTransaction(ServerWork before, ServerWork after, long transactions, String what) {
        if (before == null || after == null || transactions <= 0) {
            return "";
        }
        double n = transactions;
        return String.format(Locale.ROOT, "; per %s %.1f WAL records (%.1f KB), %.0f buffers", what,
                (after.walRecords - before.walRecords) / n, (after.walBytes - before.walBytes) / n / 1024,
                (after.buffers - before.buffers) / n);
    }
}
