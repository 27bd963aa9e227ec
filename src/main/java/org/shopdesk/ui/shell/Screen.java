package org.shopdesk.ui.shell;

import java.util.List;
import java.util.function.Supplier;
import javafx.scene.Parent;
import org.shopdesk.ui.kit.ScreenRequest;

/**
 * An area of the application in the navigation: its title key, how to build its view, and the
 * kinds of request other screens may open it with. The view is built (and starts loading) the
 * first time the user opens it, then kept.
 */
public record Screen(String titleKey, Supplier<Parent> build, List<Class<? extends ScreenRequest>> accepts) {
    public Screen {
        accepts = List.copyOf(accepts);
    }

    public Screen(String titleKey, Supplier<Parent> build) {
        this(titleKey, build, List.of());
    }
}
