package org.shopdesk.ui.shell;

/** How the connection dialog tries a server, without knowing how the application connects. */
public interface Connector {
    /** A host name, an IPv4 address, or an IPv6 address (two colons at least; with or without brackets). */
    java.util.regex.Pattern HOST = java.util.regex.Pattern.compile(
            "[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?|\\[?(?=[0-9A-Fa-f.]*:[0-9A-Fa-f.]*:)[0-9A-Fa-f:.]+]?");

    /** Whether {@code host} can stand in a URL as it is: nothing that would end the host part or add to it. */
    static boolean validHost(String host) {
        return host != null && HOST.matcher(host).matches();
    }

    /** A server as the dialog's fields describe it. */
    record ServerAddress(String host, int port, String database, String user, String password) {
        /** Never the password. */
        @Override
        public String toString() {
            return "ServerAddress[" + host + ":" + port + "/" + database + " user " + user
                    + (password == null || password.isEmpty() ? "" : " password ***") + "]";
        }
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
