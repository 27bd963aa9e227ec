package org.shopdesk.domain.staff;

/**
 * A new staff login, or a new password for one. The password is a char array so the caller can
 * wipe it; it never leaves the client (only its SCRAM verifier does) and is never logged.
 */
public record StaffDraft(String login, StaffRole role, char[] password) {
    @Override
    public String toString() {
        return "StaffDraft[login=" + login + ", role=" + role + ", password=(hidden)]";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StaffDraft d && java.util.Objects.equals(login, d.login) && role == d.role
                && java.util.Arrays.equals(password, d.password);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(login, role);
    }
}
