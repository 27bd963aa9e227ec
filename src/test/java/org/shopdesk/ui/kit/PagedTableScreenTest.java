package org.shopdesk.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopdesk.domain.common.DatabaseUnavailableException;
import org.shopdesk.domain.common.Page;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The table side of the kit, in Russian: a failed load says so in the list, Retry loads, a header
 * click is one query. {@link PagedTableScreenEnTest} runs the same in English.
 */
@ExtendWith(ApplicationExtension.class)
class PagedTableScreenTest {
    record Item(long id, String name, BigDecimal price, long count, Instant sold) {
    }

    /** Two-digit month, day and hour in the afternoon: the widest time in English. */
    static final Instant LATE = LocalDateTime.of(2026, 12, 28, 22, 58).atZone(ZoneId.systemDefault()).toInstant();

    enum Sort { NAME, PRICE }

    final AtomicBoolean down = new AtomicBoolean(true);
    final AtomicInteger queries = new AtomicInteger();
    ScreenFixture fx;
    Scene scene;
    PagedList<Item, Sort> list;
    TableColumn<Item, BigDecimal> price;
    TableColumn<Item, Instant> sold;

    @Start
    void start(Stage stage) {
        fx = new ScreenFixture(Locale.forLanguageTag(language()));
        list = new PagedList<>(fx.tasks, fx.errors, 50, Sort.NAME, Item::id, (r, c) -> {
            queries.incrementAndGet();
            if (down.get()) {
                throw new DatabaseUnavailableException("connection refused", null);
            }
            List<Item> items = List.of(new Item(1, "Смартфон Galaxy A54 128 ГБ", new BigDecimal("28490.50"), 1200, LATE),
                    new Item(2, "Мышь беспроводная M185", new BigDecimal("990.00"), 35, LATE));
            return new Page<>(r.sort() == Sort.PRICE && !r.descending() ? List.of(items.get(1), items.get(0)) : items, 2, 0, 50);
        });
        TableView<Item> table = new TableView<>();
        table.setId("table");
        TableColumn<Item, String> name = new TableColumn<>(fx.messages.get("product.title"));
        price = new TableColumn<>(fx.messages.get("catalogue.column.price"));
        TableColumn<Item, Number> count = new TableColumn<>(fx.messages.get("catalogue.column.stock"));
        sold = new TableColumn<>(fx.messages.get("purchase.column.time"));
        price.setId("price");
        price.setPrefWidth(130);
        count.setPrefWidth(90);
        table.getColumns().setAll(List.of(name, price, count, sold));
        Columns cells = new Columns(fx.ui.formats());
        cells.longText(name, Item::name);
        cells.money(price, Item::price);
        cells.integer(count, Item::count);
        cells.dateTime(sold, Item::sold);
        Pager pager = new Pager();
        TextField search = new TextField();
        PagedTable.bind(table, pager, list, fx.ui,
                new PagedTable.Texts("test", "catalogue.loading", "catalogue.empty", "catalogue.total")).sortable(name, Sort.NAME).sortable(price, Sort.PRICE)
                .search(search).fill(name);
        VBox.setVgrow(table, Priority.ALWAYS);
        scene = fx.show(stage, new VBox(search, table, pager));
        list.load();
    }

    /** The screen's language, and what it says for a failed load and for two products. */
    String language() {
        return "ru";
    }

    String failedStart() {
        return "Не удалось загрузить список.";
    }

    String twoProducts() {
        return "Товаров: 2";
    }

    @Test
    void aFailedLoadShowsInTheListAndRetryLoadsIt(FxRobot robot) {
        waitUntil(() -> list.stateProperty().get() == PagedList.State.FAILED);
        Label placeholder = robot.lookup("#placeholder").queryAs(Label.class);
        assertThat(placeholder.getText()).startsWith(failedStart());
        assertThat(robot.lookup("#retryButton").queryAs(Button.class).isVisible()).isTrue();
        assertThat(fx.dialogs.shown).as("no modal alert").isEmpty();
        Snapshots.save(scene, "kit-list-failed-" + language());

        down.set(false);
        robot.clickOn("#retryButton");
        waitUntil(() -> list.rows().size() == 2);
        assertThat(robot.lookup("#totalLabel").queryAs(Label.class).getText()).isEqualTo(twoProducts());

        int before = queries.get();
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.skin.TableColumnHeader h
                && h.getTableColumn() == price).queryAs(javafx.scene.Node.class));
        waitUntil(() -> queries.get() > before);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(queries.get()).as("one header click, one query").isEqualTo(before + 1);
        assertThat(list.sortProperty().get()).isEqualTo(Sort.PRICE);
        // The time column fits its widest time in this language: the cell draws it whole, no "...".
        Text drawn = robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.TableCell<?, ?> c
                && c.getTableColumn() == sold && c.getText() != null).lookup(".text").queryAs(Text.class);
        assertThat(drawn.getText()).isEqualTo(fx.ui.formats().dateTime(LATE));
        Snapshots.save(scene, "kit-list-shown-" + language());
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
