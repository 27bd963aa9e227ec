package org.shopdesk.service.system;

import org.shopdesk.data.DatabaseHealth;

/** The connection itself: where it goes and whether the database is still there. */
public final class SystemService {
    private final DatabaseHealth health;
    private final ConnectionInfo info;

    public SystemService(DatabaseHealth health, ConnectionInfo info) {
        this.health = health;
        this.info = info;
    }

    public ConnectionInfo info() {
        return info;
    }

    public boolean reachable() {
        return health.reachable();
    }
}
