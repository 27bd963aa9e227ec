package org.shopdesk.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The one connection pool of a running ShopDesk, shared by Flyway and Hibernate. A desktop needs
 * few connections: one for the screen's work, one for a background load, one for the status check.
 */
public final class ConnectionPool {
    public static final int DESKTOP_POOL_SIZE = 4;
    /** The session settings every ShopDesk connection starts with (also the benchmark's baselines). */
    public static final String JIT_OFF = "-c jit=off";

    private ConnectionPool() {
    }

    public static HikariDataSource open(String url, String user, String password, int maxSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("shopdesk");
        config.setJdbcUrl(url);
        config.setUsername(user);
        // No password means pgjdbc reads ~/.pgpass (or the server trusts us).
        if (password != null && !password.isEmpty()) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(maxSize);
        config.setMinimumIdle(1);
        // Reads run as single statements in autocommit (no COMMIT round trip); Hibernate opens
        // a transaction for every write.
        config.setAutoCommit(true);
        // Fail fast and say so, rather than freeze a clerk's screen for half a minute.
        config.setConnectionTimeout(5_000);
        config.setValidationTimeout(2_000);
        // Idle connections are tested now and then, so one cut by a failover is dropped before a
        // clerk's save picks it up (a borrowed connection idle for over half a second is tested too).
        config.setKeepaliveTime(30_000);
        // Fail at once when the server is unreachable at start; the caller explains why.
        config.setInitializationFailTimeout(1);
        config.addDataSourceProperty("ApplicationName", "ShopDesk");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        // ShopDesk's statements answer in milliseconds to a second; compiling one with the JIT costs
        // 30-300 ms each time (the chart statements at scale 1: 830 ms with it, 590 ms without).
        config.addDataSourceProperty("options", JIT_OFF);
        config.addDataSourceProperty("connectTimeout", "5");
        if (url.contains(",")) {
            // Several hosts: after a failover the old primary must never take writes, so connect
            // to whichever is primary; and the driver, which remembers for hostRecheckSeconds
            // (default 10) that a host was a standby, must look again soon after a promotion.
            if (!url.contains("targetServerType")) {
                config.addDataSourceProperty("targetServerType", "primary");
            }
            if (!url.contains("hostRecheckSeconds")) {
                config.addDataSourceProperty("hostRecheckSeconds", "1");
            }
        }
        return new HikariDataSource(config);
    }
}
