package org.shopdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window's place and the lists' column widths survive a restart, in the user's settings file. */
@ExtendWith(ApplicationExtension.class)
class WindowLayoutTest {
    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // Each test opens its own stages.
    }

    @Test
    void theWindowOpensWhereTheUserLeftItAndTheConnectionIsKept(FxRobot robot) throws Exception {
        ConnectionSettings file = new ConnectionSettings(dir.resolve("settings.properties"));
        file.saveServer("jdbc:postgresql://db:5432/shop", "clerk");
        UserUiSettings first = new UserUiSettings(file);
        robot.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(new Pane(), 400, 300));
            WindowPlacement.restore(stage, first);
            WindowPlacement.remember(stage, first);
            stage.show();
            stage.setX(40);
            stage.setY(30);
            stage.setWidth(1000);
            stage.setHeight(700);
            stage.close();
        });
        first.put("catalogue.column.skuColumn", "131");
        first.save();

        UserUiSettings second = new UserUiSettings(file);
        assertThat(second.get("catalogue.column.skuColumn")).contains("131");
        Stage[] reopened = new Stage[1];
        robot.interact(() -> {
            reopened[0] = new Stage();
            reopened[0].setScene(new Scene(new Pane(), 400, 300));
            WindowPlacement.restore(reopened[0], second);
            reopened[0].show();
        });
        assertThat(reopened[0].getX()).isEqualTo(40);
        assertThat(reopened[0].getY()).isEqualTo(30);
        assertThat(reopened[0].getWidth()).isEqualTo(1000);
        assertThat(reopened[0].getHeight()).isEqualTo(700);
        assertThat(reopened[0].isMaximized()).isFalse();
        robot.interact(() -> reopened[0].close());
        // The layout is saved beside the connection, which it leaves as it was.
        ConnectionTarget target = file.resolve(ConnectionSettings.Options.none(), java.util.Map.of());
        assertThat(target.url()).isEqualTo("jdbc:postgresql://db:5432/shop");
        assertThat(target.user()).isEqualTo("clerk");

        second.put("window.maximised", "true");
        second.save();
        Stage[] maximised = new Stage[1];
        robot.interact(() -> {
            maximised[0] = new Stage();
            maximised[0].setScene(new Scene(new Pane(), 400, 300));
            WindowPlacement.restore(maximised[0], new UserUiSettings(file));
            maximised[0].show();
        });
        assertThat(maximised[0].isMaximized()).isTrue();
        robot.interact(() -> maximised[0].close());
    }
}
