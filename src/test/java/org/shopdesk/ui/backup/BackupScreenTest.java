package org.shopdesk.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.shopdesk.data.backup.BackupStore;
import org.shopdesk.data.backup.Databases;
import org.shopdesk.service.backup.BackupSchedule;
import org.shopdesk.service.backup.BackupService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.common.ViewLoader;
import org.shopdesk.ui.shell.MainWindowController;
import org.shopdesk.ui.shell.ShellViewModel;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The backup window after a backup and after a refused restore, in both languages, as pictures. */
@ExtendWith(ApplicationExtension.class)
class BackupScreenTest {
    static TestDatabase db;
    Stage stage;

    @TempDir
    Path dir;

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        db.backend().catalogue().createCategory("Tools");
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void backupAndRefusedRestoreInEnglishAndRussian(FxRobot robot) throws Exception {
        Path bogus = Files.writeString(dir.resolve("holiday.zip"), "photos");
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("ru")}) {
            String lang = locale.getLanguage();
            ScreenFixture fx = new ScreenFixture(locale);
            BackupViewModel vm = viewModel(fx);
            // At the window's own size (as in its dialog), so a clipped or unwrapped text shows.
            Scene scene = WaitForAsyncUtils.asyncFx(() -> {
                fx.show(stage, new StackPane());
                Scene s = new Scene(new StackPane(fx.views.load(BackupController.class, new BackupController(vm)).root()));
                s.getStylesheets().add(org.shopdesk.ui.common.Styles.STYLESHEET);
                stage.setScene(s);
                stage.sizeToScene();
                return s;
            }).get();
            WaitForAsyncUtils.asyncFx(vm::backupNow).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(".backup-status").queryAs(Label.class).getText()).isNotBlank();
            assertThat(robot.lookup(".progress-bar").queryAs(ProgressBar.class).getProgress()).isEqualTo(1.0);
            assertThat(Snapshots.save(scene, "backup-done-" + lang)).exists();
            WaitForAsyncUtils.asyncFx(() -> vm.restore(bogus)).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(vm.failedProperty().get()).isTrue();
            assertThat(Snapshots.save(scene, "restore-refused-" + lang)).exists();

            // The File menu with its new commands, opened.
            ViewLoader views = new ViewLoader(fx.messages);
            MainWindowController main = new MainWindowController(new ShellViewModel(fx.messages,
                    fx.tasks.busyProperty()), fx.messages, null);
            Scene window = WaitForAsyncUtils.asyncFx(() -> fx.show(stage,
                    views.load(MainWindowController.class, main).root())).get();
            WaitForAsyncUtils.waitForFxEvents();
            robot.clickOn(fx.messages.get("menu.file"));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(robot.lookup(fx.messages.get("menu.backup")).tryQuery()).isPresent();
            assertThat(robot.lookup(fx.messages.get("menu.restore")).tryQuery()).isPresent();
            robot.press(javafx.scene.input.KeyCode.ESCAPE).release(javafx.scene.input.KeyCode.ESCAPE);
            assertThat(window).isNotNull();
        }
    }

    private BackupViewModel viewModel(ScreenFixture fx) {
        // Inline: the picture is taken of the finished state, not of a race with the worker.
        TaskRunner inline = TaskRunner.inline(fx.errors::show);
        BackupService service = new BackupService(new BackupStore(db.backend().dataSource(),
                new Databases(db.backend().dataSource(), db.url(), db.user(), null),
                org.shopdesk.data.backup.BackupKey.at(dir.resolve(".key/backup-signing.key"))), dir, false,
                BackupSchedule.DEFAULT, Clock.systemUTC());
        return new BackupViewModel(service, inline, fx.messages, fx.dialogs, fx.errors);
    }
}
