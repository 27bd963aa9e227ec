package org.shopdesk.ui.charts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.stage.Stage;
import org.testfx.framework.junit5.Start;

/** The same screen and checks in Russian; its pictures are target/screens/charts-*-ru.png. */
class ChartsScreenRussianTest extends ChartsScreenTest {
    /** TestFX looks for @Start among the test class's own methods only. */
    @Start
    @Override
    void start(Stage stage) {
        super.start(stage);
    }

    @Override
    Locale locale() {
        return Locale.forLanguageTag("ru");
    }

    @Override
    String suffix() {
        return "ru";
    }

    @Override
    String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    @Override
    String money(String plain) {
        return plain.replace('.', ',') + " RUB";
    }
}
