package org.shopdesk.ui.staff;

import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.staff.StaffDraft;
import org.shopdesk.domain.staff.StaffLogin;
import org.shopdesk.domain.staff.StaffRole;
import org.shopdesk.service.staff.StaffService;
import org.shopdesk.ui.kit.UiContext;

/**
 * The Administrator screen: the staff logins of the server and what an administrator does with
 * them. A password is typed once, sent as a verifier only, and the field emptied after each use.
 */
public final class StaffViewModel {
    private final StaffService staff;
    private final UiContext ui;
    private final ObservableList<StaffLogin> logins = FXCollections.observableArrayList();
    private final ObjectProperty<StaffLogin> selected = new SimpleObjectProperty<>();
    private final StringProperty login = new SimpleStringProperty("");
    private final ObjectProperty<StaffRole> role = new SimpleObjectProperty<>(StaffRole.CLERK);
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper loginProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper passwordProblem = new ReadOnlyStringWrapper("");

    public StaffViewModel(StaffService staff, UiContext ui) {
        this.staff = staff;
        this.ui = ui;
        selected.subscribe(s -> {
            if (s != null) {
                login.set(s.login());
                role.set(s.role());
            }
        });
    }

    public void load() {
        ui.tasks().call(staff::logins).onSuccess(list -> {
            String keep = selected.get() == null ? login.get() : selected.get().login();
            logins.setAll(list);
            selected.set(list.stream().filter(l -> l.login().equals(keep)).findFirst().orElse(null));
        }).start();
    }

    /** A new login with the role and password in the form. */
    public void create() {
        char[] secret = takePassword();
        StaffDraft draft = new StaffDraft(login.get(), role.get(), secret);
        run(() -> staff.create(draft), "staff.done.created", login.get().strip());
    }

    public void resetPassword() {
        StaffLogin s = selected.get();
        char[] secret = takePassword();
        if (s != null) {
            run(() -> staff.resetPassword(s.login(), secret), "staff.done.reset", s.login());
        }
    }

    public void toggleEnabled() {
        StaffLogin s = selected.get();
        if (s != null) {
            run(() -> staff.setEnabled(s.login(), !s.enabled()), s.enabled() ? "staff.done.disabled" : "staff.done.enabled",
                    s.login());
        }
    }

    public void assignRole() {
        StaffLogin s = selected.get();
        StaffRole r = role.get();
        if (s != null) {
            run(() -> staff.assignRole(s.login(), r), "staff.done.assigned", s.login());
        }
    }

    /** The typed password as an array the service wipes; the field is emptied at once. */
    private char[] takePassword() {
        char[] secret = password.get().toCharArray();
        password.set("");
        return secret;
    }

    private void run(Runnable work, String doneKey, String who) {
        message.set("");
        loginProblem.set("");
        passwordProblem.set("");
        ui.tasks().run(work).onSuccess(v -> {
            message.set(ui.messages().get(doneKey, who));
            load();
        }).onError(e -> {
            if (e instanceof ValidationException v) {
                v.problems().forEach(p -> {
                    String text = ui.messages().problem(p);
                    switch (p.field()) {
                        case StaffService.LOGIN -> loginProblem.set(text);
                        case StaffService.PASSWORD -> passwordProblem.set(text);
                        default -> message.set(text);
                    }
                });
            } else {
                message.set(ui.errors().describe(e));
            }
        }).start();
    }

    public ObservableList<StaffLogin> logins() {
        return logins;
    }

    public ObjectProperty<StaffLogin> selectedProperty() {
        return selected;
    }

    public StringProperty loginProperty() {
        return login;
    }

    public ObjectProperty<StaffRole> roleProperty() {
        return role;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty loginProblemProperty() {
        return loginProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty passwordProblemProperty() {
        return passwordProblem.getReadOnlyProperty();
    }

    /** Nothing to change until a login is chosen in the list. */
    public BooleanBinding noneSelected() {
        return selected.isNull();
    }

    /** "Disable" for an enabled login, "Enable" for a disabled one. */
    public javafx.beans.binding.StringBinding toggleText() {
        return Bindings.createStringBinding(() -> ui.messages().get(
                selected.get() != null && !selected.get().enabled() ? "staff.enable" : "staff.disable"), selected);
    }
}
