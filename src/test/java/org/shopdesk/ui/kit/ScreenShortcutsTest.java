package org.shopdesk.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Two screens with the same shortcuts: Ctrl+S reaches only the screen the user is in. */
@ExtendWith(ApplicationExtension.class)
class ScreenShortcutsTest {
    final AtomicInteger savedA = new AtomicInteger();
    final AtomicInteger savedB = new AtomicInteger();
    // Controls are made in start(), on the toolkit's thread: a control built before it exists breaks every later test.
    TextField fieldA;
    TextField fieldB;
    VBox screenA;
    VBox screenB;
    StackPane content;

    @Start
    void start(Stage stage) {
        fieldA = new TextField();
        fieldB = new TextField();
        screenA = new VBox(fieldA);
        screenB = new VBox(fieldB);
        Shortcuts.on(screenA).add(Shortcuts.SAVE, savedA::incrementAndGet);
        Shortcuts.on(screenB).add(Shortcuts.SAVE, savedB::incrementAndGet);
        // As the main window: the screen being shown is the content; the other is not in the scene.
        content = new StackPane(screenA);
        stage.setScene(new Scene(content, 300, 200));
        stage.show();
    }

    @Test
    void ctrlSOnOneScreenDoesNothingToAnother(FxRobot robot) {
        robot.clickOn(fieldA);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(savedA.get()).isEqualTo(1);
        assertThat(savedB.get()).isZero();

        robot.interact(() -> content.getChildren().setAll(screenB));
        robot.clickOn(fieldB);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(savedB.get()).isEqualTo(1);
        assertThat(savedA.get()).as("the hidden screen's Ctrl+S").isEqualTo(1);

        // Even side by side in one window, the key goes to the screen that has the focus.
        robot.interact(() -> content.getChildren().setAll(new VBox(screenA, screenB)));
        robot.clickOn(fieldA);
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(savedA.get()).isEqualTo(2);
        assertThat(savedB.get()).isEqualTo(1);
    }
}
