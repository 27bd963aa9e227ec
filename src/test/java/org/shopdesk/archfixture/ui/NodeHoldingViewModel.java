package org.shopdesk.archfixture.ui;

import javafx.scene.control.Label;

/** A view model that holds a control, so it could not be tested without a toolkit: ArchitectureTest must flag it. */
public final class NodeHoldingViewModel {
    private Label status;

    void show(String text) {
        status.setText(text);
    }
}
