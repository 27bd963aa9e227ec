package org.shopdesk.ui.kit;

import org.shopdesk.ui.common.Dialogs;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Formats;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.common.ViewLoader;

/**
 * What every screen gets from the application, in one argument instead of six: the user's
 * language and formats, the task runner, dialogs, the error presenter, the view loader and the
 * user's UI settings (window and column sizes), and the navigator that leads from one screen to another.
 */
public record UiContext(Messages messages, Formats formats, TaskRunner tasks, Dialogs dialogs, ErrorPresenter errors,
                        ViewLoader views, UiSettings settings, Navigator navigator) {

    /** The usual context: formats follow the messages' language. */
    public static UiContext of(Messages messages, TaskRunner tasks, Dialogs dialogs, ErrorPresenter errors,
                               ViewLoader views, UiSettings settings) {
        return new UiContext(messages, new Formats(messages.locale()), tasks, dialogs, errors, views, settings,
                new Navigator());
    }
}
