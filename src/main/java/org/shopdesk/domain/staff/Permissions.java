package org.shopdesk.domain.staff;

import java.util.Set;

/**
 * What the connected login may do, as the database says (its privileges and group membership), so
 * that the window shows only that. The database enforces it either way; this only spares the user
 * buttons that would be refused.
 *
 * @param login       the session user
 * @param role        its ShopDesk group; null for the owner, a superuser or a login in no group
 * @param owner       the login may act as the schema's owner (a superuser, the built-in database's
 *                    administrator, the migrating login): everything is allowed
 * @param readable    tables and views it may read
 * @param writable    tables it may insert into, update (any column) or delete from
 * @param insertable  tables it may insert into
 * @param manageStaff it may run the administrators' staff-login functions
 */
public record Permissions(String login, StaffRole role, boolean owner, Set<String> readable, Set<String> writable,
                          Set<String> insertable, boolean manageStaff) {

    public Permissions {
        readable = Set.copyOf(readable);
        writable = Set.copyOf(writable);
        insertable = Set.copyOf(insertable);
    }

    /** Everything: for a connection whose privileges were not read (tests of single screens). */
    public static Permissions everything(String login) {
        return new Permissions(login, null, true, Set.of(), Set.of(), Set.of(), true);
    }

    public boolean canRead(String table) {
        return owner || readable.contains(table);
    }

    public boolean canWrite(String table) {
        return owner || writable.contains(table);
    }

    public boolean canInsert(String table) {
        return owner || insertable.contains(table);
    }

    /** The audit trail is read by managers and administrators (and the owner). */
    public boolean canReadAudit() {
        return canRead("audit_trail");
    }

    /** Charts are for those who read sales figures for a living: managers, purchasing, administrators. */
    public boolean canSeeCharts() {
        return owner || role == StaffRole.MANAGER || role == StaffRole.PURCHASING || role == StaffRole.ADMINISTRATOR;
    }
}
