package org.shopdesk.app;

import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.shopdesk.ui.kit.UiSettings;

/**
 * The main window opens where the user left it: size, position and maximised state, as long as
 * the place is still on one of the screens (a laptop taken away from its second monitor gets the
 * default place instead of a window out of sight).
 */
final class WindowPlacement {
    private static final String X = "window.x";
    private static final String Y = "window.y";
    private static final String WIDTH = "window.width";
    private static final String HEIGHT = "window.height";
    private static final String MAXIMISED = "window.maximised";

    private WindowPlacement() {
    }

    /** Puts the stage where it was last time, if that place is still visible. */
    static void restore(Stage stage, UiSettings settings) {
        var x = settings.number(X);
        var y = settings.number(Y);
        var w = settings.number(WIDTH);
        var h = settings.number(HEIGHT);
        if (x.isPresent() && y.isPresent() && w.isPresent() && h.isPresent()
                && w.get() >= stage.getMinWidth() && h.get() >= stage.getMinHeight()
                && !Screen.getScreensForRectangle(new Rectangle2D(x.get(), y.get(), w.get(), h.get())).isEmpty()) {
            stage.setX(x.get());
            stage.setY(y.get());
            stage.setWidth(w.get());
            stage.setHeight(h.get());
        }
        stage.setMaximized(settings.get(MAXIMISED).map(Boolean::parseBoolean).orElse(false));
    }

    /** Follows the stage's bounds as they change; a maximised window keeps its normal bounds remembered. */
    static void remember(Stage stage, UiSettings settings) {
        stage.xProperty().addListener(o -> put(stage, settings, X, stage.getX()));
        stage.yProperty().addListener(o -> put(stage, settings, Y, stage.getY()));
        stage.widthProperty().addListener(o -> put(stage, settings, WIDTH, stage.getWidth()));
        stage.heightProperty().addListener(o -> put(stage, settings, HEIGHT, stage.getHeight()));
        stage.maximizedProperty().addListener((o, was, now) -> settings.put(MAXIMISED, Boolean.toString(now)));
    }

    private static void put(Stage stage, UiSettings settings, String name, double value) {
        if (!stage.isMaximized() && !stage.isIconified() && !Double.isNaN(value)) {
            settings.put(name, Long.toString(Math.round(value)));
        }
    }
}
