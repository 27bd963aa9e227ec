package org.shopdesk.ui.prices;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.shopdesk.domain.pricing.OfferRow;
import org.shopdesk.domain.pricing.PriceHistoryRow;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.DatePickers;
import org.shopdesk.ui.kit.NumberAxes;
import org.shopdesk.ui.kit.Placeholders;
import org.shopdesk.ui.kit.UiContext;

/**
 * The side pane of the price grid: the offer being edited (value, currency, valid from, the
 * provider's article), the product's offers with the cheapest marked, and its price history as a
 * table and a line chart (one line per provider, a step at each change).
 */
public final class PriceDetailController {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final PriceDetailViewModel vm;
    private final UiContext ui;

    @FXML private Label productTitle;
    @FXML private GridPane form;
    @FXML private Label providerName;
    @FXML private TextField valueField;
    @FXML private TextField currencyField;
    @FXML private Label valueError;
    @FXML private DatePicker validFromField;
    @FXML private TextField articleField;
    @FXML private Button articleButton;
    @FXML private Button saveButton;
    @FXML private Button removeButton;
    @FXML private Button reloadButton;
    @FXML private Label formMessage;
    @FXML private Label nextPrice;
    @FXML private TableView<OfferRow> offersTable;
    @FXML private TableColumn<OfferRow, String> oProviderColumn;
    @FXML private TableColumn<OfferRow, BigDecimal> oPriceColumn;
    @FXML private TableColumn<OfferRow, String> oCurrencyColumn;
    @FXML private TableColumn<OfferRow, String> oCheapestColumn;
    @FXML private CheckBox allProviders;
    @FXML private LineChart<Number, Number> chart;
    @FXML private NumberAxis timeAxis;
    @FXML private NumberAxis priceAxis;
    @FXML private TableView<PriceHistoryRow> historyTable;
    @FXML private Label chartHint;
    @FXML private TableColumn<PriceHistoryRow, String> hProviderColumn;
    @FXML private TableColumn<PriceHistoryRow, BigDecimal> hPriceColumn;
    @FXML private TableColumn<PriceHistoryRow, Instant> hFromColumn;
    @FXML private TableColumn<PriceHistoryRow, Instant> hToColumn;
    @FXML private TableColumn<PriceHistoryRow, String> hByColumn;
    @FXML private TableColumn<PriceHistoryRow, String> hStateColumn;

    public PriceDetailController(PriceDetailViewModel vm, UiContext ui) {
        this.vm = vm;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        productTitle.textProperty().bind(vm.productTitleProperty().map(t -> t.isEmpty()
                ? ui.messages().get("prices.detail.pick") : t));
        providerName.textProperty().bind(vm.targetProperty().map(t -> t.provider()).orElse(""));
        form.disableProperty().bind(vm.editing().not());
        valueField.textProperty().bindBidirectional(vm.valueProperty());
        currencyField.textProperty().bindBidirectional(vm.currencyProperty());
        DatePickers.inLanguage(ui, validFromField);
        validFromField.valueProperty().bindBidirectional(vm.validFromProperty());
        articleField.textProperty().bindBidirectional(vm.articleProperty());
        valueError.textProperty().bind(vm.valueProblemProperty());
        valueField.setOnAction(e -> vm.save());
        saveButton.disableProperty().bind(vm.editing().not().or(vm.busyProperty()));
        articleButton.disableProperty().bind(vm.busyProperty());
        removeButton.disableProperty().bind(vm.canRemove().not());
        reloadButton.visibleProperty().bind(vm.conflictProperty());
        reloadButton.managedProperty().bind(vm.conflictProperty());
        formMessage.textProperty().bind(vm.messageProperty());
        nextPrice.textProperty().bind(vm.nextProperty());
        vm.conflictProperty().addListener((o, b, c) -> formMessage.pseudoClassStateChanged(ERROR, c));
        vm.valueProblemProperty().addListener((o, b, p) -> formMessage.pseudoClassStateChanged(ERROR, !p.isEmpty()));

        Columns cells = new Columns(ui.formats());
        cells.text(oProviderColumn, OfferRow::provider);
        cells.money(oPriceColumn, OfferRow::value);
        cells.text(oCurrencyColumn, OfferRow::currency);
        cells.text(oCheapestColumn, o -> o.cheapest() ? ui.messages().get("prices.offer.cheapest") : "");
        offersTable.setItems(vm.offers());
        Placeholders.set(offersTable, ui, "prices.offers.empty");
        offersTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(OfferRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("cheapest-offer");
                if (!empty && row != null && row.cheapest()) {
                    getStyleClass().add("cheapest-offer");
                }
            }
        });
        offersTable.getSelectionModel().selectedItemProperty().addListener((o, b, offer) -> {
            if (offer != null && (vm.targetProperty().get() == null
                    || vm.targetProperty().get().providerId() != offer.providerId())) {
                vm.edit(offer);
            }
        });

        cells.text(hProviderColumn, PriceHistoryRow::provider);
        cells.money(hPriceColumn, PriceHistoryRow::value);
        // A date and time ("31.08.2026, 21:11") twice did not fit the pane beside who and the
        // state: the cells show the date, their tooltips the date and time.
        cells.day(hFromColumn, PriceHistoryRow::validFrom);
        cells.day(hToColumn, h -> h.cancelled() ? null : h.validTo());
        cells.text(hByColumn, h -> h.closedBy() == null || h.closedBy().equals(h.createdBy()) ? h.createdBy()
                : h.createdBy() + " / " + h.closedBy());
        cells.text(hStateColumn, h -> ui.messages().get(h.cancelled() ? "prices.history.cancelled"
                : h.current() ? "prices.history.current" : h.validTo() == null || h.validFrom().isAfter(Instant.now())
                ? "prices.history.scheduled" : "prices.history.past"));
        historyTable.setItems(vm.history());
        Placeholders.set(historyTable, ui, "prices.history.empty");
        // One provider's history needs no provider column; all providers' does. Six columns do not
        // fit the pane, so who changed a price is shown for one provider's history only.
        hProviderColumn.visibleProperty().bind(vm.historyAllProvidersProperty().or(vm.editing().not()));
        hByColumn.visibleProperty().bind(hProviderColumn.visibleProperty().not());
        allProviders.selectedProperty().bindBidirectional(vm.historyAllProvidersProperty());

        StringConverter<Number> dates = new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return day(Instant.ofEpochMilli(n.longValue()));
            }

            @Override
            public Number fromString(String s) {
                return 0;
            }
        };
        NumberAxes.localize(ui.messages().locale(), chart);
        timeAxis.setTickLabelFormatter(dates);
        timeAxis.setLabel(ui.messages().get("prices.chart.time"));
        priceAxis.setLabel(ui.messages().get("prices.chart.price"));
        vm.history().addListener((ListChangeListener<PriceHistoryRow>) c -> drawChart());
        vm.productProperty().subscribe(p -> drawChart());
    }

    /** One line per provider: each price holds from its start until the next, drawn as steps up to now. */
    private void drawChart() {
        Map<String, XYChart.Series<Number, Number>> lines = new LinkedHashMap<>();
        List<PriceHistoryRow> rows = vm.chartRows();
        long now = System.currentTimeMillis();
        for (PriceHistoryRow h : rows) {
            XYChart.Series<Number, Number> line = lines.computeIfAbsent(h.provider(), name -> {
                XYChart.Series<Number, Number> s = new XYChart.Series<>();
                s.setName(name);
                return s;
            });
            long from = h.validFrom().toEpochMilli();
            long to = h.validTo() == null ? Math.max(now, from) : h.validTo().toEpochMilli();
            line.getData().add(new XYChart.Data<>(from, h.value()));
            line.getData().add(new XYChart.Data<>(to, h.value()));
        }
        chart.getData().setAll(lines.values());
        // An empty plot shows axes from 1970; until there is a history a sentence says why there is none.
        boolean drawn = !rows.isEmpty();
        chart.setVisible(drawn);
        chart.setManaged(drawn);
        chartHint.setVisible(!drawn);
        chartHint.setManaged(!drawn);
        chartHint.setText(drawn ? "" : ui.messages().get(vm.productProperty().get() == null
                ? "prices.chart.noProduct" : "prices.chart.noHistory"));
    }

    /** The day of an instant, as the screen's language writes dates. */
    private String day(Instant at) {
        return ui.formats().date(LocalDate.ofInstant(at, ZoneId.systemDefault()));
    }

    void focusValue() {
        valueField.requestFocus();
        valueField.selectAll();
    }

    @FXML
    private void save() {
        vm.save();
    }

    @FXML
    private void remove() {
        vm.remove();
    }

    @FXML
    private void saveArticle() {
        vm.saveArticle();
    }

    @FXML
    private void reload() {
        vm.reloadAfterConflict();
    }
}
