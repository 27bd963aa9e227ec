package org.shopdesk.ui.catalogue;

import java.util.function.Supplier;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.ui.common.Dialogs;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.common.ViewLoader;

/** Opens the dialog that keeps the categories or the producers. */
public final class NamedItemsWindow {
    public enum Kind { CATEGORIES, PRODUCERS }

    private final CatalogueService catalogue;
    private final ViewLoader views;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Dialogs dialogs;
    private final ErrorPresenter errors;
    private final Supplier<Window> owner;

    public NamedItemsWindow(CatalogueService catalogue, ViewLoader views, TaskRunner tasks, Messages messages,
                            Dialogs dialogs, ErrorPresenter errors, Supplier<Window> owner) {
        this.catalogue = catalogue;
        this.views = views;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.errors = errors;
        this.owner = owner;
    }

    public NamedItemsViewModel viewModel(Kind kind) {
        NamedItemsViewModel.Operations ops = kind == Kind.CATEGORIES
                ? new NamedItemsViewModel.Operations("category", catalogue::categories, catalogue::createCategory,
                        catalogue::renameCategory, catalogue::deleteCategory)
                : new NamedItemsViewModel.Operations("producer", catalogue::producers, catalogue::createProducer,
                        catalogue::renameProducer, catalogue::deleteProducer);
        return new NamedItemsViewModel(ops, tasks, messages, dialogs, errors);
    }

    public void show(Kind kind, Runnable onChanged) {
        NamedItemsViewModel vm = viewModel(kind);
        vm.setOnChanged(onChanged);
        ViewLoader.View<NamedItemsController> view = views.load(NamedItemsController.class,
                new NamedItemsController(vm, messages));
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(vm.title());
        dialog.getDialogPane().setContent(view.root());
        dialog.getDialogPane().getButtonTypes().add(
                new ButtonType(messages.get("button.close"), javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.setResizable(true);
        vm.load();
        dialog.showAndWait();
    }
}
