package org.shopdesk.ui.kit;

import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.shopdesk.ui.common.Messages;

/**
 * The bar under a paged list: how many rows match, and first / previous / page N of M / next /
 * last. Put {@code <Pager fx:id="pager"/>} in the FXML; {@link PagedTable} binds it.
 */
public final class Pager extends HBox {
    private final Label total = new Label();
    private final Label pageLabel = new Label();
    private final Button first = button("«", "first");
    private final Button previous = button("‹", "previous");
    private final Button next = button("›", "next");
    private final Button last = button("»", "last");

    public Pager() {
        getStyleClass().add("pager");
        pageLabel.getStyleClass().add("page-label");
        total.setId("totalLabel");
        pageLabel.setId("pageLabel");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        getChildren().addAll(total, gap, first, previous, pageLabel, next, last);
    }

    private static Button button(String text, String id) {
        Button b = new Button(text);
        b.setId(id + "Button");
        b.setFocusTraversable(false);
        return b;
    }

    /** Shows {@code list}'s counts; {@code totalKey} is the screen's "{0} products" message. */
    void bind(PagedList<?, ?> list, Messages messages, String totalKey) {
        total.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get(totalKey, list.totalProperty().get()), list.totalProperty()));
        pageLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("list.page", list.pageProperty().get() + 1, list.pageCountProperty().get()),
                list.pageProperty(), list.pageCountProperty()));
        first.disableProperty().bind(list.pageProperty().isEqualTo(0));
        previous.disableProperty().bind(list.pageProperty().isEqualTo(0));
        next.disableProperty().bind(list.pageProperty().greaterThanOrEqualTo(list.pageCountProperty().subtract(1)));
        last.disableProperty().bind(next.disableProperty());
        first.setOnAction(e -> list.firstPage());
        previous.setOnAction(e -> list.previousPage());
        next.setOnAction(e -> list.nextPage());
        last.setOnAction(e -> list.lastPage());
        first.setTooltip(new Tooltip(messages.get("list.firstPage")));
        previous.setTooltip(new Tooltip(messages.get("list.previousPage")));
        next.setTooltip(new Tooltip(messages.get("list.nextPage")));
        last.setTooltip(new Tooltip(messages.get("list.lastPage")));
    }
}
