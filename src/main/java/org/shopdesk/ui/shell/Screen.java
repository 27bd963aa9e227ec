package org.shopdesk.ui.shell;

import javafx.scene.Parent;

/** An area of the application in the navigation: its title key and its view. */
public record Screen(String titleKey, Parent view) {
}
