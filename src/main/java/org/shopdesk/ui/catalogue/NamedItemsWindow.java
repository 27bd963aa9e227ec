package org.shopdesk.ui.catalogue;

import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.ui.common.ViewLoader;
import org.shopdesk.ui.kit.UiContext;

/** Opens the dialog that keeps the categories or the producers. */
public final class NamedItemsWindow {
    public enum Kind { CATEGORIES, PRODUCERS }

    private final CatalogueService catalogue;
    private final UiContext ui;
    private final Supplier<Window> owner;

    public NamedItemsWindow(CatalogueService catalogue, UiContext ui, Supplier<Window> owner) {
        this.catalogue = catalogue;
        this.ui = ui;
        this.owner = owner;
    }

    public NamedItemsViewModel viewModel(Kind kind) {
        NamedItemsViewModel.Operations ops = kind == Kind.CATEGORIES
                ? new NamedItemsViewModel.Operations("category.", catalogue::categories, catalogue::createCategory,
                        catalogue::renameCategory, catalogue::deleteCategory)
                : new NamedItemsViewModel.Operations("producer.", catalogue::producers, catalogue::createProducer,
                        catalogue::renameProducer, catalogue::deleteProducer);
        return new NamedItemsViewModel(ops, ui.tasks(), ui.messages(), ui.dialogs(), ui.errors());
    }

    public void show(Kind kind, Runnable onChanged) {
        NamedItemsViewModel vm = viewModel(kind);
        vm.setOnChanged(onChanged);
        ViewLoader.View<NamedItemsController> view = ui.views().load(NamedItemsController.class,
                new NamedItemsController(vm, ui.messages()));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(vm.title());
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(ui.messages().get("button.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        vm.load();
        dialog.showAndWait();
    }
}
