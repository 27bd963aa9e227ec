package org.shopdesk.ui.kit;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.ui.common.Dialogs;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;

/**
 * The state every edit form has, used by composition in a form's view model: the draft compared
 * (normalised) with what was loaded gives {@code dirty}; the rules give field problems as the user
 * types, shown once a field was touched or a save was tried; what the database refused comes back
 * onto its field; {@code canSave = valid && dirty && !saving} (valid: no problem shown on a touched
 * field), and a save while one runs is
 * ignored (Save pressed twice = one save). A concurrent change is answered with "reload".
 *
 * @param <D> the form's draft record (compared with {@code equals} after normalising)
 */
public final class FormState<D> {
    private final TaskRunner tasks;
    private final Messages messages;
    private final Dialogs dialogs;
    private final ErrorPresenter errors;
    private final Supplier<D> draft;
    private final Function<D, List<Problem>> rules;
    private final UnaryOperator<D> normalise;

    private final ObservableMap<String, String> problems = FXCollections.observableHashMap();
    private final Set<String> fields = new HashSet<>();
    private final Set<String> touched = new HashSet<>();
    private final Map<String, Problem> refused = new HashMap<>();
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper messageIsError = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canSave;
    private D baseline;
    private boolean resetting;

    /**
     * @param draft     the draft as the fields now say
     * @param rules     the service's rules for a draft (the same ones the service enforces)
     * @param normalise the service's normalisation (trimmed, upper-cased SKU...), for "dirty"
     */
    public FormState(TaskRunner tasks, Messages messages, Dialogs dialogs, ErrorPresenter errors,
                     Supplier<D> draft, Function<D, List<Problem>> rules, UnaryOperator<D> normalise) {
        this.tasks = tasks;
        this.messages = messages;
        this.dialogs = dialogs;
        this.errors = errors;
        this.draft = draft;
        this.rules = rules;
        this.normalise = normalise;
        canSave = Bindings.createBooleanBinding(() -> valid.get() && dirty.get() && !saving.get(), valid, dirty, saving);
    }

    /** A field of the form: editing it marks it touched, clears the database's refusal of it and rechecks. */
    public FormState<D> watch(ObservableValue<?> field, String name) {
        fields.add(name);
        field.addListener((o, before, after) -> {
            if (resetting) {
                return;
            }
            touched.add(name);
            refused.remove(name);
            conflict.set(false);
            recheck();
        });
        return this;
    }

    /**
     * Fills the fields (in {@code fill}) with a record just loaded or saved and makes that the
     * unchanged state: nothing dirty, no problem shown, no message.
     */
    public void reset(Runnable fill) {
        resetting = true;
        try {
            fill.run();
        } finally {
            resetting = false;
        }
        baseline = normalise.apply(draft.get());
        touched.clear();
        refused.clear();
        conflict.set(false);
        say("", false);
        recheck();
    }

    /** Asks before throwing away unsaved changes; true if there are none or the user agrees. */
    public boolean confirmDiscard() {
        return !dirty.get() || dialogs.confirm(messages.get("form.discard.title"), messages.get("form.discard.confirm"));
    }

    /**
     * Checks the rules, then runs {@code work} (the service's save) in the background. While it
     * runs, another save is ignored. {@code handledHere} may take a failure the form knows better
     * (a save that landed but is not replicated); the rest is answered here.
     */
    public <T> void save(Callable<T> work, Consumer<T> onSaved, Predicate<Throwable> handledHere) {
        if (saving.get()) {
            return;
        }
        if (!rules.apply(draft.get()).isEmpty()) {
            touched.addAll(fields);
            recheck();
            say(messages.get("form.fixFields"), true);
            return;
        }
        write(work, onSaved, handledHere);
    }

    /**
     * How a form shows a record the service gave back: {@code fill} puts it in the fields, {@code name}
     * names it in the sentence under the form, {@code after} tells the screen (the list refreshes).
     */
    public record Shown<T>(Consumer<T> fill, Function<T, String> name, Runnable after) {
    }

    /**
     * The message keys of what a form says about its record ({0}: its name): saved, the question
     * before archiving (title and text), archived, and brought back.
     */
    public record Sentences(String saved, String archiveTitle, String archiveConfirm, String archived, String unarchived) {
    }

    /** {@link #save(Callable, Consumer, Predicate)}, then the record shown and its "saved" sentence said. */
    public <T> void save(Sentences says, Callable<T> work, Shown<T> shown, Predicate<Throwable> handledHere) {
        save(work, saved -> show(shown, saved, says.saved()), handledHere);
    }

    /**
     * Archives the record, asking first (with {@code name}), or brings it back; then shows it and
     * says which.
     */
    public <T> void archive(Sentences says, boolean archive, String name, Callable<T> work, Shown<T> shown,
                            Predicate<Throwable> handledHere) {
        if (archive && !dialogs.confirm(messages.get(says.archiveTitle()), messages.get(says.archiveConfirm(), name))) {
            return;
        }
        write(work, saved -> show(shown, saved, archive ? says.archived() : says.unarchived()), handledHere);
    }

    private <T> void show(Shown<T> shown, T saved, String sentence) {
        shown.fill().accept(saved);
        say(messages.get(sentence, shown.name().apply(saved)), false);
        shown.after().run();
    }

    /** A write that needs no rules of the form (archive): the same one-at-a-time guard and answers. */
    public <T> void write(Callable<T> work, Consumer<T> onDone, Predicate<Throwable> handledHere) {
        if (saving.get()) {
            return;
        }
        saving.set(true);
        tasks.call(work)
                .onSuccess(onDone)
                .onError(e -> {
                    if (!handledHere.test(e)) {
                        failed(e);
                    }
                })
                .onFinally(() -> saving.set(false))
                .start();
    }

    private void failed(Throwable e) {
        if (e instanceof ValidationException v) {
            for (Problem p : v.problems()) {
                refused.put(p.field(), p);
                touched.add(p.field());
            }
            recheck();
            say(messages.get("form.notSaved") + " " + errors.describe(e), true);
        } else if (e instanceof ConcurrentChangeException) {
            conflict.set(true);
            say(messages.get("form.conflict"), true);
        } else {
            say(messages.get("form.notSaved") + " " + errors.describe(e), true);
        }
    }

    /** A sentence under the form: what was saved, or why not. */
    public void say(String text, boolean error) {
        message.set(text);
        messageIsError.set(error);
    }

    private void recheck() {
        D now = draft.get();
        List<Problem> local = rules.apply(now);
        Map<String, String> shown = new HashMap<>();
        local.forEach(p -> shown.putIfAbsent(p.field(), messages.problem(p)));
        refused.forEach((field, p) -> shown.putIfAbsent(field, messages.problem(p)));
        shown.keySet().retainAll(touched);
        problems.keySet().retainAll(shown.keySet());
        problems.putAll(shown);
        // Valid = no problem on the fields the user has been to: Save stays pressable on a form still
        // being filled in, and pressing it shows every field's problem instead of a silent grey button.
        valid.set(problems.isEmpty());
        dirty.set(baseline != null && !Objects.equals(normalise.apply(now), baseline));
    }

    /** The problem shown on a field, if any. */
    public Optional<String> problem(String field) {
        return Optional.ofNullable(problems.get(field));
    }

    public ObservableMap<String, String> problems() {
        return problems;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty validProperty() {
        return valid.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True after the database said someone else changed the record: the form offers to reload it. */
    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    /** {@code valid && dirty && !saving}: the Save button's enabled state. */
    public BooleanBinding canSave() {
        return canSave;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return messageIsError.getReadOnlyProperty();
    }
}
