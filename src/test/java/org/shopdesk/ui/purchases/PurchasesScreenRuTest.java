package org.shopdesk.ui.purchases;

import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** The same keyboard sale, refusal and return on the Russian screen (and its pictures). */
class PurchasesScreenRuTest extends PurchasesScreenTest {
    @Override
    Locale locale() {
        return Locale.forLanguageTag("ru");
    }

    @Override
    @Start
    void start(Stage stage) {
        super.start(stage);
    }
}
