package org.shopdesk.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shopdesk.domain.charts.PeriodPreset;
import org.shopdesk.service.SalesAnalyticsFixture;
import org.shopdesk.service.charts.SalesChartService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.Snapshots;
import org.shopdesk.testing.TestDatabase;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Drives the real Charts screen over the hand-made shop of the chart tests, headless: opens it,
 * changes the period, drills down on a producer, exports a chart and its numbers, refuses a
 * reversed range. The pictures of every tab go to target/screens/charts-*-en.png.
 */
@ExtendWith(ApplicationExtension.class)
class ChartsScreenTest {
    static TestDatabase db;
    static SalesChartService charts;
    static Path exports;

    final AtomicReference<Path> nextFile = new AtomicReference<>();
    ChartsViewModel vm;
    ScreenFixture fx;
    Scene scene;

    @BeforeAll
    static void data() throws Exception {
        db = TestDatabase.create();
        SalesAnalyticsFixture.load(db);
        charts = db.backend().charts();
        exports = Files.createDirectories(Path.of("target", "charts-exports"));
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Start
    void start(Stage stage) {
        fx = new ScreenFixture(locale());
        vm = new ChartsViewModel(charts, fx.ui);
        FileTarget target = (title, name, filter, pattern) -> Optional.ofNullable(nextFile.get());
        scene = fx.show(stage, fx.views.load(ChartsController.class, new ChartsController(vm, fx.ui, target)).root());
    }

    Locale locale() {
        return Locale.ENGLISH;
    }

    String suffix() {
        return "en";
    }

    @Test
    void opensOnTheLast30DaysAndFollowsThePeriod(FxRobot robot) {
        waitUntil(() -> !text(robot, "#kpi-netRevenue").isEmpty());
        assertThat(text(robot, "#kpi-netRevenue")).isEqualTo(money("520.00"));
        assertThat(text(robot, "#kpi-checks")).isEqualTo("5");
        assertThat(text(robot, "#kpi-averageCheck")).isEqualTo(money("104.00"));
        assertThat(text(robot, "#kpi-units")).isEqualTo("10");
        assertThat(robot.lookup("#providerTable").queryAs(TableView.class).getItems()).hasSize(3);
        // A provider has 1 or 2 checks here: the axis may tick at 0.5, but labels whole checks only.
        NumberAxis checks = (NumberAxis) robot.lookup("#providerChecks").queryAs(BarChart.class).getYAxis();
        assertThat(checks.getTickLabelFormatter().toString(1.5)).isEmpty();
        assertThat(checks.getTickLabelFormatter().toString(2)).isEqualTo("2");
        Snapshots.save(scene, "charts-providers-" + suffix());

        // Last 7 days: C3 180, C4 50, C5 60 less R1 10 and R2 90.
        robot.interact(() -> combo(robot, "#preset").setValue(PeriodPreset.LAST_7_DAYS));
        waitUntil(() -> text(robot, "#kpi-netRevenue").equals(money("190.00")));
        assertThat(text(robot, "#kpi-checks")).isEqualTo("3");
        assertThat(robot.lookup("#from").queryAs(DatePicker.class).getValue())
                .isEqualTo(vm.overviewProperty().get().filter().from());

        select(robot, 4);
        waitUntil(() -> robot.lookup("#timeTable").queryAs(TableView.class).getItems().size() == 7);
        // Days as the language writes them, in the table, on the axis and in the tooltips; ISO only in the CSV.
        LocalDate firstDay = vm.overviewProperty().get().filter().from();
        WaitForAsyncUtils.waitForFxEvents();
        TableView<?> timeTable = robot.lookup("#timeTable").queryAs(TableView.class);
        TableCell<?, ?> firstCell = robot.lookup((Node n) -> n instanceof TableCell<?, ?> c && c.getIndex() == 0
                && c.getTableColumn() == timeTable.getColumns().get(0)).queryAs(TableCell.class);
        assertThat(firstCell.getText()).isEqualTo(day(firstDay));
        LineChart<String, Number> checksOverTime = robot.lookup("#timeChecks").queryAs(LineChart.class);
        assertThat(checksOverTime.getData().get(0).getData().get(0).getXValue()).isEqualTo(day(firstDay));
        Snapshots.save(scene, "charts-time-" + suffix());
    }

    @Test
    void drillsDownOnAProducerAndExportsItsChartAndNumbers(FxRobot robot) throws Exception {
        waitUntil(() -> text(robot, "#kpi-netRevenue").equals(money("520.00")));
        select(robot, 1);
        @SuppressWarnings("unchecked")
        BarChart<String, Number> producers = robot.lookup("#producerRevenue").queryAs(BarChart.class);
        waitUntil(() -> bar(producers, "Zeta") != null);
        robot.clickOn(bar(producers, "Zeta"));
        waitUntil(() -> robot.lookup("#productTable").queryAs(TableView.class).getItems().size() == 2);
        assertThat(text(robot, "#openedProducer")).endsWith("Zeta");
        Snapshots.save(scene, "charts-producer-" + suffix());

        Path png = exports.resolve("producer-" + suffix() + ".png");
        Path csv = exports.resolve("producer-" + suffix() + ".csv");
        Files.deleteIfExists(png);
        Files.deleteIfExists(csv);
        nextFile.set(png);
        robot.clickOn("#exportPng");
        waitUntil(() -> Files.exists(png) && png.toFile().length() > 0);
        BufferedImage picture = ImageIO.read(png.toFile());
        assertThat(picture.getWidth()).isGreaterThan(300);
        assertThat(picture.getHeight()).isGreaterThan(200);

        nextFile.set(csv);
        robot.clickOn("#exportCsv");
        waitUntil(() -> Files.exists(csv) && csv.toFile().length() > 0);
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("\uFEFF");
        assertThat(lines.subList(1, lines.size())).containsExactly("1,P-3,Charger,RUB,110.00,84.62,4", "2,P-2,Case,RUB,20.00,15.38,2");

        robot.clickOn("#closeProducer");
        waitUntil(() -> robot.lookup("#productTable").queryAs(TableView.class).getItems().isEmpty());
        nextFile.set(csv);
        robot.clickOn("#exportCsv");
        waitUntil(() -> Files.readString(csv, StandardCharsets.UTF_8).contains("Acme"));
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).contains("1,Acme,RUB,390.00,75.00,4,2",
                "2,Zeta,RUB,130.00,25.00,6,1");
    }

    @Test
    void showsStockAbcAndRefusesAReversedRange(FxRobot robot) {
        waitUntil(() -> text(robot, "#kpi-netRevenue").equals(money("520.00")));
        select(robot, 2);
        waitUntil(() -> robot.lookup("#offerTable").queryAs(TableView.class).getItems().size() == 3);
        Snapshots.save(scene, "charts-cover-" + suffix());
        select(robot, 3);
        waitUntil(() -> robot.lookup("#abcTable").queryAs(TableView.class).getItems().size() == 3);
        Snapshots.save(scene, "charts-abc-" + suffix());

        var shown = vm.overviewProperty().get();
        robot.interact(() -> robot.lookup("#from").queryAs(DatePicker.class).setValue(shown.filter().to().plusDays(5)));
        waitUntil(() -> robot.lookup("#periodProblem").queryAs(Label.class).isVisible());
        assertThat(text(robot, "#periodProblem")).isNotBlank();
        WaitForAsyncUtils.sleep(300, TimeUnit.MILLISECONDS);
        assertThat(vm.overviewProperty().get()).as("nothing loaded for a reversed range").isSameAs(shown);
        Snapshots.save(scene, "charts-reversed-" + suffix());
    }

    private static Node bar(BarChart<String, Number> chart, String name) {
        for (XYChart.Series<String, Number> s : chart.getData()) {
            for (XYChart.Data<String, Number> d : s.getData()) {
                if (d.getXValue().equals(name)) {
                    return d.getNode();
                }
            }
        }
        return null;
    }

    private void select(FxRobot robot, int tab) {
        robot.interact(() -> robot.lookup("#tabs").queryAs(TabPane.class).getSelectionModel().select(tab));
        WaitForAsyncUtils.waitForFxEvents();
    }

    String money(String plain) {
        return plain + " RUB";
    }

    String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("M/d/yyyy"));
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(ComboBox.class);
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    interface Check {
        boolean ok() throws Exception;
    }

    void waitUntil(Check condition) {
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                return condition.ok();
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting; the screen said " + fx.dialogs.shown, e);
        }
    }

}
