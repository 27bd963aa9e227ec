package org.shopdesk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shopdesk.security.RolesEnforcedTest.refused;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.data.staff.ScramVerifier;
import org.shopdesk.testing.StaffLogins;
import org.shopdesk.testing.TestDatabase;

/** An administrator creates, disables and resets staff logins and assigns roles through SQL only it may run. */
class StaffLoginFunctionsTest {
    private static TestDatabase db;
    private static StaffLogins logins;
    private static String admin;
    private static String clerk;

    @BeforeAll
    static void shop() {
        logins = new StaffLogins();
        db = TestDatabase.create();
        admin = logins.create("shopdesk_administrator");
        clerk = logins.create("shopdesk_clerk");
    }

    @AfterAll
    static void drop() {
        db.close();
        logins.close();
    }

    @Test
    void anAdministratorCreatesAssignsDisablesAndResetsALogin() throws SQLException {
        String anna = logins.reserve();
        try (Connection c = StaffLogins.connect(db, admin)) {
            call(c, "SELECT shopdesk_create_login(?, 'shopdesk_clerk', ?)", anna, ScramVerifier.of("Secret-1".toCharArray()));
            assertThat(db.count("SELECT count(*) FROM staff_login WHERE login = '" + anna + "' AND group_role = 'shopdesk_clerk' AND enabled")).isOne();
            // The server stored the verifier as it came: no clear password ever reached it.
            assertThat(db.count("SELECT count(*) FROM pg_authid WHERE rolname = '" + anna + "' AND rolpassword LIKE 'SCRAM-SHA-256$4096:%'")).isOne();

            call(c, "SELECT shopdesk_assign_role(?, 'shopdesk_manager')", anna);
            assertThat(db.count("SELECT count(*) FROM staff_login WHERE login = '" + anna + "'")).isOne();
            assertThat(db.count("SELECT count(*) FROM staff_login WHERE login = '" + anna + "' AND group_role = 'shopdesk_manager'")).isOne();

            call(c, "SELECT shopdesk_set_login_enabled(?, false)", anna);
            assertThatThrownBy(() -> DriverManager.getConnection(db.url(), anna, "Secret-1").close())
                    .isInstanceOf(SQLException.class).satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28000"));
            call(c, "SELECT shopdesk_set_login_enabled(?, true)", anna);
            call(c, "SELECT shopdesk_reset_password(?, ?)", anna, ScramVerifier.of("Secret-2".toCharArray()));
            DriverManager.getConnection(db.url(), anna, "Secret-2").close();
        }
    }

    @Test
    void theFunctionsRefuseAClerkAClearPasswordAndRolesThatAreNotStaff() throws SQLException {
        try (Connection c = StaffLogins.connect(db, clerk)) {
            refused(c, "SELECT shopdesk_create_login('t_x_clerk_made', 'shopdesk_clerk', 'SCRAM-SHA-256$4096:AA==$AA==:AA==')", "42501");
            refused(c, "SELECT shopdesk_assign_role('" + clerk + "', 'shopdesk_administrator')", "42501");
        }
        try (Connection c = StaffLogins.connect(db, admin)) {
            refused(c, "SELECT shopdesk_create_login('t_x_clear', 'shopdesk_clerk', 'plain password')", "22023");
            refused(c, "SELECT shopdesk_create_login('t_x_owner', 'shopdesk_owner', 'SCRAM-SHA-256$4096:AA==$AA==:AA==')", "22023");
            refused(c, "SELECT shopdesk_create_login('Robert\"; DROP TABLE price; --', 'shopdesk_clerk', 'SCRAM-SHA-256$4096:AA==$AA==:AA==')", "22023");
            refused(c, "SELECT shopdesk_set_login_enabled('postgres', false)", "42704");
            refused(c, "SELECT shopdesk_reset_password('shopdesk_owner', 'SCRAM-SHA-256$4096:AA==$AA==:AA==')", "42704");
            refused(c, "SELECT shopdesk_set_login_enabled('" + admin + "', false)", "22023");
        }
        assertThat(db.count("SELECT count(*) FROM pg_roles WHERE rolname LIKE 't_x_%'")).isZero();
    }

    private static void call(Connection c, String sql, String... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setString(i + 1, args[i]);
            }
            ps.execute();
        }
    }
}
