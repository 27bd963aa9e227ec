package org.shopdesk.data.staff;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.shopdesk.data.Db;
import org.shopdesk.data.SqlQuery;
import org.shopdesk.domain.staff.Permissions;
import org.shopdesk.domain.staff.StaffLogin;
import org.shopdesk.domain.staff.StaffRole;

/**
 * Staff logins and what the connected one may do, from PostgreSQL itself: its privileges
 * ({@code has_table_privilege}, {@code has_any_column_privilege}) and its groups
 * ({@code pg_has_role}). Logins are changed only through the administrators' SECURITY DEFINER
 * functions of V11, which get a SCRAM verifier, never a password.
 */
public final class StaffStore {

    public Permissions permissions(Db db) throws SQLException {
        Connection c = db.connection();
        String login;
        boolean owner;
        StaffRole role = null;
        boolean manageStaff;
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT session_user,
                       coalesce(pg_has_role('shopdesk_owner', 'MEMBER'), false),
                       (SELECT g FROM unnest(ARRAY['shopdesk_administrator', 'shopdesk_manager', 'shopdesk_purchasing',
                                                   'shopdesk_clerk']) WITH ORDINALITY AS u(g, n)
                         WHERE pg_has_role(session_user, g, 'MEMBER') ORDER BY n LIMIT 1),
                       has_function_privilege('shopdesk_create_login(text, text, text)', 'EXECUTE')
                """); ResultSet rs = ps.executeQuery()) {
            rs.next();
            login = rs.getString(1);
            owner = rs.getBoolean(2);
            role = owner ? null : StaffRole.ofGroupRole(rs.getString(3));
            manageStaff = rs.getBoolean(4) && (owner || role == StaffRole.ADMINISTRATOR);
        }
        Set<String> readable = new HashSet<>();
        Set<String> writable = new HashSet<>();
        Set<String> insertable = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT c.relname, has_table_privilege(c.oid, 'SELECT'), has_table_privilege(c.oid, 'INSERT'),
                       has_table_privilege(c.oid, 'DELETE') OR has_any_column_privilege(c.oid, 'UPDATE')
                  FROM pg_class c
                 WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind IN ('r', 'p', 'v')
                """); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                String table = rs.getString(1);
                if (rs.getBoolean(2)) {
                    readable.add(table);
                }
                if (rs.getBoolean(3)) {
                    insertable.add(table);
                    writable.add(table);
                }
                if (rs.getBoolean(4)) {
                    writable.add(table);
                }
            }
        }
        return new Permissions(login, role, owner, readable, writable, insertable, manageStaff);
    }

    public List<StaffLogin> list(Db db) throws SQLException {
        return new SqlQuery().append("SELECT login, group_role, enabled FROM staff_login ORDER BY login, group_role")
                .list(db.connection(), rs -> new StaffLogin(rs.getString(1), StaffRole.ofGroupRole(rs.getString(2)),
                        rs.getBoolean(3)));
    }

    public boolean exists(Db db, String login) throws SQLException {
        return new SqlQuery().append("SELECT count(*) FROM pg_roles WHERE rolname = ?", login).count(db.connection()) > 0;
    }

    /** Creates the login with the verifier of its password (see {@link ScramVerifier}). */
    public void create(Db db, String login, StaffRole role, String verifier) throws SQLException {
        call(db, "SELECT shopdesk_create_login(?, ?, ?)", login, role.groupRole(), verifier);
    }

    public void setEnabled(Db db, String login, boolean enabled) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT shopdesk_set_login_enabled(?, ?)")) {
            ps.setString(1, login);
            ps.setBoolean(2, enabled);
            ps.execute();
        }
    }

    public void resetPassword(Db db, String login, String verifier) throws SQLException {
        call(db, "SELECT shopdesk_reset_password(?, ?)", login, verifier);
    }

    public void assignRole(Db db, String login, StaffRole role) throws SQLException {
        call(db, "SELECT shopdesk_assign_role(?, ?)", login, role.groupRole());
    }

    private static void call(Db db, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.execute();
        }
    }
}
