package org.shopdesk.testing;

import atlantafx.base.theme.PrimerLight;
import java.util.Locale;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.shopdesk.ui.common.Dialogs;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.Styles;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.common.ViewLoader;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.kit.UiSettings;

/** The shared pieces a screen needs, built the way the application builds them, for screen tests. */
public final class ScreenFixture {
    public final Messages messages;
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final ErrorPresenter errors;
    public final TaskRunner tasks;
    public final ViewLoader views;
    public final UiSettings settings = UiSettings.inMemory();
    public final UiContext ui;

    public ScreenFixture(Locale locale) {
        messages = Messages.forLocale(locale);
        errors = new ErrorPresenter(messages, dialogs, "target/test-home/logs/shopdesk.log");
        tasks = TaskRunner.forFx(errors::show);
        views = new ViewLoader(messages);
        ui = UiContext.of(messages, tasks, dialogs, errors, views, settings);
    }

    public Scene show(Stage stage, Parent root) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(root, 1280, 800);
        scene.getStylesheets().add(Styles.STYLESHEET);
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    /** Dialogs that answer "yes" and remember what they were asked to show. */
    public static final class RecordingDialogs implements Dialogs {
        public final java.util.List<String> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        public volatile boolean answer = true;
        public volatile String text;

        @Override
        public void error(String title, String message) {
            shown.add(message);
        }

        @Override
        public void info(String title, String message) {
            shown.add(message);
        }

        @Override
        public boolean confirm(String title, String message) {
            shown.add(message);
            return answer;
        }

        @Override
        public java.util.Optional<String> askText(String title, String label, String initial) {
            return java.util.Optional.ofNullable(text);
        }
    }
}
