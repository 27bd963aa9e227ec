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

    public void connecting(String target) {
        state.set(ConnectionState.CONNECTING);
        problem.set("");
        connectionText.set(messages.get("status.connecting", target));
    }

    public void connected(ConnectionInfo info) {
        where.set(info.builtIn()
                ? messages.get("status.builtIn", info.user())
                : messages.get("status.server", info.hosts(), info.database(), info.user()));
        state.set(ConnectionState.CONNECTED);
        problem.set("");
        connectionText.set(where.get());
    }

    /** The periodic check found the database gone; the pool keeps trying. */
    public void lost() {
        if (state.get() == ConnectionState.CONNECTED) {
            state.set(ConnectionState.LOST);
            connectionText.set(messages.get("status.lost", where.get()));
        }
    }

    public void restored() {
        if (state.get() == ConnectionState.LOST) {
            state.set(ConnectionState.CONNECTED);
            connectionText.set(where.get());
        }
    }

    public void disconnected(String why) {
        state.set(ConnectionState.DISCONNECTED);
        problem.set(why);
        connectionText.set(messages.get("status.disconnected"));
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
