package org.shopdesk.app;

import com.zaxxer.hikari.HikariDataSource;
import org.shopdesk.data.ConnectionPool;
import org.shopdesk.data.DatabaseHealth;
import org.shopdesk.ui.shell.Connector;

/** "Test connection": opens one connection to the server, asks its version, and closes again. */
final class ServerProbe implements Connector {

    @Override
    public String test(ServerAddress a) {
        String url = ConnectionTarget.url(a.host(), a.port(), a.database());
        try (HikariDataSource ds = ConnectionPool.open(url, a.user(), a.password(), 1)) {
            return "PostgreSQL " + new DatabaseHealth(ds).whoAndVersion()[1];
        } catch (RuntimeException e) {
            throw refused(Backend.classify(e));
        }
    }

    static Refused refused(ConnectFailedException e) {
        return new Refused("connect.reason." + e.reason().name(), e.speaksForItself() ? null : e.getMessage(), e);
    }
}
