package org.shopdesk.ui.kit;

import java.util.HashMap;
import java.util.Map;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.shopdesk.ui.common.Messages;

/**
 * Binds a {@link TableView} (and its {@link Pager}) to a {@link PagedList}: the rows, the list's
 * state in the table itself (loading, nothing matches, failed with Retry), the order chosen by a
 * column header (one click, one query, sorted by the database), a search field debounced as the
 * user types, the selection kept in step with the list's (which the form may refuse), a compact
 * row density, and column widths remembered in the user's settings.
 */
public final class PagedTable<R, S> {
    static final Duration SEARCH_PAUSE = Duration.millis(250);
    /** Marks the column that takes the room left: its width follows the window, it is not remembered. */
    private static final String FILLS = "shopdesk.fills";

    private final TableView<R> table;
    private final PagedList<R, S> list;
    private final UiContext ui;
    private final Texts texts;
    private final Map<TableColumn<R, ?>, S> sortOf = new HashMap<>();
    private final Label message = new Label();
    private final Button retry = new Button();

    private PagedTable(TableView<R> table, PagedList<R, S> list, UiContext ui, Texts texts) {
        this.table = table;
        this.list = list;
        this.ui = ui;
        this.texts = texts;
    }

    /**
     * What a list says in the user's words, and the name its column widths are remembered under.
     *
     * @param name       settings name of the list, e.g. {@code "catalogue"}
     * @param loadingKey "Loading products…"
     * @param emptyKey   "No products match."
     * @param totalKey   "{0} products"
     */
    public record Texts(String name, String loadingKey, String emptyKey, String totalKey) {
    }

    /** Binds {@code table} and its {@code pager} to {@code list}. */
    public static <R, S> PagedTable<R, S> bind(TableView<R> table, Pager pager, PagedList<R, S> list, UiContext ui,
                                               Texts texts) {
        PagedTable<R, S> t = new PagedTable<>(table, list, ui, texts);
        t.bindRows();
        t.bindPlaceholder();
        t.bindSelection();
        pager.bind(list, ui.messages(), texts.totalKey());
        table.getStyleClass().add(atlantafx.base.theme.Styles.DENSE);
        for (TableColumn<R, ?> c : table.getColumns()) {
            c.setSortable(false);
        }
        return t;
    }

    /** Lets the user order the list by {@code column}: the database sorts by {@code sort}. */
    public PagedTable<R, S> sortable(TableColumn<R, ?> column, S sort) {
        sortOf.put(column, sort);
        column.setSortable(true);
        return this;
    }

    /** The search field: the list reloads after a pause in typing; Enter searches at once and goes to the first row. */
    public PagedTable<R, S> search(TextField field) {
        PauseTransition pause = new PauseTransition(SEARCH_PAUSE);
        field.textProperty().bindBidirectional(list.searchTextProperty());
        pause.setOnFinished(e -> list.restart());
        field.textProperty().addListener((o, before, after) -> pause.playFromStart());
        field.setOnAction(e -> {
            pause.stop();
            list.restart();
            table.requestFocus();
            if (!table.getItems().isEmpty()) {
                list.select(table.getItems().get(0));
            }
        });
        return this;
    }

    /**
     * Remembers the columns' widths (by column id) in the user's settings under
     * {@code <name>.column.<id>}; restores them now. Call after {@link #fill}, whose column is not remembered.
     */
    public PagedTable<R, S> rememberColumnWidths() {
        for (TableColumn<R, ?> c : table.getColumns()) {
            if (c.getId() == null || c.getProperties().containsKey(FILLS)) {
                continue;
            }
            String key = texts.name() + ".column." + c.getId();
            ui.settings().number(key).filter(w -> w >= c.getMinWidth()).ifPresent(c::setPrefWidth);
            c.widthProperty().addListener((o, before, after) ->
                    ui.settings().put(key, Long.toString(Math.round(after.doubleValue()))));
        }
        return this;
    }

    /**
     * {@code column} takes the room the other columns leave (the title, say): it grows with the
     * window and gives way first when the window narrows, down to its minimum width. The other
     * columns keep the widths the user gave them.
     */
    public PagedTable<R, S> fill(TableColumn<R, ?> column) {
        column.getProperties().put(FILLS, Boolean.TRUE);
        Columns.fill(table, column);
        return this;
    }

    private void bindRows() {
        table.setItems(list.rows());
        // The database sorts: the table only says which column and direction the user asked for, once per click.
        table.setSortPolicy(t -> {
            TableColumn<R, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            list.sortBy(first == null ? null : sortOf.get(first),
                    first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
    }

    private void bindPlaceholder() {
        Messages messages = ui.messages();
        retry.setText(messages.get("list.retry"));
        retry.setId("retryButton");
        retry.setOnAction(e -> list.retry());
        message.setId("placeholder");
        message.setWrapText(true);
        VBox box = new VBox(10, message, retry);
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("list-placeholder");
        table.setPlaceholder(box);
        list.stateProperty().subscribe(state -> {
            message.setText(switch (state) {
                case LOADING -> messages.get(texts.loadingKey());
                case EMPTY, SHOWN -> messages.get(texts.emptyKey());
                case FAILED -> messages.get("list.failed", list.failureProperty().get());
            });
            message.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("error"),
                    state == PagedList.State.FAILED);
            retry.setVisible(state == PagedList.State.FAILED);
            retry.setManaged(retry.isVisible());
        });
    }

    private void bindSelection() {
        table.getSelectionModel().selectedItemProperty().addListener((o, before, row) -> {
            if (row != null && !list.select(row)) {
                // Refused (unsaved changes kept): back onto the row the form shows, after this change settles.
                Platform.runLater(this::showSelected);
            }
        });
        list.selectedProperty().addListener((o, before, row) -> showSelected());
    }

    private void showSelected() {
        R row = list.selectedProperty().get();
        if (row == null) {
            table.getSelectionModel().clearSelection();
        } else if (table.getSelectionModel().getSelectedItem() != row) {
            table.getSelectionModel().select(row);
        }
    }
}
