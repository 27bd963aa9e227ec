package org.shopdesk.ui.prices;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** The same screen tests in Russian: target/screens/prices-*-ru.png. */
class PricesScreenRuTest extends PricesScreenTest {
    @Override
    Locale locale() {
        return Locale.forLanguageTag("ru");
    }

    /** TestFX looks for the start method on the test class itself. */
    @Override
    @Start
    void start(Stage stage) {
        super.start(stage);
    }
}
