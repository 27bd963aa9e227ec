package org.shopdesk.ui.kit;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
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
        walk(root, false);
        return root;
    }

    /**
     * Through the screen as built, before it is shown: the content of split panes, scroll panes,
     * tabs and titled panes is not among their children until they have a skin, so lookupAll
     * would miss it.
     */
    private static void walk(Node n, boolean inForm) {
        if (n.getStyleClass().contains(ACTION)) {
            off(n);
            return;
        }
        boolean form = inForm || n.getStyleClass().contains(FORM);
        if (form) {
            if (n instanceof TextInputControl t) {
                if (!t.editableProperty().isBound()) {
                    t.setEditable(false);
                }
            } else if (n instanceof Control c && !(n instanceof Label) && !(n instanceof ScrollPane)
                    && !(n instanceof SplitPane) && !(n instanceof TabPane) && !(n instanceof TitledPane)) {
                off(c);
            }
        }
        if (n instanceof SplitPane p) {
            p.getItems().forEach(i -> walk(i, form));
        } else if (n instanceof ScrollPane p && p.getContent() != null) {
            walk(p.getContent(), form);
        } else if (n instanceof TabPane p) {
            p.getTabs().stream().filter(t -> t.getContent() != null).forEach(t -> walk(t.getContent(), form));
        } else if (n instanceof TitledPane p && p.getContent() != null) {
            walk(p.getContent(), form);
        } else if (n instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> walk(c, form));
        }
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
