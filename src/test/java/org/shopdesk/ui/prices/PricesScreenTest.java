package org.shopdesk.ui.prices;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.pricing.ColumnMapping;
import org.shopdesk.domain.pricing.ImportRow;
import org.shopdesk.domain.pricing.ImportStatus;
import org.shopdesk.domain.pricing.PriceListSettings;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real Prices screen over a real database, headless, as purchasing staff would: edit a
 * price, read its history and chart, a bulk change from preview to apply, and a price list with one
 * bad row (previewed, refused, then imported with the bad row skipped). In English; the subclass
 * runs the same in Russian. Pictures: target/screens/prices-*-en.png and -ru.png.
 */
@ExtendWith(ApplicationExtension.class)
class PricesScreenTest {
    static TestDatabase db;
    static Path priceList;

    ScreenFixture fx;
    Scene scene;
    PricesScreen.Parts parts;

    Locale locale() {
        return Locale.ENGLISH;
    }

    String lang() {
        return locale().getLanguage();
    }

    @BeforeAll
    static void data() throws Exception {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Смартфоны'), ('Наушники')",
                "INSERT INTO producer(name) VALUES ('Samsung'), ('Sony')",
                "INSERT INTO provider(name) VALUES ('МегаОпт'), ('Digital Trade')",
                "INSERT INTO products(sku, ean, title, category_id, producer_id) VALUES "
                        + "('SAM-001', '4600000000011', 'Смартфон Samsung Galaxy A54 128 ГБ', 1, 1), "
                        + "('SAM-002', '4600000000021', 'Смартфон Samsung Galaxy S23 256 ГБ', 1, 1), "
                        + "('SON-003', '4600000000031', 'Наушники Sony WH-CH520', 2, 2), "
                        + "('SON-004', '4600000000041', 'Наушники Sony WF-C700N', 2, 2)",
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES "
                        + "(1, 1, 31990, now() - interval '45 days'), (2, 1, 74990, now() - interval '60 days'), "
                        + "(3, 1, 5990, now() - interval '30 days'), (1, 2, 32490, now() - interval '40 days'), "
                        + "(3, 2, 5790, now() - interval '20 days')");
        // An older price of the Galaxy A54 at МегаОпт, so that the chart has a history to draw.
        db.sql("INSERT INTO price(product_id, provider_id, value, valid_from, valid_to) "
                + "VALUES (1, 1, 29990, now() - interval '90 days', now() - interval '46 days')");
        db.backend().priceImport().saveProfile(2, PriceListSettings.detect(
                new ColumnMapping("Артикул", null, null, "Цена", null, null)));
        priceList = Files.createTempFile("price-list", ".csv");
        Files.writeString(priceList, "Артикул;Цена\nSAM-001;32 190,00\nSAM-002;abc\nSON-004;5 690,00\n");
    }

    @AfterAll
    static void drop() throws Exception {
        db.close();
        if (priceList != null) {
            Files.deleteIfExists(priceList);
        }
    }

    @Start
    void start(Stage stage) {
        fx = new ScreenFixture(locale());
        var backend = db.backend();
        parts = PricesScreen.load(fx.ui, backend.prices(), backend.catalogue(), backend.priceExport(), backend.priceImport());
        scene = fx.show(stage, parts.view().root());
    }

    private NamedItem provider(String name) {
        waitUntil(() -> parts.grid().filter().providers().size() == 2);
        return parts.grid().filter().providers().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void allProvidersShowTheCheapestAndAPriceIsEditedWithItsHistoryCharted(FxRobot robot) {
        waitUntil(() -> table(robot, "#allTable").getItems().size() == 4);
        Snapshots.save(scene, "prices-all-providers-" + lang());

        robot.interact(() -> combo(robot, "#providerFilter").setValue(provider("МегаОпт")));
        waitUntil(() -> table(robot, "#providerTable").getItems().size() == 3);
        robot.interact(() -> parts.grid().providerList().select(parts.grid().providerList().rows().stream()
                .filter(r -> r.sku().equals("SAM-001")).findFirst().orElseThrow()));
        waitUntil(() -> !parts.detail().history().isEmpty());

        // Bad input is refused at the field and saves nothing.
        long before = db.count("SELECT count(*) FROM price");
        robot.doubleClickOn("#valueField").eraseText(12).write("12,3O");
        robot.clickOn("#saveButton");
        waitUntil(() -> !label(robot, "#valueError").getText().isEmpty());
        Snapshots.save(scene, "prices-bad-value-" + lang());
        assertThat(db.count("SELECT count(*) FROM price")).isEqualTo(before);

        robot.doubleClickOn("#valueField").eraseText(12).write("30 490,00");
        robot.clickOn("#saveButton");
        waitUntil(() -> db.count("SELECT count(*) FROM price WHERE product_id = 1 AND provider_id = 1 "
                + "AND valid_to IS NULL AND value = 30490") == 1);
        waitUntil(() -> parts.detail().history().size() == 3);
        LineChart<?, ?> chart = robot.lookup("#chart").queryAs(LineChart.class);
        waitUntil(() -> !chart.getData().isEmpty() && chart.getData().get(0).getData().size() == 6);
        Snapshots.save(scene, "prices-edited-history-" + lang());
        // The price axis writes numbers as the table beside it does ("35 000" in Russian, not "35,000").
        assertThat(((NumberAxis) chart.getYAxis()).getTickLabelFormatter().toString(35_000))
                .isEqualTo(java.text.NumberFormat.getNumberInstance(locale()).format(35_000));

        robot.clickOn("#allProviders");
        waitUntil(() -> chart.getData().size() == 2);
        Snapshots.save(scene, "prices-history-all-providers-" + lang());
        // Every provider's rows fit the pane: the provider column takes the place of "who", a cell
        // shows the date and its tooltip the date and time.
        TableView<?> history = table(robot, "#historyTable");
        assertThat(history.getColumns().stream().filter(c -> "hByColumn".equals(c.getId())).findFirst().orElseThrow()
                .isVisible()).isFalse();
        TableCell<?, ?> since = robot.from(history).lookup(".table-cell").queryAll().stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && "hFromColumn".equals(c.getTableColumn().getId())
                        && c.getText() != null && !c.getText().isEmpty())
                .findFirst().orElseThrow();
        assertThat(since.getText()).doesNotContain(":");
        assertThat(since.getTooltip().getText()).startsWith(since.getText()).contains(":");

        // Someone else changes the same price meanwhile: this save is refused as a conflict, nothing lost.
        long seen = db.count("SELECT id FROM price WHERE product_id = 1 AND provider_id = 1 AND valid_to IS NULL");
        db.backend().prices().changePrice(new org.shopdesk.domain.pricing.PriceChange(1, 1, seen,
                new java.math.BigDecimal("30990.00"), "RUB", null));
        robot.doubleClickOn("#valueField").eraseText(12).write("30 000");
        robot.clickOn("#saveButton");
        waitUntil(() -> robot.lookup("#reloadButton").queryAs(Button.class).isVisible());
        assertThat(label(robot, "#formMessage").getText()).isEqualTo(fx.messages.get("prices.form.conflict"));
        assertThat(db.count("SELECT value FROM price WHERE product_id = 1 AND provider_id = 1 AND valid_to IS NULL"))
                .isEqualTo(30990);
        Snapshots.save(scene, "prices-conflict-" + lang());
        robot.clickOn("#reloadButton");
        waitUntil(() -> !robot.lookup("#reloadButton").queryAs(Button.class).isVisible());
    }

    @Test
    void aBulkChangeIsPreviewedThenApplied(FxRobot robot) {
        robot.interact(() -> tabs(robot).getSelectionModel().select(1));
        NamedItem digital = provider("Digital Trade");
        robot.interact(() -> combo(robot, "#bulkProviderField").setValue(digital));
        robot.clickOn("#amountField").write("5");
        robot.clickOn("#bulkPreviewButton");
        waitUntil(() -> table(robot, "#bulkTable").getItems().size() == 2);
        assertThat(robot.lookup("#bulkApplyButton").queryAs(Button.class).isDisabled()).isFalse();
        assertThat(db.count("SELECT value FROM price WHERE product_id = 3 AND provider_id = 2 AND valid_to IS NULL"))
                .as("a preview writes nothing").isEqualTo(5790);
        Snapshots.save(scene, "prices-bulk-preview-" + lang());
        robot.clickOn("#bulkApplyButton");
        waitUntil(() -> db.count("SELECT value * 100 FROM price WHERE product_id = 3 AND provider_id = 2 "
                + "AND valid_to IS NULL") == 607950);
        Snapshots.save(scene, "prices-bulk-applied-" + lang());
    }

    @Test
    void aPriceListWithOneBadRowImportsNothingUntilTheBadRowIsSkipped(FxRobot robot) {
        robot.interact(() -> tabs(robot).getSelectionModel().select(2));
        NamedItem digital = provider("Digital Trade");
        robot.interact(() -> combo(robot, "#importProviderField").setValue(digital));
        waitUntil(() -> "Цена".equals(parts.importer().priceColumnProperty().get()));
        robot.interact(() -> parts.importer().useFile(priceList));
        waitUntil(() -> parts.importer().columns().size() == 2);
        robot.clickOn("#importPreviewButton");
        waitUntil(() -> parts.importer().rows().size() == 3);
        assertThat(parts.importer().rows()).extracting(ImportRow::status)
                .containsExactly(ImportStatus.CHANGED, ImportStatus.ERROR, ImportStatus.NEW);
        Button apply = robot.lookup("#importApplyButton").queryAs(Button.class);
        assertThat(apply.isDisabled()).as("nothing can be imported while a row is in error").isTrue();
        long before = db.count("SELECT count(*) FROM price");
        Snapshots.save(scene, "prices-import-preview-" + lang());

        robot.clickOn("#skipBadField");
        waitUntil(() -> !apply.isDisabled());
        robot.clickOn("#importApplyButton");
        waitUntil(() -> db.count("SELECT count(*) FROM price WHERE provider_id = 2 AND product_id = 4 "
                + "AND valid_to IS NULL AND value = 5690") == 1);
        assertThat(db.count("SELECT count(*) FROM price WHERE provider_id = 2 AND product_id = 2")).isEqualTo(0);
        assertThat(db.count("SELECT count(*) FROM price")).as("SAM-001 changed, SON-004 new, SAM-002 skipped").isEqualTo(before + 2);
        Snapshots.save(scene, "prices-import-applied-" + lang());
    }

    @SuppressWarnings("unchecked")
    private static ComboBox<NamedItem> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    @SuppressWarnings("unchecked")
    private static <R> TableView<R> table(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(TableView.class);
    }

    private static TabPane tabs(FxRobot robot) {
        return robot.lookup("#tabs").queryAs(TabPane.class);
    }

    private static Label label(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class);
    }

    static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 15 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
