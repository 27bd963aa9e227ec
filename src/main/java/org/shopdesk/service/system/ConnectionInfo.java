package org.shopdesk.service.system;

/**
 * Where ShopDesk is connected, for the status bar: the built-in database, or a server's hosts and
 * database, with the user the database knows us as.
 */
public record ConnectionInfo(boolean builtIn, String hosts, String database, String user,
                             String serverVersion, String schemaVersion) {
}
