package org.shopdesk.ui.kit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import org.shopdesk.ui.common.Formats;
import org.shopdesk.ui.common.Styles;

/**
 * Typed, formatted table cells. Numbers, money and dates are right-aligned and written the way the
 * user's language writes them; text cells can show their whole text in a tooltip when the column
 * is too narrow for it. The column keeps the typed value, the cell formats it.
 */
public final class Columns {
    private static final PseudoClass ARCHIVED = PseudoClass.getPseudoClass("archived");
    private static final double SCROLL_BAR_ROOM = 20;
    /** Two-digit month, day and hour, afternoon: the longest a time gets in either language. */
    private static final Instant WIDEST_TIME = LocalDateTime.of(2026, 12, 28, 22, 58).atZone(ZoneId.systemDefault()).toInstant();
    private final Formats formats;

    public Columns(Formats formats) {
        this.formats = formats;
    }

    public <R> void text(TableColumn<R, String> column, Function<R, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    /** Text whose full form is in a tooltip: for the column that gives way when the window is narrow. */
    public <R> void longText(TableColumn<R, String> column, Function<R, String> value) {
        text(column, value);
        column.setCellFactory(c -> new TableCell<>() {
            private final Tooltip tip = new Tooltip();

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                tip.setText(item);
                setTooltip(empty || item == null || item.isEmpty() ? null : tip);
            }
        });
    }

    public <R> void money(TableColumn<R, BigDecimal> column, Function<R, BigDecimal> value) {
        typed(column, value, formats::money);
    }

    public <R> void integer(TableColumn<R, Number> column, Function<R, ? extends Number> value) {
        typed(column, value, n -> n == null ? "" : formats.integer(n.longValue()));
    }

    /**
     * Times as the user's language writes them, in a column as wide as the widest of them:
     * "12/28/2026, 10:58 PM" is wider than "28.12.2026, 22:58", so no one width in
     * the FXML fits both languages without clipping the one or wasting room in the other.
     */
    public <R> void dateTime(TableColumn<R, Instant> column, Function<R, Instant> value) {
        typed(column, value, formats::dateTime);
        double widest = Math.max(textWidth(formats.dateTime(WIDEST_TIME)), textWidth(column.getText()));
        double width = Math.ceil(widest * 1.1) + 18;
        column.setMinWidth(width);
        column.setPrefWidth(width);
    }

    /** The day of an instant as the user's language writes dates; the date and time in its tooltip. */
    public <R> void day(TableColumn<R, Instant> column, Function<R, Instant> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(Instant at, boolean empty) {
                super.updateItem(at, empty);
                boolean none = empty || at == null;
                setText(none ? null : formats.date(LocalDate.ofInstant(at, ZoneId.systemDefault())));
                setTooltip(none ? null : new Tooltip(formats.dateTime(at)));
            }
        });
    }

    private static double textWidth(String text) {
        return text == null ? 0 : new Text(text).getLayoutBounds().getWidth();
    }

    /**
     * {@code column} takes the room the other columns leave (the title, say): it grows with the
     * window and gives way first when the window narrows, down to its minimum width. The other
     * columns keep the widths the user gave them, and no empty filler column shows at the right.
     */
    public static <R> void fill(TableView<R> table, TableColumn<R, ?> column) {
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        Runnable fit = () -> {
            double others = table.getColumns().stream().filter(c -> c != column && c.isVisible())
                    .mapToDouble(TableColumn::getWidth).sum();
            // Room for the vertical scroll bar and the border, so no horizontal bar appears.
            double room = table.getWidth() - others - SCROLL_BAR_ROOM;
            column.setPrefWidth(Math.max(column.getMinWidth(), room));
        };
        table.widthProperty().addListener(o -> fit.run());
        for (TableColumn<R, ?> c : table.getColumns()) {
            if (c != column) {
                c.widthProperty().addListener(o -> fit.run());
            }
        }
        fit.run();
    }

    /** Rows of archived records look archived (the :archived pseudo-class of shopdesk.css). */
    public static <R> void markArchived(TableView<R> table, Predicate<R> archived) {
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(R row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ARCHIVED, !empty && row != null && archived.test(row));
            }
        });
    }

    private static <R, T> void typed(TableColumn<R, T> column, Function<R, ? extends T> value, Function<T, String> format) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> {
            TableCell<R, T> cell = new TableCell<>() {
                @Override
                protected void updateItem(T item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : format.apply(item));
                }
            };
            cell.getStyleClass().add(Styles.NUMBER_CELL);
            return cell;
        });
    }
}
