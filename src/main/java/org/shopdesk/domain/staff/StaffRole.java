package org.shopdesk.domain.staff;

/** The ShopDesk group a staff login belongs to, as the PostgreSQL group role that grants its rights. */
public enum StaffRole {
    CLERK("shopdesk_clerk"),
    PURCHASING("shopdesk_purchasing"),
    MANAGER("shopdesk_manager"),
    ADMINISTRATOR("shopdesk_administrator");

    private final String groupRole;

    StaffRole(String groupRole) {
        this.groupRole = groupRole;
    }

    public String groupRole() {
        return groupRole;
    }

    /** The role of a group role's name; null for anything else. */
    public static StaffRole ofGroupRole(String name) {
        for (StaffRole r : values()) {
            if (r.groupRole.equals(name)) {
                return r;
            }
        }
        return null;
    }
}
