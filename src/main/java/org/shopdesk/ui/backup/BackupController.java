package org.shopdesk.ui.backup;

import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;

/** The backup/restore window: heading, progress, what happened, and the file (selectable, to copy). */
public final class BackupController {
    private final BackupViewModel vm;

    @FXML private Label heading;
    @FXML private ProgressBar progress;
    @FXML private Label status;
    @FXML private Label locationLabel;
    @FXML private TextField fileField;

    public BackupController(BackupViewModel vm) {
        this.vm = vm;
    }

    @FXML
    private void initialize() {
        heading.textProperty().bind(vm.headingProperty());
        status.textProperty().bind(vm.statusProperty());
        fileField.textProperty().bind(vm.locationProperty());
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.failedProperty().not());
        locationLabel.visibleProperty().bind(vm.locationProperty().isNotEmpty());
        fileField.visibleProperty().bind(vm.locationProperty().isNotEmpty());
        vm.failedProperty().subscribe(f -> status.pseudoClassStateChanged(PseudoClass.getPseudoClass("error"), f));
    }
}
