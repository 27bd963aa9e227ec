package org.shopdesk.ui.shell;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;

/** Binds the connection dialog's fields to its view model. */
public final class ConnectionDialogController {
    private final ConnectionViewModel vm;

    @FXML private Label intro;
    @FXML private TextField host;
    @FXML private TextField port;
    @FXML private TextField database;
    @FXML private TextField user;
    @FXML private PasswordField password;
    @FXML private Label result;

    public ConnectionDialogController(ConnectionViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        host.textProperty().bindBidirectional(vm.hostProperty());
        port.textProperty().bindBidirectional(vm.portProperty());
        database.textProperty().bindBidirectional(vm.databaseProperty());
        user.textProperty().bindBidirectional(vm.userProperty());
        password.textProperty().bindBidirectional(vm.passwordProperty());
        result.textProperty().bind(vm.resultProperty());
        vm.resultOkProperty().subscribe(ok -> result.pseudoClassStateChanged(PseudoClass.getPseudoClass("ok"), ok));
    }

    /** A sentence above the fields, e.g. why the built-in database did not start. */
    public void setIntro(String text) {
        intro.setText(text);
        intro.setVisible(text != null && !text.isBlank());
        intro.setManaged(intro.isVisible());
    }

    @FXML
    private void test() {
        vm.test();
    }
}
