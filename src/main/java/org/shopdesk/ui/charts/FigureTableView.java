package org.shopdesk.ui.charts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.shopdesk.domain.charts.FigureTable;

/** Shows a chart's {@link FigureTable} in a table beside it: one column per header, numbers to the right. */
final class FigureTableView {
    private FigureTableView() {
    }

    static void show(TableView<List<Object>> table, FigureTable figures, ChartData format) {
        if (!headersOf(table).equals(figures.headers())) {
            table.getColumns().clear();
            for (int i = 0; i < figures.headers().size(); i++) {
                int index = i;
                TableColumn<List<Object>, Object> column = new TableColumn<>(figures.headers().get(i));
                column.setCellValueFactory(c -> new javafx.beans.property.ReadOnlyObjectWrapper<>(
                        index < c.getValue().size() ? c.getValue().get(index) : null));
                column.setCellFactory(c -> new TableCell<>() {
                    @Override
                    protected void updateItem(Object value, boolean empty) {
                        super.updateItem(value, empty);
                        setText(empty ? null : text(value, format));
                        setAlignment(value instanceof Number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                    }
                });
                column.setSortable(false);
                table.getColumns().add(column);
            }
            table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        }
        // Wide enough for its header and its first rows in either language; the table scrolls sideways.
        for (int i = 0; i < table.getColumns().size(); i++) {
            double widest = new javafx.scene.text.Text(figures.headers().get(i)).getLayoutBounds().getWidth();
            for (List<Object> row : figures.rows().subList(0, Math.min(50, figures.rows().size()))) {
                widest = Math.max(widest, new javafx.scene.text.Text(text(row.get(i), format)).getLayoutBounds().getWidth());
            }
            table.getColumns().get(i).setMinWidth(Math.max(56, widest * 1.1 + 26));
        }
        table.setItems(FXCollections.observableArrayList(figures.rows()));
    }

    private static List<String> headersOf(TableView<List<Object>> table) {
        return table.getColumns().stream().map(TableColumn::getText).toList();
    }

    private static String text(Object value, ChartData format) {
        if (value == null) {
            return "—";
        }
        if (value instanceof BigDecimal d) {
            return format.number(d);
        }
        if (value instanceof LocalDate day) {
            return format.date(day);
        }
        if (value instanceof Long || value instanceof Integer) {
            return format.integer(((Number) value).longValue());
        }
        return value.toString();
    }
}
