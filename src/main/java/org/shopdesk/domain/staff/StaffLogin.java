package org.shopdesk.domain.staff;

/** A staff member's PostgreSQL login: its name, its group, and whether it may log in. */
public record StaffLogin(String login, StaffRole role, boolean enabled) {
}
