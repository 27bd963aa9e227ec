package org.shopdesk.ui.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.shopdesk.service.system.ConnectionInfo;
import org.shopdesk.ui.common.Messages;

/**
 * The main window's state: where ShopDesk is connected and whether the connection holds, for the
 * status bar; and whether any database work is running, for the busy indicator.
 */
public final class ShellViewModel {
    public enum ConnectionState { CONNECTING, CONNECTED, LOST, DISCONNECTED }

    private final Messages messages;
    private final ReadOnlyBooleanProperty busy;
    private final ReadOnlyObjectWrapper<ConnectionState> state = new ReadOnlyObjectWrapper<>(ConnectionState.CONNECTING);
    private final ReadOnlyStringWrapper connectionText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper where = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");

    public ShellViewModel(Messages messages, ReadOnlyBooleanProperty busy) {
        this.messages = messages;
        this.busy = busy;
    }

    // Texts change before the state, so whoever reacts to the state reads the new text.

    public void connecting(String target) {
        problem.set("");
        connectionText.set(messages.get("status.connecting", target));
        state.set(ConnectionState.CONNECTING);
    }

    public void connected(ConnectionInfo info) {
        where.set(info.builtIn()
                ? messages.get("status.builtIn", info.user())
                : messages.get("status.server", info.hosts(), info.database(), info.user()));
        problem.set("");
        connectionText.set(where.get());
        state.set(ConnectionState.CONNECTED);
    }

    /** The periodic check found the database gone; the pool keeps trying. */
    public void lost() {
        if (state.get() == ConnectionState.CONNECTED) {
            connectionText.set(messages.get("status.lost", where.get()));
            state.set(ConnectionState.LOST);
        }
    }

    public void restored() {
        if (state.get() == ConnectionState.LOST) {
            connectionText.set(where.get());
            state.set(ConnectionState.CONNECTED);
        }
    }

    public void disconnected(String why) {
        problem.set(why);
        connectionText.set(messages.get("status.disconnected"));
        state.set(ConnectionState.DISCONNECTED);
    }

    /** A long job in progress, told in the status bar (empty when none). */
    public void working(String what) {
        activity.set(what);
    }

    public ReadOnlyStringProperty activityProperty() {
        return activity.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty connectionTextProperty() {
        return connectionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy;
    }
}
