package org.shopdesk.ui.kit;

import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;

/**
 * The controls of an edit form bound to its {@link FormState}, the same way in every form: a
 * field's problem shows twice (ControlsFX's mark on the field and the words under it), the
 * sentence under the form looks like an error when it is one, Save is enabled when there is
 * something valid to save, Revert when something changed, and Reload appears after someone else
 * changed the record.
 */
public final class FormView {
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    private final FormState<?> state;
    private final ValidationSupport validation = new ValidationSupport();

    private FormView(FormState<?> state) {
        this.state = state;
        state.problems().addListener((MapChangeListener<String, String>) c -> validation.revalidate());
    }

    public static FormView of(FormState<?> state) {
        return new FormView(state);
    }

    /** The field named {@code name} in the rules, and the label under it that says what is wrong. */
    public FormView field(Control field, Label problem, String name) {
        problem.textProperty().bind(Bindings.createStringBinding(() -> state.problem(name).orElse(""), state.problems()));
        problem.visibleProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        validation.registerValidator(field, false, (Control c, Object value) ->
                ValidationResult.fromErrorIf(c, state.problem(name).orElse(""), state.problem(name).isPresent()));
        return this;
    }

    /** What was saved, or why not, under the form. */
    public FormView message(Label message) {
        message.textProperty().bind(state.messageProperty());
        state.messageIsErrorProperty().subscribe(error -> message.pseudoClassStateChanged(ERROR, error));
        return this;
    }

    public FormView buttons(Button save, Button revert, Button reload) {
        save.disableProperty().bind(state.canSave().not());
        revert.disableProperty().bind(state.dirtyProperty().not());
        reload.visibleProperty().bind(state.conflictProperty());
        reload.managedProperty().bind(reload.visibleProperty());
        return this;
    }
}
