package org.shopdesk.ui.shell;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.kit.Navigator;

/** The main window: navigation between the areas that work, the current area, the status bar. */
public final class MainWindowController {

    /** What the menu and the "not connected" page ask of the application. */
    public interface Actions {
        void openConnectionDialog();

        void backupNow();

        void restore();

        void showAbout();

        void exit();
    }

    private final ShellViewModel shell;
    private final Messages messages;
    private final Actions actions;
    private final ToggleGroup navigation = new ToggleGroup();

    @FXML private VBox nav;
    @FXML private StackPane content;
    @FXML private VBox waitingPane;
    @FXML private Label waitingText;
    @FXML private Label problemText;
    @FXML private Button connectButton;
    @FXML private ProgressIndicator waitingProgress;
    @FXML private Label connectionLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label activityLabel;

    public MainWindowController(ShellViewModel shell, Messages messages, Actions actions) {
        this.shell = shell;
        this.messages = messages;
        this.actions = actions;
    }

    @FXML
    private void initialize() {
        connectionLabel.textProperty().bind(shell.connectionTextProperty());
        shell.stateProperty().subscribe(state -> {
            for (ShellViewModel.ConnectionState s : ShellViewModel.ConnectionState.values()) {
                connectionLabel.pseudoClassStateChanged(PseudoClass.getPseudoClass(s.name().toLowerCase()), s == state);
            }
        });
        busyIndicator.visibleProperty().bind(shell.busyProperty());
        activityLabel.textProperty().bind(shell.activityProperty());
        waitingText.textProperty().bind(shell.connectionTextProperty());
        problemText.textProperty().bind(shell.problemProperty());
        problemText.visibleProperty().bind(shell.problemProperty().isNotEmpty());
        boolean[] disconnected = new boolean[1];
        shell.stateProperty().subscribe(state -> {
            disconnected[0] = state == ShellViewModel.ConnectionState.DISCONNECTED;
            connectButton.setVisible(disconnected[0]);
            waitingProgress.setVisible(state == ShellViewModel.ConnectionState.CONNECTING);
        });
    }

    /** Puts the areas in the navigation and opens the first; each is built when first opened. */
    public void showScreens(List<Screen> screens) {
        showScreens(screens, new Navigator());
    }

    /**
     * As {@link #showScreens(List)}, and lets the navigator lead screens to one another: each
     * screen's request types are routed to it, and opening one selects its button.
     */
    public void showScreens(List<Screen> screens, Navigator navigator) {
        nav.getChildren().clear();
        navigation.getToggles().clear();
        Map<String, ToggleButton> buttons = new HashMap<>();
        for (Screen screen : screens) {
            Parent[] built = new Parent[1];
            ToggleButton button = new ToggleButton(messages.get(screen.titleKey()));
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.getStyleClass().add("nav-button");
            button.setOnAction(e -> {
                button.setSelected(true);
                if (built[0] == null) {
                    built[0] = screen.build().get();
                }
                content.getChildren().setAll(built[0]);
            });
            nav.getChildren().add(button);
            buttons.put(screen.titleKey(), button);
            screen.accepts().forEach(type -> navigator.route(type, screen.titleKey()));
        }
        navigator.attach(key -> {
            ToggleButton button = buttons.get(key);
            if (button == null) {
                return false;
            }
            button.fire();
            return true;
        });
        if (!screens.isEmpty()) {
            ((ToggleButton) nav.getChildren().get(0)).fire();
        }
    }

    /** Back to the waiting page (connecting, or not connected with a button to connect). */
    public void showWaiting() {
        nav.getChildren().clear();
        content.getChildren().setAll(waitingPane);
    }

    @FXML
    private void openConnectionDialog() {
        actions.openConnectionDialog();
    }

    @FXML
    private void backupNow() {
        actions.backupNow();
    }

    @FXML
    private void restore() {
        actions.restore();
    }

    @FXML
    private void showAbout() {
        actions.showAbout();
    }

    @FXML
    private void exit() {
        actions.exit();
    }
}
