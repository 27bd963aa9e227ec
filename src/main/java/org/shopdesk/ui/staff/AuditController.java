package org.shopdesk.ui.staff;

import java.time.Instant;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.shopdesk.domain.staff.AuditEntry;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.PagedTable;
import org.shopdesk.ui.kit.Pager;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.ui.kit.UiContext;

/** The audit trail screen: filters on top, the changes in the middle, the chosen change's values below. */
public final class AuditController {
    private final AuditViewModel vm;
    private final UiContext ui;

    @FXML private BorderPane root;
    @FXML private ComboBox<String> personFilter;
    @FXML private ComboBox<String> tableFilter;
    @FXML private DatePicker fromFilter;
    @FXML private DatePicker toFilter;
    @FXML private TextField recordFilter;
    @FXML private Label recordError;
    @FXML private Button clearButton;
    @FXML private TableView<AuditEntry> table;
    @FXML private TableColumn<AuditEntry, Instant> atColumn;
    @FXML private TableColumn<AuditEntry, String> whoColumn;
    @FXML private TableColumn<AuditEntry, String> tableColumn;
    @FXML private TableColumn<AuditEntry, String> operationColumn;
    @FXML private TableColumn<AuditEntry, Number> recordColumn;
    @FXML private TableColumn<AuditEntry, String> changeColumn;
    @FXML private Pager pager;
    @FXML private TextArea oldValues;
    @FXML private TextArea newValues;

    public AuditController(AuditViewModel vm, UiContext ui) {
        this.vm = vm;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        Columns columns = new Columns(ui.formats());
        columns.dateTime(atColumn, AuditEntry::at);
        columns.text(whoColumn, AuditEntry::who);
        columns.text(tableColumn, e -> tableName(e.table()));
        columns.text(operationColumn, e -> ui.messages().get("audit.operation." + e.operation()));
        columns.integer(recordColumn, AuditEntry::recordId);
        columns.longText(changeColumn, e -> (e.newValues() != null ? e.newValues() : e.oldValues()).replaceAll("\\s+", " "));
        PagedTable.bind(table, pager, vm.list(), ui, new PagedTable.Texts("audit", "audit.loading", "audit.empty",
                "audit.total")).fill(changeColumn).rememberColumnWidths();
        personFilter.setItems(vm.people());
        personFilter.setEditable(true);
        personFilter.getEditor().textProperty().bindBidirectional(vm.personProperty());
        tableFilter.getItems().add(null);
        tableFilter.getItems().addAll(vm.tables());
        tableFilter.setCellFactory(v -> new TableCell());
        tableFilter.setButtonCell(new TableCell());
        tableFilter.valueProperty().bindBidirectional(vm.tableProperty());
        fromFilter.valueProperty().bindBidirectional(vm.fromProperty());
        toFilter.valueProperty().bindBidirectional(vm.toProperty());
        recordFilter.textProperty().bindBidirectional(vm.recordProperty());
        recordError.textProperty().bind(vm.recordProblemProperty());
        table.getSelectionModel().selectedItemProperty().subscribe(e -> {
            oldValues.setText(e == null || e.oldValues() == null ? "" : e.oldValues());
            newValues.setText(e == null || e.newValues() == null ? "" : e.newValues());
        });
        Shortcuts.on(root).add(Shortcuts.FIND, personFilter::requestFocus).add(Shortcuts.ESCAPE, table::requestFocus);
        vm.loadPeople();
        vm.list().load();
    }

    @FXML
    private void clearFilters() {
        vm.clearFilters();
    }

    private String tableName(String table) {
        return table == null ? ui.messages().get("audit.table.all") : ui.messages().get("audit.table." + table);
    }

    private final class TableCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : tableName(item));
        }
    }
}
