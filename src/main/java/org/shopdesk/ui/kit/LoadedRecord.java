package org.shopdesk.ui.kit;

import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.ToLongFunction;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.shopdesk.ui.common.TaskRunner;

/**
 * The saved record a form shows, as it was loaded (null while the form holds a new one): opened
 * by its number in the background, the edits taken back to it, or read again after someone else
 * changed it. The form's {@code fill} puts a record into the fields and calls {@link #set}; this
 * class only decides which record to fill with.
 */
public final class LoadedRecord<T> {
    private final ReadOnlyObjectWrapper<T> record = new ReadOnlyObjectWrapper<>();
    private final TaskRunner tasks;
    private final LongFunction<T> load;
    private final ToLongFunction<T> idOf;
    private final Consumer<T> fill;

    /**
     * @param load a service call reading record {@code id} (run by {@code tasks}, off the JavaFX thread)
     * @param idOf the record's number
     * @param fill shows a record (or null: an empty form) in the form's fields
     */
    public LoadedRecord(TaskRunner tasks, LongFunction<T> load, ToLongFunction<T> idOf, Consumer<T> fill) {
        this.tasks = tasks;
        this.load = load;
        this.idOf = idOf;
        this.fill = fill;
    }

    /** Loads record {@code id} into the form without asking (the caller asked already). */
    public void show(long id) {
        tasks.call(() -> load.apply(id)).onSuccess(fill).start();
    }

    /** True if the form shows the saved record {@code id}. */
    public boolean shows(long id) {
        T shown = record.get();
        return shown != null && idOf.applyAsLong(shown) == id;
    }

    /** Esc: back to the record as loaded (or an empty form), the edits dropped. */
    public void revert() {
        fill.accept(record.get());
    }

    /** After "changed by someone else": the record as it now is, the user's edits dropped. */
    public void reload() {
        T shown = record.get();
        if (shown != null) {
            show(idOf.applyAsLong(shown));
        }
    }

    /** A value of the loaded record for a label or a button, {@code whenNew} while the form holds a new one. */
    public <R> ObjectBinding<R> map(Function<T, R> f, R whenNew) {
        return Bindings.createObjectBinding(() -> record.get() == null ? whenNew : f.apply(record.get()), record);
    }

    public T get() {
        return record.get();
    }

    /** Called by the form's {@code fill} only. */
    public void set(T loaded) {
        record.set(loaded);
    }

    public ReadOnlyObjectProperty<T> property() {
        return record.getReadOnlyProperty();
    }
}
