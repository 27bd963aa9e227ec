package org.shopdesk.ui.prices;

import java.math.BigDecimal;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.pricing.BulkChange;
import org.shopdesk.domain.pricing.BulkPreviewRow;
import org.shopdesk.domain.pricing.Rounding;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.DatePickers;
import org.shopdesk.ui.kit.GoodsFilter;
import org.shopdesk.ui.kit.Placeholders;
import org.shopdesk.ui.kit.UiContext;

/** The bulk change tab: what to change, the preview the database computed, and Apply. */
public final class BulkChangeController {
    private final BulkChangeViewModel vm;
    private final GoodsFilter lists;
    private final UiContext ui;

    @FXML private VBox root;
    @FXML private ComboBox<NamedItem> bulkProviderField;
    @FXML private ComboBox<NamedItem> categoryField;
    @FXML private ComboBox<NamedItem> producerField;
    @FXML private TextField amountField;
    @FXML private ComboBox<BulkChange.Kind> kindField;
    @FXML private Label amountError;
    @FXML private ComboBox<Rounding> roundingField;
    @FXML private DatePicker validFromField;
    @FXML private Button bulkPreviewButton;
    @FXML private Button bulkApplyButton;
    @FXML private Label summary;
    @FXML private TableView<BulkPreviewRow> bulkTable;
    @FXML private TableColumn<BulkPreviewRow, String> skuColumn;
    @FXML private TableColumn<BulkPreviewRow, String> titleColumn;
    @FXML private TableColumn<BulkPreviewRow, BigDecimal> oldColumn;
    @FXML private TableColumn<BulkPreviewRow, BigDecimal> newColumn;
    @FXML private TableColumn<BulkPreviewRow, String> currencyColumn;

    /** {@code lists} gives the providers, categories and producers the grid has loaded. */
    public BulkChangeController(BulkChangeViewModel vm, GoodsFilter lists, UiContext ui) {
        this.vm = vm;
        this.lists = lists;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        pickProvider(bulkProviderField, lists.providers());
        NamedItemPicker.bind(categoryField, lists.categories(), vm.goods().categoryProperty(),
                ui.messages().get("prices.filter.allCategories"));
        NamedItemPicker.bind(producerField, lists.producers(), vm.goods().producerProperty(),
                ui.messages().get("prices.filter.allProducers"));
        amountField.textProperty().bindBidirectional(vm.amountProperty());
        amountField.setOnAction(e -> vm.preview());
        kindField.getItems().setAll(BulkChange.Kind.values());
        kindField.setConverter(enumText("prices.bulk.kind."));
        kindField.valueProperty().bindBidirectional(vm.kindProperty());
        roundingField.getItems().setAll(Rounding.values());
        roundingField.setConverter(enumText("prices.bulk.rounding."));
        roundingField.valueProperty().bindBidirectional(vm.roundingProperty());
        DatePickers.inLanguage(ui, validFromField);
        validFromField.valueProperty().bindBidirectional(vm.validFromProperty());
        amountError.textProperty().bind(vm.amountProblemProperty());
        summary.textProperty().bind(vm.summaryProperty());
        bulkPreviewButton.disableProperty().bind(vm.busyProperty());
        bulkApplyButton.disableProperty().bind(vm.canApply().not());

        Columns cells = new Columns(ui.formats());
        cells.text(skuColumn, BulkPreviewRow::sku);
        cells.longText(titleColumn, BulkPreviewRow::title);
        cells.money(oldColumn, BulkPreviewRow::oldValue);
        cells.money(newColumn, BulkPreviewRow::newValue);
        cells.text(currencyColumn, BulkPreviewRow::currency);
        bulkTable.setItems(vm.rows());
        Placeholders.set(bulkTable, ui, "prices.bulk.empty");
        bulkTable.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BulkPreviewRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("import-row-error");
                if (!empty && row != null && !row.valid()) {
                    getStyleClass().add("import-row-error");
                }
            }
        });
    }

    private void pickProvider(ComboBox<NamedItem> box, ObservableList<NamedItem> providers) {
        box.setItems(providers);
        box.setPromptText(ui.messages().get("prices.bulk.pickProvider"));
        box.valueProperty().bindBidirectional(vm.goods().providerProperty());
    }

    private <E extends Enum<E>> StringConverter<E> enumText(String prefix) {
        return new StringConverter<>() {
            @Override
            public String toString(E e) {
                return e == null ? "" : ui.messages().get(prefix + e.name());
            }

            @Override
            public E fromString(String s) {
                return null;
            }
        };
    }

    @FXML
    private void preview() {
        vm.preview();
    }

    @FXML
    private void apply() {
        vm.apply();
    }
}
