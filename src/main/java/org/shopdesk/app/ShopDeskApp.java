package org.shopdesk.app;

import javafx.application.Application;
import javafx.stage.Stage;

/** The JavaFX application: builds the window and connects in the background. */
public final class ShopDeskApp extends Application {
    private static volatile ConnectionSettings.Options options = ConnectionSettings.Options.none();

    /** Opens the window and returns when it is closed. */
    public static void launchWindow(ConnectionSettings.Options cli) {
        options = cli;
        Application.launch(ShopDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("ShopDesk");
        stage.show();
    }
}
