package org.shopdesk.ui.kit;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;

/**
 * What an empty table says, in the user's language and in the same muted look as the
 * {@link PagedTable} lists. Without it JavaFX writes "No content in table" in English.
 */
public final class Placeholders {
    private Placeholders() {
    }

    public static void set(TableView<?> table, UiContext ui, String key, Object... args) {
        Label message = new Label(ui.messages().get(key, args));
        message.setId("placeholder");
        message.setWrapText(true);
        VBox box = new VBox(message);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("list-placeholder");
        table.setPlaceholder(box);
    }
}
