package org.shopdesk.ui.shell;

/** How the connection dialog tries a server, without knowing how the application connects. */
public interface Connector {

    /** A server as the dialog's fields describe it. */
    record ServerAddress(String host, int port, String database, String user, String password) {
    }

    /** Connects and disconnects at once; returns the server's version or throws {@link Refused}. */
    String test(ServerAddress address);

    /** The server could not be used; {@code reasonKey} is a message key saying why. */
    final class Refused extends RuntimeException {
        private final String reasonKey;

        public Refused(String reasonKey, String detail, Throwable cause) {
            super(detail, cause);
            this.reasonKey = reasonKey;
        }

        public String reasonKey() {
            return reasonKey;
        }
    }
}
