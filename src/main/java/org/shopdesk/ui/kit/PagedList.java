package org.shopdesk.ui.kit;

import java.util.Objects;
import java.util.function.Function;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.Page;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.TaskRunner;

/**
 * A list that lives in the database: a request (search text, order, page) goes in, one page of
 * rows comes out. Only one load is ever running: a newer one cancels the one it replaces, SQL
 * statement included. The list's state (loading, shown, nothing matches, failed) is a property the
 * table shows in place, with Retry when a load failed. Toolkit-free: tested with
 * {@link TaskRunner#inline}. The table side is {@link PagedTable}.
 *
 * @param <R> the row record
 * @param <S> what the database can order by (an enum of the screen's sortable columns)
 */
public final class PagedList<R, S> {
    /** Where the list stands; the table's placeholder says it. */
    public enum State { LOADING, SHOWN, EMPTY, FAILED }

    /** What one load asks the database for. */
    public record Request<S>(String text, S sort, boolean descending, int offset, int limit) {
    }

    /** The service call behind the list: a page for a request, stopping when cancelled. */
    @FunctionalInterface
    public interface Source<R, S> {
        Page<R> page(Request<S> request, Cancellation cancellation) throws Exception;
    }

    private final TaskRunner tasks;
    private final ErrorPresenter errors;
    private final Source<R, S> source;
    private final Function<R, ?> key;
    private final int pageSize;
    private final S defaultSort;

    private final StringProperty searchText = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<S> sort = new ReadOnlyObjectWrapper<>();
    private boolean descending;
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(1);
    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(0);
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ObservableList<R> rows = FXCollections.observableArrayList();
    private final ObjectProperty<R> selected = new SimpleObjectProperty<>();
    private final ReadOnlyIntegerWrapper loads = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(false);
    private SelectionGuard<R> guard = row -> true;
    private TaskRunner.Running current;
    private Object wanted;

    /**
     * @param key what identifies a row across loads (its id), so the selection survives a reload
     */
    public PagedList(TaskRunner tasks, ErrorPresenter errors, int pageSize, S defaultSort, Function<R, ?> key,
                     Source<R, S> source) {
        this.tasks = tasks;
        this.errors = errors;
        this.pageSize = pageSize;
        this.defaultSort = defaultSort;
        this.key = key;
        this.source = source;
        sort.set(defaultSort);
    }

    /** Anything the request depends on besides text, order and page (a filter): a change starts again at page one. */
    public PagedList<R, S> restartOn(Observable... filters) {
        for (Observable f : filters) {
            f.addListener(o -> restart());
        }
        return this;
    }

    /** Asked before another row becomes the selected one; false keeps the selection where it is. */
    public void setSelectionGuard(SelectionGuard<R> guard) {
        this.guard = guard;
    }

    /** Loads the current page, cancelling the load it replaces. */
    public void load() {
        if (current != null) {
            current.cancel();
        }
        Request<S> request = new Request<>(searchText.get() == null ? "" : searchText.get().strip(), sort.get(),
                descending, page.get() * pageSize, pageSize);
        state.set(State.LOADING);
        loads.set(loads.get() + 1);
        current = tasks.cancellable(c -> source.page(request, c))
                .onSuccess(this::show)
                .onError(e -> {
                    failure.set(errors.describe(e));
                    state.set(State.FAILED);
                    loaded.set(true);
                })
                .start();
    }

    /** The search text or a filter changed: back to page one. */
    public void restart() {
        page.set(0);
        load();
    }

    /** The same request again, after a failure. */
    public void retry() {
        load();
    }

    /** One header click: order and direction change together, one query. {@code null} is the default order. */
    public void sortBy(S column, boolean descendingOrder) {
        S target = column == null ? defaultSort : column;
        boolean desc = column != null && descendingOrder;
        if (Objects.equals(target, sort.get()) && desc == descending) {
            return;
        }
        sort.set(target);
        descending = desc;
        restart();
    }

    public void firstPage() {
        goTo(0);
    }

    public void previousPage() {
        goTo(page.get() - 1);
    }

    public void nextPage() {
        goTo(page.get() + 1);
    }

    public void lastPage() {
        goTo(pageCount.get() - 1);
    }

    public void goTo(int newPage) {
        int target = Math.max(0, Math.min(newPage, pageCount.get() - 1));
        if (target != page.get()) {
            page.set(target);
            load();
        }
    }

    /**
     * Makes {@code row} the selected one unless the guard refuses (the form keeps unsaved changes):
     * then the selection stays on the row the form shows. Returns whether it moved.
     */
    public boolean select(R row) {
        if (row == null) {
            // The table lets go of its selection whenever the page changes: that is no choice of the user's.
            return true;
        }
        if (sameKey(row, selected.get())) {
            selected.set(row);
            return true;
        }
        if (!guard.mayLeave(row)) {
            return false;
        }
        selected.set(row);
        return true;
    }

    /**
     * Reloads the page and selects the record with {@code key} if the page shows it: after a save,
     * the list follows the record the form shows (a new one included).
     */
    public void reloadSelecting(Object key) {
        wanted = key;
        load();
    }

    /** Forgets the selection without asking (the form already asked, e.g. for a new record). */
    public void clearSelection() {
        selected.set(null);
    }

    private void show(Page<R> result) {
        Object keep = wanted != null ? wanted : selected.get() == null ? null : key.apply(selected.get());
        wanted = null;
        rows.setAll(result.items());
        total.set(result.total());
        pageCount.set(result.pageCount());
        failure.set("");
        state.set(rows.isEmpty() ? State.EMPTY : State.SHOWN);
        loaded.set(true);
        if (keep != null) {
            // The same record, as this load shows it; the form still shows it if it left the page.
            rows.stream().filter(r -> keep.equals(key.apply(r))).findFirst().ifPresent(selected::set);
        }
    }

    private boolean sameKey(R a, R b) {
        return a != null && b != null && Objects.equals(key.apply(a), key.apply(b));
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ReadOnlyObjectProperty<S> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    public boolean isDescending() {
        return descending;
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Why the last load failed, in the user's words (empty unless {@link State#FAILED}). */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    /** How many loads were started: a test's way to see that one click made one query. */
    public ReadOnlyIntegerProperty loadsProperty() {
        return loads.getReadOnlyProperty();
    }

    /** True once the first page (or a failure) has arrived: start-up time is measured to it. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public ObservableList<R> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<R> selectedProperty() {
        return selected;
    }

    public int pageSize() {
        return pageSize;
    }

    /** The question asked before the selection moves to another row. */
    @FunctionalInterface
    public interface SelectionGuard<R> {
        boolean mayLeave(R next);
    }
}
