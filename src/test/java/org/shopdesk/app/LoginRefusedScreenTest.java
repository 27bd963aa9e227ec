package org.shopdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.StaffLogins;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.shell.ConnectionDialogController;
import org.shopdesk.ui.shell.ConnectionViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** A disabled login or a wrong password is told in one plain sentence: no server text, no stack trace. */
@ExtendWith(ApplicationExtension.class)
class LoginRefusedScreenTest {
    static TestDatabase db;
    static StaffLogins logins;
    static String disabled;
    Stage stage;

    @BeforeAll
    static void shop() {
        logins = new StaffLogins();
        db = TestDatabase.create();
        disabled = logins.create("shopdesk_clerk");
        TestDatabase.admin("ALTER ROLE " + disabled + " NOLOGIN");
    }

    @AfterAll
    static void drop() {
        db.close();
        logins.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void aDisabledLoginIsRefusedAsDisabled() {
        assertThatThrownBy(() -> Backend.connect(ConnectionTarget.server(db.url(), disabled, StaffLogins.PASSWORD, "test"),
                TestDatabase.testDirs(), false))
                .isInstanceOfSatisfying(ConnectFailedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(ConnectFailedException.Reason.LOGIN_DISABLED);
                    assertThat(e.speaksForItself()).isTrue();
                });
    }

    @Test
    void aWrongPasswordIsAnAuthenticationFailure() {
        // This test server trusts local logins, so the server's refusal is built as PostgreSQL sends it.
        PSQLException wrong = new PSQLException(new ServerErrorMessage(
                "SFATAL\0VFATAL\0C28P01\0Mpassword authentication failed for user \"anna\"\0Rauth_failed\0"));
        ConnectFailedException e = Backend.classify(new RuntimeException(wrong));
        assertThat(e.reason()).isEqualTo(ConnectFailedException.Reason.AUTHENTICATION);
        assertThat(e.speaksForItself()).isTrue();
        assertThat(ServerProbe.refused(e).getMessage()).isNull();
    }

    @Test
    void theConnectionDialogSaysItInOneSentenceInEnglish(FxRobot robot) {
        dialogSays(robot, Locale.ENGLISH, "This login is disabled. Ask an administrator to enable it.", "staff-login-disabled-en");
    }

    @Test
    void theConnectionDialogSaysItInOneSentenceInRussian(FxRobot robot) {
        dialogSays(robot, new Locale("ru"), "Этот логин отключён. Попросите администратора включить его.", "staff-login-disabled-ru");
    }

    private void dialogSays(FxRobot robot, Locale locale, String sentence, String snapshot) {
        ScreenFixture fx = new ScreenFixture(locale);
        ConnectionViewModel vm = new ConnectionViewModel(new ServerProbe(), fx.tasks, fx.messages);
        vm.fillFrom(db.url(), disabled);
        vm.passwordProperty().set(StaffLogins.PASSWORD);
        Scene[] scene = new Scene[1];
        robot.interact(() -> scene[0] = fx.show(stage,
                fx.views.load(ConnectionDialogController.class, new ConnectionDialogController(vm)).root()));
        robot.interact(() -> robot.lookup(n -> n instanceof Button).queryAllAs(Button.class).stream()
                .filter(b -> b.getOnAction() != null).findFirst().orElseThrow().fire());
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                    () -> robot.lookup(".connection-result").queryAs(Labeled.class).getText().equals(sentence));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(e);
        }
        assertThat(robot.lookup(".connection-result").queryAs(Labeled.class).getText()).isEqualTo(sentence);
        Snapshots.save(scene[0], snapshot);
    }
}
