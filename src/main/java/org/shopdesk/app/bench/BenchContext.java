package org.shopdesk.app.bench;

import java.nio.file.Path;
import org.shopdesk.app.Backend;

/**
 * What scenarios run against: ShopDesk connected to the database, the same database for plain
 * JDBC baselines (with the same password, from $SHOPDESK_DB_PASSWORD, or none: then ~/.pgpass),
 * and the knobs of the run.
 *
 * @param pgbenchScale    TPC-B scale of the ceiling measurement (10 as in the targets)
 * @param ceilingSeconds  seconds per ceiling measurement
 * @param allowPgbench    false forces the JDBC loop even where pgbench is installed
 */
public record BenchContext(Backend backend, PlainJdbc jdbc, String url, String user, String password, Path workDir,
                           int pgbenchScale, int ceilingSeconds, boolean allowPgbench, int startRounds) {
    /** Never the password. */
    @Override
    public String toString() {
        return "BenchContext[" + org.shopdesk.app.ConnectionTarget.redact(url) + " user " + user + "]";
    }
}
