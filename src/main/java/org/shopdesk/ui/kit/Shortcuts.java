package org.shopdesk.ui.kit;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A screen's keyboard shortcuts, on the screen's own root node rather than on the window: they fire
 * only while the focus is inside that screen, so a screen that is not shown (not in the scene)
 * never reacts, and nothing has to be removed when the user goes to another screen.
 */
public final class Shortcuts {
    public static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination NEW = new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination SAVE = new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN);
    public static final KeyCombination ESCAPE = new KeyCodeCombination(KeyCode.ESCAPE);

    private final Map<KeyCombination, Runnable> actions = new LinkedHashMap<>();

    private Shortcuts(Node root) {
        // A filter, so a focused text field does not swallow Ctrl+S; only a matched key is consumed.
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (Map.Entry<KeyCombination, Runnable> a : actions.entrySet()) {
                if (a.getKey().match(e)) {
                    e.consume();
                    // A read-only screen (WriteActions) neither starts nor saves a record.
                    if ((a.getKey() == NEW || a.getKey() == SAVE) && WriteActions.isReadOnly(root)) {
                        return;
                    }
                    a.getValue().run();
                    return;
                }
            }
        });
    }

    /** The shortcuts of the screen whose root is {@code root}. */
    public static Shortcuts on(Node root) {
        return new Shortcuts(root);
    }

    public Shortcuts add(KeyCombination keys, Runnable action) {
        actions.put(keys, action);
        return this;
    }

    /** Enter on a node (the list): opens what is selected, e.g. moves to the form's first field. */
    public static void onEnter(Node node, Runnable action) {
        node.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown()) {
                e.consume();
                action.run();
            }
        });
    }
}
