package org.shopdesk.ui.stock;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;
import org.shopdesk.domain.common.NamedItem;

/**
 * The Stock screen's filter pickers: "all" first, then the providers (categories, producers) by
 * name; choosing "all" clears the filter. The list may arrive after the picker is shown.
 */
final class Pickers {
    private static final NamedItem ALL = new NamedItem(-1, "", 0, 0);

    private Pickers() {
    }

    static void bind(ComboBox<NamedItem> box, ObservableList<NamedItem> items, ObjectProperty<NamedItem> target,
                     String allText) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(NamedItem item) {
                return item == null || item.id() == ALL.id() ? allText : item.name();
            }

            @Override
            public NamedItem fromString(String text) {
                return box.getItems().stream().filter(i -> toString(i).equals(text)).findFirst().orElse(ALL);
            }
        });
        Runnable refill = () -> {
            NamedItem keep = target.get();
            box.getItems().setAll(ALL);
            box.getItems().addAll(items);
            box.setValue(keep == null ? ALL : items.stream().filter(i -> i.id() == keep.id()).findFirst().orElse(ALL));
        };
        items.addListener((ListChangeListener<NamedItem>) c -> refill.run());
        refill.run();
        box.valueProperty().addListener((o, before, after) -> {
            NamedItem chosen = after == null || after.id() == ALL.id() ? null : after;
            if (chosen == null ? target.get() != null : target.get() == null || target.get().id() != chosen.id()) {
                target.set(chosen);
            }
        });
        target.addListener((o, before, after) -> {
            if (after == null && box.getValue() != null && box.getValue().id() != ALL.id()) {
                box.setValue(ALL);
            }
        });
    }
}
