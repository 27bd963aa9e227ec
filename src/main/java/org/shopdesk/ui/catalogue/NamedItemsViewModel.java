package org.shopdesk.ui.catalogue;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.ui.common.Dialogs;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;

/**
 * Keeps a list of categories or of producers: add, rename, and delete one that no product uses.
 * What the list is and how it is changed comes in as {@link Operations}, so one screen serves both.
 */
public final class NamedItemsViewModel {

    /** The service calls behind one kind of reference data; {@code kindKey} is its message prefix ("category."). */
    public record Operations(String kindKey, Callable<List<NamedItem>> list, Function<String, NamedItem> create,
                             RenameCall rename, java.util.function.LongConsumer delete) {
    }

    @FunctionalInterface
    public interface RenameCall {
        NamedItem rename(long id, int version, String name);
    }

    private final Operations ops;
    private final TaskRunner tasks;
    private final Messages messages;
    private final Dialogs dialogs;
    private final ErrorPresenter errors;
    private final ObservableList<NamedItem> items = FXCollections.observableArrayList();
    private final ObjectProperty<NamedItem> selected = new SimpleObjectProperty<>();
    private Runnable onChanged = () -> { };

    public NamedItemsViewModel(Operations ops, TaskRunner tasks, Messages messages, Dialogs dialogs,
                               ErrorPresenter errors) {
        this.ops = ops;
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.errors = errors;
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public String title() {
        return messages.get(ops.kindKey() + "manageTitle");
    }

    public void load() {
        tasks.call(ops.list()).onSuccess(items::setAll).start();
    }

    public void add() {
        dialogs.askText(messages.get(ops.kindKey() + "add"), messages.get("field.name"), "")
                .ifPresent(name -> change(() -> ops.create().apply(name)));
    }

    public void rename() {
        NamedItem item = selected.get();
        if (item == null) {
            return;
        }
        dialogs.askText(messages.get(ops.kindKey() + "rename"), messages.get("field.name"), item.name())
                .filter(name -> !name.equals(item.name()))
                .ifPresent(name -> change(() -> ops.rename().rename(item.id(), item.version(), name)));
    }

    public void delete() {
        NamedItem item = selected.get();
        if (item == null) {
            return;
        }
        if (item.inUse()) {
            // Say why at once instead of asking first and refusing after.
            dialogs.info(messages.get(ops.kindKey() + "delete"),
                    messages.get("validation.inUse", item.name(), item.usage()));
            return;
        }
        if (dialogs.confirm(messages.get(ops.kindKey() + "delete"), messages.get("namedItem.delete.confirm", item.name()))) {
            change(() -> {
                ops.delete().accept(item.id());
                return null;
            });
        }
    }

    private void change(Callable<Object> call) {
        tasks.call(call)
                .onSuccess(done -> {
                    load();
                    onChanged.run();
                })
                .onError(e -> dialogs.error(messages.get("error.notSavedTitle"), errors.describe(e)))
                .start();
    }

    public ObservableList<NamedItem> items() {
        return items;
    }

    public ObjectProperty<NamedItem> selectedProperty() {
        return selected;
    }
}
