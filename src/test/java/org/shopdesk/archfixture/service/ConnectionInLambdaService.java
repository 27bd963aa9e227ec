package org.shopdesk.archfixture.service;

import java.sql.Connection;
import java.util.function.Function;

/**
 * A service shaped the way ArchitectureTest must refuse: the connection appears only as a lambda's
 * parameter, passed on untouched, so no call on it and no import of it is used anywhere else.
 */
public final class ConnectionInLambdaService {
    private final Function<Function<Connection, Integer>, Integer> tx;

    public ConnectionInLambdaService(Function<Function<Connection, Integer>, Integer> tx) {
        this.tx = tx;
    }

    public int count() {
        return tx.apply(c -> Helper.count(c));
    }

    /** Stands for a data-layer query that takes the connection. */
    public static final class Helper {
        static int count(Object connection) {
            return connection == null ? 0 : 1;
        }
    }
}
