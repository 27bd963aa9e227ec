package org.shopdesk.ui.catalogue;

import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.ui.common.Messages;

/** Binds the categories / producers list to its view model. */
public final class NamedItemsController {
    private final NamedItemsViewModel vm;
    private final Messages messages;

    @FXML private ListView<NamedItem> list;
    @FXML private Button renameButton;
    @FXML private Button deleteButton;

    public NamedItemsController(NamedItemsViewModel vm, Messages messages) {
        this.vm = vm;
        this.messages = messages;
    }

    @FXML
    private void initialize() {
        list.setItems(vm.items());
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(NamedItem item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : messages.get("namedItem.row", item.name(), item.usage()));
            }
        });
        vm.selectedProperty().bind(list.getSelectionModel().selectedItemProperty());
        renameButton.disableProperty().bind(vm.selectedProperty().isNull());
        deleteButton.disableProperty().bind(vm.selectedProperty().isNull());
        list.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                vm.rename();
            }
        });
    }

    @FXML
    private void add() {
        vm.add();
    }

    @FXML
    private void rename() {
        vm.rename();
    }

    @FXML
    private void delete() {
        vm.delete();
    }
}
