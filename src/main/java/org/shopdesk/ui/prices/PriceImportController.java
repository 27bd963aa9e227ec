package org.shopdesk.ui.prices;

import java.math.BigDecimal;
import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.pricing.ImportRow;
import org.shopdesk.domain.pricing.ImportStatus;
import org.shopdesk.domain.pricing.MissingOffer;
import org.shopdesk.domain.pricing.PriceListSettings;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.GoodsFilter;
import org.shopdesk.ui.kit.Placeholders;
import org.shopdesk.ui.kit.UiContext;

/** The import tab: provider and file, reading and mapping, the preview as a diff, Apply; progress and Cancel. */
public final class PriceImportController {
    private final PriceImportViewModel vm;
    private final GoodsFilter lists;
    private final UiContext ui;

    @FXML private VBox root;
    @FXML private ComboBox<NamedItem> importProviderField;
    @FXML private Button fileButton;
    @FXML private Label fileName;
    @FXML private ComboBox<String> encodingField;
    @FXML private ComboBox<String> delimiterField;
    @FXML private TextField sheetField;
    @FXML private CheckBox headerField;
    @FXML private ComboBox<String> skuField;
    @FXML private ComboBox<String> eanField;
    @FXML private ComboBox<String> articleField;
    @FXML private ComboBox<String> priceField;
    @FXML private ComboBox<String> currencyField;
    @FXML private ComboBox<String> stockField;
    @FXML private Button importPreviewButton;
    @FXML private ProgressBar progress;
    @FXML private Button cancelButton;
    @FXML private Label readAs;
    @FXML private Label message;
    @FXML private TableView<ImportRow> rowsTable;
    @FXML private TableColumn<ImportRow, String> lineColumn;
    @FXML private TableColumn<ImportRow, String> keyColumn;
    @FXML private TableColumn<ImportRow, String> titleColumn;
    @FXML private TableColumn<ImportRow, String> statusColumn;
    @FXML private TableColumn<ImportRow, BigDecimal> oldColumn;
    @FXML private TableColumn<ImportRow, BigDecimal> newColumn;
    @FXML private TableColumn<ImportRow, String> percentColumn;
    @FXML private ListView<MissingOffer> missingList;
    @FXML private CheckBox skipBadField;
    @FXML private CheckBox closeMissingField;
    @FXML private Button importApplyButton;

    public PriceImportController(PriceImportViewModel vm, GoodsFilter lists, UiContext ui) {
        this.vm = vm;
        this.lists = lists;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        importProviderField.setItems(lists.providers());
        importProviderField.setPromptText(ui.messages().get("prices.bulk.pickProvider"));
        importProviderField.valueProperty().addListener((o, b, p) -> vm.useProvider(p));
        fileName.textProperty().bind(vm.fileProperty().map(f -> f.getFileName().toString())
                .orElse(ui.messages().get("prices.import.noFile")));
        choice(encodingField, vm.encodingProperty(), List.of(PriceImportViewModel.AUTO, PriceListSettings.UTF_8,
                PriceListSettings.WINDOWS_1251), v -> v.isEmpty() ? ui.messages().get("prices.import.detect") : v);
        choice(delimiterField, vm.delimiterProperty(), List.of(PriceImportViewModel.AUTO, ";", ",", PriceImportViewModel.TAB),
                v -> v.isEmpty() ? ui.messages().get("prices.import.detect")
                        : v.equals(PriceImportViewModel.TAB) ? ui.messages().get("prices.import.tab") : v);
        sheetField.textProperty().bindBidirectional(vm.sheetProperty());
        headerField.selectedProperty().bindBidirectional(vm.headerRowProperty());
        for (ComboBox<String> box : List.of(encodingField, delimiterField)) {
            box.valueProperty().addListener(o -> vm.loadColumns());
        }
        headerField.selectedProperty().addListener(o -> vm.loadColumns());
        column(skuField, vm.skuColumnProperty());
        column(eanField, vm.eanColumnProperty());
        column(articleField, vm.articleColumnProperty());
        column(priceField, vm.priceColumnProperty());
        column(currencyField, vm.currencyColumnProperty());
        column(stockField, vm.stockColumnProperty());

        importPreviewButton.disableProperty().bind(vm.runningProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        progress.progressProperty().bind(vm.progressProperty());
        cancelButton.visibleProperty().bind(vm.runningProperty());
        readAs.textProperty().bind(vm.readAsProperty());
        message.textProperty().bind(vm.messageProperty());
        skipBadField.selectedProperty().bindBidirectional(vm.skipBadRowsProperty());
        closeMissingField.selectedProperty().bindBidirectional(vm.closeMissingProperty());
        importApplyButton.disableProperty().bind(vm.canApply().not());

        Columns cells = new Columns(ui.formats());
        cells.text(lineColumn, r -> String.valueOf(r.line()));
        cells.text(keyColumn, ImportRow::key);
        cells.longText(titleColumn, ImportRow::title);
        cells.longText(statusColumn, this::describe);
        cells.money(oldColumn, ImportRow::oldValue);
        cells.money(newColumn, ImportRow::newValue);
        cells.text(percentColumn, r -> (r.percent() != null && r.percent().signum() > 0 ? "+" : "")
                + ui.formats().percent(r.percent()));
        rowsTable.setItems(vm.rows());
        Placeholders.set(rowsTable, ui, "prices.import.nothingYet");
        rowsTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("import-row-error");
                if (!empty && row != null && row.status() == ImportStatus.ERROR) {
                    getStyleClass().add("import-row-error");
                }
            }
        });
        missingList.setItems(vm.missing());
        missingList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(MissingOffer m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : m.sku() + "  " + m.title() + "  " + ui.formats().money(m.value()));
            }
        });
    }

    private String describe(ImportRow r) {
        return switch (r.status()) {
            case NEW -> ui.messages().get("prices.import.status.new");
            case CHANGED -> ui.messages().get("prices.import.status.changed");
            case UNCHANGED -> ui.messages().get("prices.import.status.unchanged");
            case ERROR -> ui.messages().get("prices.problem." + r.problem().name(), r.line(), r.key() == null ? "" : r.key());
        };
    }

    private void choice(ComboBox<String> box, StringProperty target, List<String> values,
                        java.util.function.Function<String, String> text) {
        box.getItems().setAll(values);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null ? "" : text.apply(v);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.valueProperty().bindBidirectional(target);
    }

    /** A column picker: the file's columns, and an empty entry for "not in this file". */
    private void column(ComboBox<String> box, StringProperty target) {
        Runnable refill = () -> {
            String keep = target.get();
            box.getItems().setAll("");
            box.getItems().addAll(vm.columns());
            // Set again after the items changed, so that the box shows it (an equal value would not repaint).
            box.setValue(null);
            box.setValue(keep == null ? "" : keep);
        };
        vm.columns().addListener((javafx.collections.ListChangeListener<String>) c -> refill.run());
        refill.run();
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(String v) {
                return v == null || v.isEmpty() ? ui.messages().get("prices.import.notInFile") : v;
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        box.valueProperty().addListener((o, b, v) -> {
            if (v != null) {
                target.set(v.isEmpty() ? null : v);
            }
        });
        target.addListener((o, b, v) -> {
            if (v != null && !box.getItems().contains(v)) {
                box.getItems().add(v);
            }
            box.setValue(v == null ? "" : v);
        });
    }

    @FXML
    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.messages().get("prices.import.chooseFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.messages().get("prices.import.fileTypes"),
                "*.csv", "*.txt", "*.xlsx"));
        java.io.File f = chooser.showOpenDialog(root.getScene().getWindow());
        if (f != null) {
            vm.useFile(f.toPath());
        }
    }

    @FXML
    private void preview() {
        vm.preview();
    }

    @FXML
    private void cancel() {
        vm.cancel();
    }

    @FXML
    private void apply() {
        vm.apply();
    }
}
