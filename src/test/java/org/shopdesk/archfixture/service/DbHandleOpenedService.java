package org.shopdesk.archfixture.service;

import org.shopdesk.data.Db;

/** A service that opens the data-layer handle to reach the connection itself: ArchitectureTest must refuse it. */
public final class DbHandleOpenedService {
    public boolean hasConnection(Db db) {
        return db.connection() != null;
    }
}
