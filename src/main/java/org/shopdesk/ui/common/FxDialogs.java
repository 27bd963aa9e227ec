package org.shopdesk.ui.common;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TextInputDialog;
import javafx.stage.Window;

/** {@link Dialogs} as JavaFX alerts over the main window, with buttons in the user's language. */
public final class FxDialogs implements Dialogs {
    private final Messages messages;
    private final Supplier<Window> owner;

    public FxDialogs(Messages messages, Supplier<Window> owner) {
        this.messages = messages;
        this.owner = owner;
    }

    @Override
    public void error(String title, String message) {
        alert(Alert.AlertType.ERROR, title, message).showAndWait();
    }

    @Override
    public void info(String title, String message) {
        alert(Alert.AlertType.INFORMATION, title, message).showAndWait();
    }

    @Override
    public boolean confirm(String title, String message) {
        Alert alert = alert(Alert.AlertType.CONFIRMATION, title, message);
        ButtonType yes = new ButtonType(messages.get("button.yes"), ButtonBar.ButtonData.YES);
        ButtonType no = new ButtonType(messages.get("button.no"), ButtonBar.ButtonData.NO);
        alert.getButtonTypes().setAll(yes, no);
        return alert.showAndWait().filter(yes::equals).isPresent();
    }

    @Override
    public Optional<String> askText(String title, String label, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial);
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(label);
        relabel(dialog.getDialogPane().getButtonTypes());
        return dialog.showAndWait();
    }

    private Alert alert(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, message);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.getDialogPane().setMinWidth(420);
        relabel(alert.getButtonTypes());
        return alert;
    }

    /** JavaFX labels OK/Cancel in the JVM's language, not necessarily the user's bundle. */
    private void relabel(javafx.collections.ObservableList<ButtonType> types) {
        types.replaceAll(t -> t == ButtonType.OK ? new ButtonType(messages.get("button.ok"), ButtonBar.ButtonData.OK_DONE)
                : t == ButtonType.CANCEL ? new ButtonType(messages.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE)
                : t);
    }
}
