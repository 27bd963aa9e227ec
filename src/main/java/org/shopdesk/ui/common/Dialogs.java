package org.shopdesk.ui.common;

import java.util.Optional;

/** What a view model may ask of the user; the real one shows JavaFX dialogs, tests answer directly. */
public interface Dialogs {
    void error(String title, String message);

    void info(String title, String message);

    boolean confirm(String title, String message);

    Optional<String> askText(String title, String label, String initial);
}
