package org.shopdesk.app;

import javafx.application.Platform;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Scene;

/**
 * "The first page is on screen": the rows have arrived, a pulse has laid them out, and the next
 * pulse has begun, so the frame that shows them has been rendered. Start-up is timed to this
 * moment, and the work that would only compete with it (building Hibernate) waits for it.
 */
final class FirstPageShown {
    private FirstPageShown() {
    }

    /** Runs {@code action} once, on the JavaFX thread, when the page {@code loaded} announces is on screen. */
    static void then(ObservableBooleanValue loaded, Scene scene, Runnable action) {
        int[] pulsesSinceLoaded = {0};
        Runnable[] listener = new Runnable[1];
        // A pulse comes only when something changed: make sure one follows the rows' arrival.
        javafx.beans.value.ChangeListener<Boolean> nudge = (o, was, now) -> Platform.requestNextPulse();
        listener[0] = () -> {
            if (!loaded.get()) {
                return;
            }
            if (++pulsesSinceLoaded[0] == 1) {
                // The layout that places the rows; the frame is drawn after it. Ask for one more pulse.
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(listener[0]);
            loaded.removeListener(nudge);
            action.run();
        };
        scene.addPostLayoutPulseListener(listener[0]);
        loaded.addListener(nudge);
        Platform.requestNextPulse();
    }
}
