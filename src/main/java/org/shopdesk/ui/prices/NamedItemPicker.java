package org.shopdesk.ui.prices;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.shopdesk.domain.common.NamedItem;

/** A picker of providers, categories or producers with an "all" entry first that stands for no choice. */
final class NamedItemPicker {
    static final NamedItem ALL = new NamedItem(-1, "", 0, 0);

    private NamedItemPicker() {
    }

    static void bind(ComboBox<NamedItem> box, ObservableList<NamedItem> items, ObjectProperty<NamedItem> target,
                     String allText) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(NamedItem item) {
                return item == null || item == ALL ? allText : item.name();
            }

            @Override
            public NamedItem fromString(String s) {
                return null;
            }
        });
        Runnable refill = () -> {
            NamedItem keep = box.getValue();
            box.getItems().setAll(ALL);
            box.getItems().addAll(items);
            box.setValue(keep == null ? ALL : keep);
        };
        items.addListener((ListChangeListener<NamedItem>) c -> refill.run());
        refill.run();
        box.valueProperty().addListener((o, before, after) -> target.set(after == null || after == ALL ? null : after));
    }
}
