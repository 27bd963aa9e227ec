package org.shopdesk.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Parent;

/**
 * An area of the application in the navigation: its title key and how to build its view. The view
 * is built (and starts loading) the first time the user opens it, then kept.
 */
public record Screen(String titleKey, Supplier<Parent> build) {
}
