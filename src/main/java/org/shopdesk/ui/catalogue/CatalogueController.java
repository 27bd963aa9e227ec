package org.shopdesk.ui.catalogue;

import java.math.BigDecimal;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.CheckBox;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.util.StringConverter;
import org.controlsfx.control.SearchableComboBox;
import org.shopdesk.domain.catalogue.ProductRow;
import org.shopdesk.domain.catalogue.ProductSort;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.PagedTable;
import org.shopdesk.ui.kit.Pager;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.ui.kit.UiContext;

/** Binds the Catalogue's toolbar and list to its view model; the form has its own controller. */
public final class CatalogueController {
    private static final NamedItem ALL = new NamedItem(-1, "", 0, 0);
    private static final PseudoClass ARCHIVED = PseudoClass.getPseudoClass("archived");
    private static final PagedTable.Texts LIST_TEXTS = new PagedTable.Texts("catalogue", "catalogue.loading",
            "catalogue.empty", "catalogue.total");

    private final CatalogueViewModel list;
    private final ProductFormViewModel form;
    private final UiContext ui;
    private final NamedItemsWindow namedItems;

    @FXML private BorderPane root;
    @FXML private TextField search;
    @FXML private SearchableComboBox<NamedItem> categoryFilter;
    @FXML private SearchableComboBox<NamedItem> producerFilter;
    @FXML private CheckBox showArchived;
    @FXML private SplitPane split;
    @FXML private ProductFormController formController;
    @FXML private TableView<ProductRow> table;
    @FXML private TableColumn<ProductRow, String> skuColumn;
    @FXML private TableColumn<ProductRow, String> titleColumn;
    @FXML private TableColumn<ProductRow, String> categoryColumn;
    @FXML private TableColumn<ProductRow, String> producerColumn;
    @FXML private TableColumn<ProductRow, BigDecimal> priceColumn;
    @FXML private TableColumn<ProductRow, Number> offersColumn;
    @FXML private TableColumn<ProductRow, Number> stockColumn;
    @FXML private Pager pager;

    public CatalogueController(CatalogueViewModel list, ProductFormViewModel form, UiContext ui,
                               NamedItemsWindow namedItems) {
        this.list = list;
        this.form = form;
        this.ui = ui;
        this.namedItems = namedItems;
    }

    @FXML
    private void initialize() {
        list.attach(form);
        bindTable();
        showArchived.selectedProperty().bindBidirectional(list.showArchivedProperty());
        filter(categoryFilter, list.categories(), list.categoryProperty(), "catalogue.filter.allCategories");
        filter(producerFilter, list.producers(), list.producerProperty(), "catalogue.filter.allProducers");
        formController.useLists(list.categories(), list.producers());
        Shortcuts.on(root)
                .add(Shortcuts.FIND, () -> {
                    search.requestFocus();
                    search.selectAll();
                })
                .add(Shortcuts.NEW, this::newProduct)
                .add(Shortcuts.SAVE, formController::save)
                .add(Shortcuts.ESCAPE, table::requestFocus);
        Shortcuts.onEnter(table, formController::focusFirstField);
        // The page first: it is what the user waits for; the filters' lists follow.
        list.load();
        list.loadReferenceData();
    }

    private void bindTable() {
        Columns cells = new Columns(ui.formats());
        cells.text(skuColumn, ProductRow::sku);
        cells.longText(titleColumn, ProductRow::title);
        cells.text(categoryColumn, ProductRow::category);
        cells.text(producerColumn, ProductRow::producer);
        cells.money(priceColumn, ProductRow::lowestPrice);
        cells.integer(offersColumn, ProductRow::offers);
        cells.integer(stockColumn, ProductRow::stock);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProductRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ARCHIVED, !empty && row != null && row.archived());
            }
        });
        PagedTable.bind(table, pager, list.list(), ui, LIST_TEXTS)
                .sortable(skuColumn, ProductSort.SKU)
                .sortable(titleColumn, ProductSort.TITLE)
                .sortable(categoryColumn, ProductSort.CATEGORY)
                .sortable(producerColumn, ProductSort.PRODUCER)
                .search(search)
                .fill(titleColumn)
                .rememberColumnWidths();
        // A wider window widens the list; the form keeps its width.
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
    }

    /** A filter picker: "all" first, then the items; picking "all" clears the filter. */
    private void filter(SearchableComboBox<NamedItem> box, ObservableList<NamedItem> items,
                        ObjectProperty<NamedItem> target, String allKey) {
        String allText = ui.messages().get(allKey);
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(NamedItem item) {
                return item == null || item == ALL ? allText : item.name();
            }

            @Override
            public NamedItem fromString(String s) {
                return null;
            }
        });
        Runnable refill = () -> {
            NamedItem keep = box.getValue();
            box.getItems().setAll(ALL);
            box.getItems().addAll(items);
            box.setValue(keep == null ? ALL : keep);
        };
        items.addListener((ListChangeListener<NamedItem>) c -> refill.run());
        refill.run();
        box.valueProperty().addListener((o, before, after) -> target.set(after == null || after == ALL ? null : after));
    }

    @FXML
    private void newProduct() {
        if (list.newProduct(form)) {
            formController.focusFirstField();
        }
    }

    @FXML
    private void manageCategories() {
        namedItems.show(NamedItemsWindow.Kind.CATEGORIES, list::loadReferenceData);
    }

    @FXML
    private void manageProducers() {
        namedItems.show(NamedItemsWindow.Kind.PRODUCERS, list::loadReferenceData);
    }
}
