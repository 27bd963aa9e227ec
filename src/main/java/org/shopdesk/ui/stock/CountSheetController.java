package org.shopdesk.ui.stock;

import java.io.File;
import java.time.Instant;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.print.PageLayout;
import javafx.print.PrinterJob;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.stock.CountSheetLine;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.ui.kit.UiContext;

/**
 * Binds the count tab: the sheet of a provider's goods with a field per line for what was
 * counted, export to CSV, printing (JavaFX's PrinterJob, a page of lines at a time) and booking.
 */
public final class CountSheetController {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final int LINES_PER_PAGE = 40;

    private final CountSheetViewModel vm;
    private final UiContext ui;

    @FXML private BorderPane root;
    @FXML private ComboBox<NamedItem> providerPicker;
    @FXML private ComboBox<NamedItem> categoryPicker;
    @FXML private Button exportButton;
    @FXML private Button printButton;
    @FXML private TableView<CountSheetViewModel.Line> countTable;
    @FXML private TableColumn<CountSheetViewModel.Line, String> skuColumn;
    @FXML private TableColumn<CountSheetViewModel.Line, String> productColumn;
    @FXML private TableColumn<CountSheetViewModel.Line, String> categoryColumn;
    @FXML private TableColumn<CountSheetViewModel.Line, Number> booksColumn;
    @FXML private TableColumn<CountSheetViewModel.Line, CountSheetViewModel.Line> countedColumn;
    @FXML private TableColumn<CountSheetViewModel.Line, String> differenceColumn;
    @FXML private TableColumn<CountSheetViewModel.Line, Instant> lastCountedColumn;
    @FXML private TextField countNoteField;
    @FXML private Button bookCountButton;
    @FXML private Label countMessage;

    public CountSheetController(CountSheetViewModel vm, UiContext ui) {
        this.vm = vm;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        Pickers.bind(providerPicker, vm.providers(), vm.providerProperty(), ui.messages().get("stock.count.chooseProvider"));
        Pickers.bind(categoryPicker, vm.categories(), vm.categoryProperty(), ui.messages().get("stock.filter.allCategories"));
        Columns cells = new Columns(ui.formats());
        cells.text(skuColumn, l -> l.sheet().sku());
        cells.longText(productColumn, l -> l.sheet().title());
        cells.text(categoryColumn, l -> l.sheet().category());
        cells.integer(booksColumn, l -> l.sheet().balance());
        cells.dateTime(lastCountedColumn, l -> l.sheet().lastCounted());
        differenceColumn.setCellValueFactory(c -> c.getValue().differenceProperty());
        differenceColumn.getStyleClass().add(org.shopdesk.ui.common.Styles.NUMBER_CELL);
        countedColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        countedColumn.setCellFactory(c -> new CountedCell());
        countTable.setItems(vm.lines());
        countTable.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        countNoteField.textProperty().bindBidirectional(vm.noteProperty());
        countMessage.textProperty().bind(vm.messageProperty());
        vm.messageIsErrorProperty().subscribe(error -> countMessage.pseudoClassStateChanged(ERROR, error));
        var noSheet = vm.hasSheetProperty().not();
        exportButton.disableProperty().bind(noSheet);
        printButton.disableProperty().bind(noSheet);
        bookCountButton.disableProperty().bind(noSheet.or(vm.busyProperty()));
        Shortcuts.on(root).add(Shortcuts.SAVE, vm::book).add(Shortcuts.ESCAPE, countTable::requestFocus);
    }

    /** A field per line, always open, so that a storekeeper types counts down the sheet with Tab or Enter. */
    private final class CountedCell extends TableCell<CountSheetViewModel.Line, CountSheetViewModel.Line> {
        private final TextField field = new TextField();
        private final Tooltip tip = new Tooltip();
        private final javafx.beans.value.ChangeListener<String> showProblem = (o, before, problem) -> showProblem(problem);
        private CountSheetViewModel.Line bound;

        CountedCell() {
            field.getStyleClass().add("count-field");
            field.setOnAction(e -> {
                int next = getIndex() + 1;
                if (next < getTableView().getItems().size()) {
                    getTableView().scrollTo(Math.max(0, next - 5));
                    getTableView().getSelectionModel().select(next);
                    javafx.application.Platform.runLater(() -> getTableView().lookupAll(".count-field").stream()
                            .map(n -> (TextField) n)
                            .filter(f -> f.getProperties().get("line") == getTableView().getItems().get(next))
                            .findFirst().ifPresent(TextField::requestFocus));
                }
            });
        }

        @Override
        protected void updateItem(CountSheetViewModel.Line line, boolean empty) {
            super.updateItem(line, empty);
            if (bound != null) {
                field.textProperty().unbindBidirectional(bound.countedProperty());
                bound.problemProperty().removeListener(showProblem);
                bound = null;
            }
            if (empty || line == null) {
                setGraphic(null);
                return;
            }
            bound = line;
            field.getProperties().put("line", line);
            field.textProperty().bindBidirectional(line.countedProperty());
            line.problemProperty().addListener(showProblem);
            showProblem(line.problemProperty().get());
            setGraphic(field);
        }

        private void showProblem(String problem) {
            field.pseudoClassStateChanged(ERROR, !problem.isEmpty());
            tip.setText(problem);
            field.setTooltip(problem.isEmpty() ? null : tip);
        }
    }

    @FXML
    private void book() {
        vm.book();
    }

    @FXML
    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.messages().get("stock.count.export"));
        NamedItem provider = vm.providerProperty().get();
        chooser.setInitialFileName(ui.messages().get("stock.count.fileName",
                provider == null ? "" : provider.name().replaceAll("[^\\p{L}\\p{N}]+", "-")) + ".csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file != null) {
            vm.export(file.toPath());
        }
    }

    /** Prints the sheet, a page of lines at a time, with an empty column to write the counts in. */
    @FXML
    private void print() {
        PrinterJob job = PrinterJob.createPrinterJob();
        if (job == null || !job.showPrintDialog(root.getScene().getWindow())) {
            vm.printed(false);
            if (job != null) {
                job.cancelJob();
            }
            return;
        }
        PageLayout layout = job.getJobSettings().getPageLayout();
        boolean ok = true;
        var lines = vm.lines();
        for (int start = 0; ok && start < lines.size(); start += LINES_PER_PAGE) {
            GridPane page = page(lines.subList(start, Math.min(lines.size(), start + LINES_PER_PAGE)).stream()
                    .map(CountSheetViewModel.Line::sheet).toList());
            page.setMaxWidth(layout.getPrintableWidth());
            ok = job.printPage(page);
        }
        vm.printed(ok && job.endJob());
    }

    private GridPane page(java.util.List<CountSheetLine> lines) {
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(4);
        String[] heads = {ui.messages().get("stock.column.sku"), ui.messages().get("stock.column.product"),
            ui.messages().get("stock.count.books"), ui.messages().get("stock.count.counted")};
        for (int c = 0; c < heads.length; c++) {
            grid.add(new Text(heads[c]), c, 0);
        }
        for (int r = 0; r < lines.size(); r++) {
            CountSheetLine l = lines.get(r);
            grid.add(new Text(l.sku()), 0, r + 1);
            grid.add(new Text(l.title()), 1, r + 1);
            grid.add(new Text(ui.formats().integer(l.balance())), 2, r + 1);
            grid.add(new Text("________"), 3, r + 1);
        }
        return grid;
    }
}
