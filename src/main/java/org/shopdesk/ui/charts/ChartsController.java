package org.shopdesk.ui.charts;

import java.nio.file.Path;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.ScatterChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.util.StringConverter;
import org.shopdesk.domain.charts.FilterChoices;
import org.shopdesk.domain.charts.Granularity;
import org.shopdesk.domain.charts.PeriodPreset;
import org.shopdesk.domain.charts.SalesOverview;
import org.shopdesk.domain.charts.FigureTable;
import org.shopdesk.ui.kit.DatePickers;
import org.shopdesk.ui.kit.NumberAxes;
import org.shopdesk.ui.kit.Placeholders;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.ui.kit.UiContext;

/**
 * The Charts area: binds the filter bar, the KPI tiles and the five tabs (each a chart with its
 * table of numbers beside) to {@link ChartsViewModel}; exports the current tab's chart as PNG and
 * its numbers as CSV. Opening the checks behind a bar belongs to the Purchases screen, which does
 * not exist yet.
 */
public final class ChartsController {
    /** Reload (F5), export the tab's chart (Ctrl+Shift+P) and its numbers (Ctrl+Shift+C). */
    static final KeyCombination RELOAD = new KeyCodeCombination(KeyCode.F5);
    static final KeyCombination EXPORT_PNG = new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);
    static final KeyCombination EXPORT_CSV = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final ChartsViewModel vm;
    private final UiContext ui;
    private final FileTarget files;
    private final ChartData data;
    private final ChartExport export;

    @FXML private BorderPane root;
    @FXML private ComboBox<PeriodPreset> preset;
    @FXML private DatePicker from;
    @FXML private DatePicker to;
    @FXML private ComboBox<FilterChoices.Choice> category;
    @FXML private ComboBox<FilterChoices.Choice> producer;
    @FXML private ComboBox<FilterChoices.Choice> provider;
    @FXML private ProgressIndicator progress;
    @FXML private Label periodProblem;
    @FXML private FlowPane tiles;
    @FXML private Label note;
    @FXML private ComboBox<Granularity> step;
    @FXML private Button exportPng;
    @FXML private Button exportCsv;
    @FXML private TabPane tabs;
    @FXML private Tab providerTab;
    @FXML private Tab producerTab;
    @FXML private Tab coverTab;
    @FXML private Tab abcTab;
    @FXML private Tab timeTab;
    @FXML private Node providerCharts;
    @FXML private BarChart<String, Number> providerRevenue;
    @FXML private BarChart<String, Number> providerChecks;
    @FXML private TableView<List<Object>> providerTable;
    @FXML private Node producerCharts;
    @FXML private BarChart<String, Number> producerRevenue;
    @FXML private BarChart<String, Number> productRevenue;
    @FXML private TableView<List<Object>> producerTable;
    @FXML private Label openedProducer;
    @FXML private Button closeProducer;
    @FXML private TableView<List<Object>> productTable;
    @FXML private Node coverCharts;
    @FXML private ScatterChart<Number, Number> coverScatter;
    @FXML private BarChart<String, Number> coverBuckets;
    @FXML private TableView<List<Object>> bucketTable;
    @FXML private TableView<List<Object>> offerTable;
    @FXML private Node abcCharts;
    @FXML private PieChart abcProducts;
    @FXML private PieChart abcProviders;
    @FXML private ComboBox<String> abcOf;
    @FXML private TableView<List<Object>> abcClassTable;
    @FXML private TableView<List<Object>> abcTable;
    @FXML private Node timeCharts;
    @FXML private LineChart<String, Number> timeRevenue;
    @FXML private LineChart<String, Number> timeChecks;
    @FXML private TableView<List<Object>> timeTable;

    public ChartsController(ChartsViewModel vm, UiContext ui, FileTarget files) {
        this.vm = vm;
        this.ui = ui;
        this.files = files;
        this.data = new ChartData(ui.messages(), ui.formats());
        this.export = new ChartExport(ui.tasks());
    }

    @FXML
    private void initialize() {
        NumberAxes.localize(ui.messages().locale(), providerRevenue, providerChecks, producerRevenue, productRevenue,
                coverScatter, coverBuckets, timeRevenue, timeChecks);
        NumberAxes.localizeCounts(ui.messages().locale(), providerChecks.getYAxis(), coverScatter.getXAxis(),
                coverScatter.getYAxis(), coverBuckets.getYAxis(), timeChecks.getYAxis());
        preset.getItems().setAll(PeriodPreset.values());
        preset.setConverter(names(p -> ui.messages().get("charts.preset." + p.name()), ui.messages().get("charts.preset.custom")));
        preset.setButtonCell(presetCell());
        preset.valueProperty().bindBidirectional(vm.presetProperty());
        from.setConverter(dates());
        to.setConverter(dates());
        from.valueProperty().bindBidirectional(vm.fromProperty());
        to.valueProperty().bindBidirectional(vm.toProperty());
        choices(category, vm.categories(), vm.categoryProperty());
        choices(producer, vm.producers(), vm.producerProperty());
        choices(provider, vm.providers(), vm.providerProperty());
        step.getItems().setAll(Granularity.values());
        step.setConverter(names(g -> ui.messages().get("charts.step." + g.name()), ""));
        step.valueProperty().bindBidirectional(vm.stepProperty());
        progress.visibleProperty().bind(vm.loadingProperty());
        periodProblem.textProperty().bind(vm.periodProblemProperty());
        periodProblem.visibleProperty().bind(vm.periodProblemProperty().isNotEmpty());
        periodProblem.managedProperty().bind(periodProblem.visibleProperty());
        exportPng.disableProperty().bind(vm.overviewProperty().isNull());
        exportCsv.disableProperty().bind(vm.overviewProperty().isNull());
        abcOf.getItems().setAll(ui.messages().get("charts.abc.products"), ui.messages().get("charts.abc.providers"));
        abcOf.getSelectionModel().selectFirst();
        abcOf.valueProperty().addListener((o, old, v) -> show(vm.overviewProperty().get()));
        vm.overviewProperty().addListener((o, old, v) -> show(v));
        vm.topProductsProperty().addListener((o, old, v) -> showProducts());
        closeProducer.visibleProperty().bind(vm.openedProperty().isNotNull());
        Shortcuts.on(root).add(RELOAD, vm::reload).add(EXPORT_PNG, this::exportPng).add(EXPORT_CSV, this::exportCsv);
        for (TableView<?> t : List.of(providerTable, producerTable, bucketTable, offerTable, abcClassTable, abcTable, timeTable)) {
            Placeholders.set(t, ui, "charts.table.empty");
        }
        Placeholders.set(productTable, ui, "charts.producer.hint");
        vm.start();
    }

    private void show(SalesOverview o) {
        if (o == null) {
            return;
        }
        tiles.getChildren().setAll(new KpiTiles(ui.messages(), data).tiles(o.kpis()));
        StringConverter<java.time.LocalDate> d = dates();
        note.setText(ui.messages().get("charts.note", d.toString(o.filter().from()), d.toString(o.filter().to().minusDays(1)),
                d.toString(o.filter().previous().from()), d.toString(o.filter().from().minusDays(1))));
        // A provider's bar or row opens the checks behind it in the Purchases history.
        providerRevenue.setData(data.providerRevenue(o.byProvider(), vm::openChecks));
        providerChecks.setData(data.providerChecks(o.byProvider(), vm::openChecks));
        FigureTableView.show(providerTable, vm.tables().byProvider(o.byProvider()), data);
        providerTable.setOnMouseClicked(e -> {
            int i = providerTable.getSelectionModel().getSelectedIndex();
            if (e.getClickCount() == 2 && i >= 0) {
                vm.openChecks(o.byProvider().get(i));
            }
        });
        producerRevenue.setData(data.producerRevenue(o.byProducer(), vm::openProducer));
        FigureTableView.show(producerTable, vm.tables().byProducer(o.byProducer()), data);
        producerTable.setOnMouseClicked(e -> {
            int i = producerTable.getSelectionModel().getSelectedIndex();
            if (e.getClickCount() == 2 && i >= 0) {
                vm.openProducer(o.byProducer().get(i));
            }
        });
        showProducts();
        coverScatter.setData(data.scatter(o.stockCover().points()));
        coverBuckets.setData(data.buckets(o.stockCover().buckets()));
        FigureTableView.show(bucketTable, vm.tables().coverBuckets(o.stockCover()), data);
        FigureTableView.show(offerTable, vm.tables().coverOffers(o.stockCover()), data);
        abcProducts.setData(data.abc(o.abcProducts().classes()));
        abcProviders.setData(data.abc(o.abcProviders().classes()));
        boolean products = abcOf.getSelectionModel().getSelectedIndex() <= 0;
        String title = abcOf.getValue();
        FigureTableView.show(abcClassTable, vm.tables().abcClasses(title, products ? o.abcProducts() : o.abcProviders()), data);
        FigureTableView.show(abcTable, vm.tables().abcItems(title, products ? o.abcProducts() : o.abcProviders()), data);
        timeRevenue.setData(data.overTime(o.overTime(), false));
        timeChecks.setData(data.overTime(o.overTime(), true));
        fadePrevious(timeRevenue);
        fadePrevious(timeChecks);
        FigureTableView.show(timeTable, vm.tables().overTime(o.overTime()), data);
    }

    /** The previous period is the faint line. */
    private void fadePrevious(LineChart<String, Number> chart) {
        String previous = ui.messages().get("charts.column.previous");
        for (XYChart.Series<String, Number> s : chart.getData()) {
            if (s.getName().startsWith(previous) && s.getNode() != null) {
                s.getNode().getStyleClass().add(ChartStyles.PREVIOUS);
                s.getData().forEach(d -> {
                    if (d.getNode() != null) {
                        d.getNode().getStyleClass().add(ChartStyles.PREVIOUS);
                    }
                });
            }
        }
    }

    private void showProducts() {
        var opened = vm.openedProperty().get();
        openedProducer.setText(opened == null ? ui.messages().get("charts.producer.hint")
                : ui.messages().get("charts.topProducts.title") + ": " + opened.producer());
        productRevenue.setTitle(opened == null ? "" : ui.messages().get("charts.topProducts.title") + ": " + opened.producer());
        productRevenue.setData(data.topProducts(vm.topProductsProperty().get()));
        FigureTableView.show(productTable, vm.tables().topProducts(opened == null ? "" : opened.producer(),
                vm.topProductsProperty().get()), data);
    }

    @FXML
    private void clearFilters() {
        vm.categoryProperty().set(null);
        vm.producerProperty().set(null);
        vm.providerProperty().set(null);
    }

    @FXML
    private void closeProducer() {
        vm.closeProducer();
    }

    /** The current tab's charts as a PNG. */
    @FXML
    private void exportPng() {
        if (vm.overviewProperty().get() == null) {
            return;
        }
        Node chart = currentCharts();
        files.choose(ui.messages().get("charts.export.picture"), fileName() + ".png", ui.messages().get("charts.export.pngFiles"),
                "*.png").ifPresent(path -> export.png(chart, path, () -> saved(path)));
    }

    /** The numbers of the current tab's chart as CSV (the table beside it). */
    @FXML
    private void exportCsv() {
        if (vm.overviewProperty().get() == null) {
            return;
        }
        FigureTable table = currentTable();
        files.choose(ui.messages().get("charts.export.numbers"), fileName() + ".csv", ui.messages().get("charts.export.csvFiles"),
                "*.csv").ifPresent(path -> export.csv(table, path, () -> saved(path)));
    }

    private void saved(Path path) {
        note.setText(ui.messages().get("charts.export.saved", path.toString()));
    }

    private Node currentCharts() {
        Tab t = tabs.getSelectionModel().getSelectedItem();
        return t == providerTab ? providerCharts : t == producerTab ? producerCharts : t == coverTab ? coverCharts
                : t == abcTab ? abcCharts : timeCharts;
    }

    private FigureTable currentTable() {
        SalesOverview o = vm.overviewProperty().get();
        Tab t = tabs.getSelectionModel().getSelectedItem();
        if (t == providerTab) {
            return vm.tables().byProvider(o.byProvider());
        }
        if (t == producerTab) {
            return vm.openedProperty().get() == null ? vm.tables().byProducer(o.byProducer())
                    : vm.tables().topProducts(vm.openedProperty().get().producer(), vm.topProductsProperty().get());
        }
        if (t == coverTab) {
            return vm.tables().coverOffers(o.stockCover());
        }
        if (t == abcTab) {
            boolean products = abcOf.getSelectionModel().getSelectedIndex() <= 0;
            return vm.tables().abcItems(abcOf.getValue(), products ? o.abcProducts() : o.abcProviders());
        }
        return vm.tables().overTime(o.overTime());
    }

    private String fileName() {
        SalesOverview o = vm.overviewProperty().get();
        Tab t = tabs.getSelectionModel().getSelectedItem();
        String what = t == providerTab ? "by-provider" : t == producerTab ? "by-producer" : t == coverTab ? "stock-cover"
                : t == abcTab ? "abc" : "over-time";
        return "shopdesk-" + what + "-" + o.filter().from() + "-" + o.filter().to().minusDays(1);
    }

    private void choices(ComboBox<FilterChoices.Choice> box, javafx.collections.ObservableList<FilterChoices.Choice> items,
                         javafx.beans.property.ObjectProperty<FilterChoices.Choice> value) {
        box.setItems(items);
        box.valueProperty().bindBidirectional(value);
        // "All" when nothing is chosen, also after Clear (a ComboBox forgets its prompt once a value was set).
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(FilterChoices.Choice c, boolean empty) {
                super.updateItem(c, empty);
                setText(c == null ? ui.messages().get("charts.filter.all") : c.name());
            }
        });
    }

    private static <T> StringConverter<T> names(java.util.function.Function<T, String> name, String none) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? none : name.apply(value);
            }

            @Override
            public T fromString(String text) {
                return null;
            }
        };
    }

    /** Dates as the screen's language writes them (not the computer's). */
    private StringConverter<java.time.LocalDate> dates() {
        return DatePickers.converter(ui);
    }

    private ListCell<PeriodPreset> presetCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PeriodPreset p, boolean empty) {
                super.updateItem(p, empty);
                setText(p == null ? ui.messages().get("charts.preset.custom") : ui.messages().get("charts.preset." + p.name()));
            }
        };
    }
}
