package org.shopdesk.ui.kit;

import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** The kit's table in English: the same failed load, Retry and one-query sort, with English texts and pictures. */
class PagedTableScreenEnTest extends PagedTableScreenTest {
    /** TestFX looks for the start method on the test class itself. */
    @Override
    @Start
    void start(Stage stage) {
        super.start(stage);
    }

    @Override
    String language() {
        return "en";
    }

    @Override
    String failedStart() {
        return "The list could not be loaded.";
    }

    @Override
    String twoProducts() {
        return "2 products";
    }
}
