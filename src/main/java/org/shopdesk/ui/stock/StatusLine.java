package org.shopdesk.ui.stock;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.ui.kit.UiContext;

/**
 * The line under a Stock panel that says what the last action did: what was booked, or why it
 * was refused (the service's problems in the user's words, one per line), and whether that is
 * an error.
 */
final class StatusLine {
    private final UiContext ui;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper error = new ReadOnlyBooleanWrapper(false);

    StatusLine(UiContext ui) {
        this.ui = ui;
    }

    void done(String message) {
        error.set(false);
        text.set(message);
    }

    void problem(String message) {
        error.set(true);
        text.set(message);
    }

    /** A refusal or a failure, said in the user's words. */
    void failed(Throwable e) {
        problem(e instanceof ValidationException v
                ? String.join("\n", v.problems().stream().map(this::say).toList())
                : ui.errors().describe(e));
    }

    private String say(Problem p) {
        return ui.messages().problem(p);
    }

    ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
