package org.shopdesk.service.staff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.staff.ScramVerifier;
import org.shopdesk.data.staff.StaffStore;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.staff.Permissions;
import org.shopdesk.domain.staff.StaffDraft;
import org.shopdesk.domain.staff.StaffLogin;
import org.shopdesk.domain.staff.StaffRole;

/**
 * Who is connected and what they may do (read from the database), and the administrators' work
 * on staff logins: create, disable or enable, reset the password, assign a role. Passwords are
 * turned into SCRAM verifiers here, before anything reaches the data layer, and wiped.
 */
public final class StaffService {
    public static final String LOGIN = "login";
    public static final String ROLE = "role";
    public static final String PASSWORD = "password";
    public static final int MIN_PASSWORD = 8;
    /** As PostgreSQL takes it unquoted and V11's shopdesk_create_login accepts it. */
    private static final Pattern LOGIN_NAME = Pattern.compile("[a-z][a-z0-9_.-]{1,62}");

    private final Transactions tx;
    private final StaffStore store;

    public StaffService(Transactions tx, StaffStore store) {
        this.tx = tx;
        this.store = store;
    }

    public Permissions permissions() {
        return tx.query(store::permissions);
    }

    public List<StaffLogin> logins() {
        return tx.query(store::list);
    }

    /** The problems of a new login, empty when it may be created (the database checks again). */
    public static List<Problem> check(StaffDraft draft, boolean newLogin) {
        List<Problem> problems = new ArrayList<>();
        String login = draft.login() == null ? "" : draft.login().strip();
        if (login.isEmpty()) {
            problems.add(Problem.of(LOGIN, "validation.required"));
        } else if (!LOGIN_NAME.matcher(login).matches() || login.startsWith("shopdesk_") || login.startsWith("pg_")) {
            problems.add(Problem.of(LOGIN, "staff.validation.login"));
        }
        if (newLogin && draft.role() == null) {
            problems.add(Problem.of(ROLE, "validation.required"));
        }
        if (draft.password() == null || draft.password().length < MIN_PASSWORD) {
            problems.add(Problem.of(PASSWORD, "staff.validation.password", MIN_PASSWORD));
        }
        return problems;
    }

    public void create(StaffDraft draft) {
        try {
            List<Problem> problems = check(draft, true);
            if (!problems.isEmpty()) {
                throw new ValidationException(problems);
            }
            String login = draft.login().strip();
            String verifier = ScramVerifier.of(draft.password());
            tx.writeSql(db -> {
                if (store.exists(db, login)) {
                    throw new ValidationException(Problem.of(LOGIN, "staff.validation.taken", login));
                }
                store.create(db, login, draft.role(), verifier);
                return null;
            });
        } finally {
            wipe(draft.password());
        }
    }

    public void resetPassword(String login, char[] password) {
        try {
            if (password == null || password.length < MIN_PASSWORD) {
                throw new ValidationException(Problem.of(PASSWORD, "staff.validation.password", MIN_PASSWORD));
            }
            String verifier = ScramVerifier.of(password);
            tx.writeSql(db -> {
                store.resetPassword(db, login, verifier);
                return null;
            });
        } finally {
            wipe(password);
        }
    }

    public void setEnabled(String login, boolean enabled) {
        tx.writeSql(db -> {
            store.setEnabled(db, login, enabled);
            return null;
        });
    }

    public void assignRole(String login, StaffRole role) {
        if (role == null) {
            throw new ValidationException(Problem.of(ROLE, "validation.required"));
        }
        tx.writeSql(db -> {
            store.assignRole(db, login, role);
            return null;
        });
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
