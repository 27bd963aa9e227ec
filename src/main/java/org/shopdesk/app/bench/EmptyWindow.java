package org.shopdesk.app.bench;

import javafx.application.Application;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.shopdesk.app.StartupReport;

/**
 * The start-up baseline: the least a JavaFX application can do, one window with one label, in a
 * fresh JVM on the same machine, timed to its first frame exactly as ShopDesk is timed to its
 * first Catalogue page. ShopDesk's ratio to it is the cost of ShopDesk itself.
 */
public final class EmptyWindow {
    private EmptyWindow() {
    }

    /** Not an Application itself, like ShopDesk's launcher, so that it starts from a plain class path. */
    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new StackPane(new Label("ShopDesk")), 1024, 700);
            stage.setScene(scene);
            stage.show();
            StartupReport.afterFirstPage(new SimpleBooleanProperty(true), scene);
        }
    }
}
