package org.shopdesk.ui.catalogue;

import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.util.Duration;
import org.controlsfx.control.SearchableComboBox;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.shopdesk.domain.catalogue.ProductDetails;
import org.shopdesk.domain.catalogue.ProductRow;
import org.shopdesk.domain.catalogue.ProductSort;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.service.catalogue.ProductRules;
import org.shopdesk.ui.common.Formats;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.Styles;

/** Binds the Catalogue screen to its two view models; it holds no state of its own. */
public final class CatalogueController {
    private static final NamedItem ALL = new NamedItem(-1, "", 0, 0);
    private static final PseudoClass ARCHIVED = PseudoClass.getPseudoClass("archived");

    private final CatalogueViewModel list;
    private final ProductFormViewModel form;
    private final Messages messages;
    private final Formats formats;
    private final NamedItemsWindow namedItems;
    private final ValidationSupport validation = new ValidationSupport();
    private final PauseTransition searchPause = new PauseTransition(Duration.millis(250));

    @FXML private TextField search;
    @FXML private Label placeholder;
    @FXML private SearchableComboBox<NamedItem> categoryFilter;
    @FXML private SearchableComboBox<NamedItem> producerFilter;
    @FXML private CheckBox showArchived;
    @FXML private Button newButton;
    @FXML private SplitPane split;
    @FXML private javafx.scene.control.ScrollPane formPane;
    @FXML private TableView<ProductRow> table;
    @FXML private TableColumn<ProductRow, String> skuColumn;
    @FXML private TableColumn<ProductRow, String> titleColumn;
    @FXML private TableColumn<ProductRow, String> categoryColumn;
    @FXML private TableColumn<ProductRow, String> producerColumn;
    @FXML private TableColumn<ProductRow, String> priceColumn;
    @FXML private TableColumn<ProductRow, String> offersColumn;
    @FXML private TableColumn<ProductRow, String> stockColumn;
    @FXML private Label totalLabel;
    @FXML private Label pageLabel;
    @FXML private Button firstButton;
    @FXML private Button previousButton;
    @FXML private Button nextButton;
    @FXML private Button lastButton;
    @FXML private Label formTitle;
    @FXML private TextField skuField;
    @FXML private TextField eanField;
    @FXML private TextField titleField;
    @FXML private TextArea descriptionField;
    @FXML private SearchableComboBox<NamedItem> categoryField;
    @FXML private SearchableComboBox<NamedItem> producerField;
    @FXML private Label skuError;
    @FXML private Label eanError;
    @FXML private Label titleError;
    @FXML private Label descriptionError;
    @FXML private Label categoryError;
    @FXML private Label producerError;
    @FXML private Label auditLabel;
    @FXML private Label formMessage;
    @FXML private Button saveButton;
    @FXML private Button revertButton;
    @FXML private Button archiveButton;

    public CatalogueController(CatalogueViewModel list, ProductFormViewModel form, Messages messages,
                               NamedItemsWindow namedItems) {
        this.list = list;
        this.form = form;
        this.messages = messages;
        this.formats = new Formats(messages.locale());
        this.namedItems = namedItems;
    }

    @FXML
    private void initialize() {
        // A wider window widens the list; the form keeps its width.
        SplitPane.setResizableWithParent(formPane, false);
        bindList();
        bindFilters();
        bindForm();
        table.sceneProperty().addListener((o, before, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
            }
        });
        form.setOnSaved(list::load);
        // The page first: it is what the user waits for; the filters' lists follow.
        list.load();
        list.loadReferenceData();
        form.newProduct();
    }

    private void bindList() {
        table.setItems(list.rows());
        // Until the first page arrives an empty table means "loading", not "nothing matches".
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.when(list.loadedProperty())
                .then(messages.get("catalogue.empty")).otherwise(messages.get("catalogue.loading")));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        skuColumn.setCellValueFactory(c -> text(c.getValue().sku()));
        titleColumn.setCellValueFactory(c -> text(c.getValue().title()));
        categoryColumn.setCellValueFactory(c -> text(c.getValue().category()));
        producerColumn.setCellValueFactory(c -> text(c.getValue().producer()));
        priceColumn.setCellValueFactory(c -> text(formats.money(c.getValue().lowestPrice())));
        offersColumn.setCellValueFactory(c -> text(formats.integer(c.getValue().offers())));
        stockColumn.setCellValueFactory(c -> text(formats.integer(c.getValue().stock())));
        for (TableColumn<ProductRow, String> c : java.util.List.of(priceColumn, offersColumn, stockColumn)) {
            c.setCellFactory(col -> numberCell());
        }
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ProductRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(ARCHIVED, !empty && row != null && row.archived());
            }
        });
        // The database sorts: the table only reports which column the user asked for.
        table.setSortPolicy(t -> {
            TableColumn<ProductRow, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().get(0);
            list.sortProperty().set(first == null ? ProductSort.TITLE : sortOf(first));
            list.descendingProperty().set(first != null && first.getSortType() == TableColumn.SortType.DESCENDING);
            return true;
        });
        table.getSelectionModel().selectedItemProperty().addListener((o, before, row) -> {
            if (row != null) {
                form.open(row.id());
            }
        });
        totalLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("catalogue.total", list.totalProperty().get()), list.totalProperty()));
        pageLabel.textProperty().bind(Bindings.createStringBinding(
                () -> messages.get("catalogue.page", list.pageProperty().get() + 1, list.pageCountProperty().get()),
                list.pageProperty(), list.pageCountProperty()));
        firstButton.disableProperty().bind(list.pageProperty().isEqualTo(0));
        previousButton.disableProperty().bind(list.pageProperty().isEqualTo(0));
        nextButton.disableProperty().bind(list.pageProperty().greaterThanOrEqualTo(list.pageCountProperty().subtract(1)));
        lastButton.disableProperty().bind(nextButton.disableProperty());
    }

    private void bindFilters() {
        search.textProperty().bindBidirectional(list.searchTextProperty());
        searchPause.setOnFinished(e -> list.search());
        search.textProperty().addListener((o, before, after) -> searchPause.playFromStart());
        search.setOnAction(e -> {
            searchPause.stop();
            list.search();
            table.requestFocus();
            table.getSelectionModel().selectFirst();
        });
        showArchived.selectedProperty().bindBidirectional(list.showArchivedProperty());
        filter(categoryFilter, list.categories(), list.categoryProperty(), "catalogue.filter.allCategories");
        filter(producerFilter, list.producers(), list.producerProperty(), "catalogue.filter.allProducers");
        categoryField.setItems(list.categories());
        producerField.setItems(list.producers());
    }

    /** A filter picker: "all" first, then the items; picking "all" clears the filter. */
    private void filter(SearchableComboBox<NamedItem> box, javafx.collections.ObservableList<NamedItem> items,
                        javafx.beans.property.ObjectProperty<NamedItem> target, String allKey) {
        String allText = messages.get(allKey);
        box.setConverter(new javafx.util.StringConverter<>() {
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

    private void bindForm() {
        // SKUs are upper case; show them so while typing rather than surprise the clerk on save.
        skuField.setTextFormatter(new javafx.scene.control.TextFormatter<String>(change -> {
            change.setText(change.getText().toUpperCase(java.util.Locale.ROOT));
            return change;
        }));
        skuField.textProperty().bindBidirectional(form.skuProperty());
        eanField.textProperty().bindBidirectional(form.eanProperty());
        titleField.textProperty().bindBidirectional(form.titleProperty());
        descriptionField.textProperty().bindBidirectional(form.descriptionProperty());
        categoryField.valueProperty().bindBidirectional(form.categoryProperty());
        producerField.valueProperty().bindBidirectional(form.producerProperty());

        showProblem(skuField, skuError, ProductRules.SKU);
        showProblem(eanField, eanError, ProductRules.EAN);
        showProblem(titleField, titleError, ProductRules.TITLE);
        showProblem(descriptionField, descriptionError, ProductRules.DESCRIPTION);
        showProblem(categoryField, categoryError, ProductRules.CATEGORY);
        showProblem(producerField, producerError, ProductRules.PRODUCER);
        form.problems().addListener((javafx.collections.MapChangeListener<String, String>) c -> validation.revalidate());

        formTitle.textProperty().bind(form.fromLoaded(p -> messages.get("product.form.edit", p.sku()),
                messages.get("product.form.new")));
        auditLabel.textProperty().bind(form.fromLoaded(this::audit, ""));
        formMessage.textProperty().bind(form.messageProperty());
        form.messageIsErrorProperty().subscribe(error ->
                formMessage.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), error));
        archiveButton.textProperty().bind(form.fromLoaded(
                p -> messages.get(p.archived() ? "product.unarchive" : "product.archive"), messages.get("product.archive")));
        archiveButton.disableProperty().bind(form.canArchive().not());
        revertButton.disableProperty().bind(form.dirtyProperty().not());
        saveButton.disableProperty().bind(form.dirtyProperty().not());
    }

    /** A field's problem shows twice: ControlsFX's mark on the field and the words under it. */
    private void showProblem(Control field, Label label, String name) {
        label.textProperty().bind(Bindings.createStringBinding(() -> form.problem(name).orElse(""), form.problems()));
        label.visibleProperty().bind(label.textProperty().isNotEmpty());
        label.managedProperty().bind(label.visibleProperty());
        validation.registerValidator(field, false, (Control c, Object value) ->
                ValidationResult.fromErrorIf(c, form.problem(name).orElse(""), form.problem(name).isPresent()));
    }

    private String audit(ProductDetails p) {
        String text = messages.get("product.audit", formats.dateTime(p.createdAt()), p.createdBy(),
                formats.dateTime(p.updatedAt()), p.updatedBy());
        return p.archived() ? messages.get("product.isArchived") + " " + text : text;
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            search.requestFocus();
            search.selectAll();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newProduct);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
    }

    private static ProductSort sortOf(TableColumn<ProductRow, ?> column) {
        String id = column.getId();
        return switch (id) {
            case "skuColumn" -> ProductSort.SKU;
            case "categoryColumn" -> ProductSort.CATEGORY;
            case "producerColumn" -> ProductSort.PRODUCER;
            default -> ProductSort.TITLE;
        };
    }

    private static ReadOnlyObjectWrapper<String> text(String s) {
        return new ReadOnlyObjectWrapper<>(s);
    }

    private static TableCell<ProductRow, String> numberCell() {
        TableCell<ProductRow, String> cell = new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        };
        cell.getStyleClass().add(Styles.NUMBER_CELL);
        return cell;
    }

    @FXML
    private void newProduct() {
        form.newProduct();
        if (form.loadedProperty().get() == null) {
            table.getSelectionModel().clearSelection();
            skuField.requestFocus();
        }
    }

    @FXML
    private void save() {
        if (!saveButton.isDisabled()) {
            form.save();
        }
    }

    @FXML
    private void revert() {
        form.revert();
    }

    @FXML
    private void toggleArchived() {
        form.toggleArchived();
    }

    @FXML
    private void firstPage() {
        list.firstPage();
    }

    @FXML
    private void previousPage() {
        list.previousPage();
    }

    @FXML
    private void nextPage() {
        list.nextPage();
    }

    @FXML
    private void lastPage() {
        list.lastPage();
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
