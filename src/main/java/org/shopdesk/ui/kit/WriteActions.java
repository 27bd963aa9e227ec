package org.shopdesk.ui.kit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;

/**
 * A screen shown to a login that may read but not write its data (the database's privileges say
 * so, see app/ScreenAccess): its write actions are disabled or hidden and its forms read-only. A
 * screen marks them in FXML: style class {@value #ACTION} on buttons and menus that write,
 * {@value #FORM} on a form whose fields become read-only. Its Ctrl+N and Ctrl+S do nothing then.
 */
public final class WriteActions {
    public static final String ACTION = "write-action";
    public static final String FORM = "write-form";
    static final String READ_ONLY = "shopdesk.readOnly";

    private WriteActions() {
    }

    /** Makes {@code root}'s screen read-only and returns it. */
    public static Parent readOnly(Parent root) {
        root.getProperties().put(READ_ONLY, Boolean.TRUE);
        for (Node n : root.lookupAll("." + ACTION)) {
            off(n);
        }
        for (Node form : root.lookupAll("." + FORM)) {
            for (Node n : form.lookupAll("*")) {
                if (n instanceof TextInputControl t && !t.editableProperty().isBound()) {
                    t.setEditable(false);
                } else if (n instanceof Control c && !(n instanceof Label) && !(n instanceof TextInputControl)
                        && !(n instanceof javafx.scene.control.ScrollPane)) {
                    off(c);
                }
            }
        }
        return root;
    }

    /** Whether the screen of {@code node} was made read-only. */
    public static boolean isReadOnly(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (Boolean.TRUE.equals(n.getProperties().get(READ_ONLY))) {
                return true;
            }
        }
        return false;
    }

    /** Disabled where the screen does not bind it, otherwise out of sight. */
    private static void off(Node n) {
        if (!n.disableProperty().isBound()) {
            n.setDisable(true);
        } else if (!n.visibleProperty().isBound()) {
            n.setVisible(false);
            if (!n.managedProperty().isBound()) {
                n.setManaged(false);
            }
        }
    }
}
