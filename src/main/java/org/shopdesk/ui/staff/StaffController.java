package org.shopdesk.ui.staff;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import org.shopdesk.domain.staff.StaffLogin;
import org.shopdesk.domain.staff.StaffRole;
import org.shopdesk.ui.kit.Columns;
import org.shopdesk.ui.kit.Shortcuts;
import org.shopdesk.ui.kit.UiContext;

/** The Administrator screen: staff logins on the left, what to do with one on the right. */
public final class StaffController {
    private final StaffViewModel vm;
    private final UiContext ui;

    @FXML private BorderPane root;
    @FXML private TableView<StaffLogin> table;
    @FXML private TableColumn<StaffLogin, String> loginColumn;
    @FXML private TableColumn<StaffLogin, String> roleColumn;
    @FXML private TableColumn<StaffLogin, String> stateColumn;
    @FXML private TextField loginField;
    @FXML private ComboBox<StaffRole> roleField;
    @FXML private PasswordField passwordField;
    @FXML private Label loginError;
    @FXML private Label passwordError;
    @FXML private Label message;
    @FXML private Button resetButton;
    @FXML private Button assignButton;
    @FXML private Button toggleButton;

    public StaffController(StaffViewModel vm, UiContext ui) {
        this.vm = vm;
        this.ui = ui;
    }

    @FXML
    private void initialize() {
        Columns columns = new Columns(ui.formats());
        columns.text(loginColumn, StaffLogin::login);
        columns.text(roleColumn, l -> roleName(l.role()));
        columns.text(stateColumn, l -> ui.messages().get(l.enabled() ? "staff.state.enabled" : "staff.state.disabled"));
        table.setItems(vm.logins());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getSelectionModel().selectedItemProperty().subscribe(vm.selectedProperty()::set);
        vm.selectedProperty().subscribe(s -> {
            if (s != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(s);
            }
        });
        roleField.getItems().setAll(StaffRole.values());
        roleField.setCellFactory(v -> new RoleCell());
        roleField.setButtonCell(new RoleCell());
        roleField.valueProperty().bindBidirectional(vm.roleProperty());
        loginField.textProperty().bindBidirectional(vm.loginProperty());
        passwordField.textProperty().bindBidirectional(vm.passwordProperty());
        loginError.textProperty().bind(vm.loginProblemProperty());
        passwordError.textProperty().bind(vm.passwordProblemProperty());
        message.textProperty().bind(vm.messageProperty());
        resetButton.disableProperty().bind(vm.noneSelected());
        assignButton.disableProperty().bind(vm.noneSelected());
        toggleButton.disableProperty().bind(vm.noneSelected());
        toggleButton.textProperty().bind(vm.toggleText());
        Shortcuts.on(root).add(Shortcuts.NEW, this::newLogin).add(Shortcuts.FIND, table::requestFocus);
        vm.load();
    }

    private String roleName(StaffRole role) {
        return role == null ? "" : ui.messages().get("staff.role." + role.name());
    }

    @FXML
    private void newLogin() {
        table.getSelectionModel().clearSelection();
        vm.selectedProperty().set(null);
        vm.loginProperty().set("");
        loginField.requestFocus();
    }

    @FXML
    private void create() {
        vm.create();
    }

    @FXML
    private void resetPassword() {
        vm.resetPassword();
    }

    @FXML
    private void assignRole() {
        vm.assignRole();
    }

    @FXML
    private void toggleEnabled() {
        vm.toggleEnabled();
    }

    private final class RoleCell extends ListCell<StaffRole> {
        @Override
        protected void updateItem(StaffRole item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : roleName(item));
        }
    }
}
