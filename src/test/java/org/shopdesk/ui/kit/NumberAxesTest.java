package org.shopdesk.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Tick labels as the tables beside the charts write numbers, in each language. */
class NumberAxesTest {
    @Test
    void russianTicksGroupWithASpaceAndUseADecimalComma() {
        var ru = NumberAxes.converter(Locale.forLanguageTag("ru-RU"));
        assertThat(ru.toString(35_000).replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo("35 000");
        assertThat(ru.toString(2.5)).isEqualTo("2,5");
        assertThat(ru.fromString(ru.toString(2.5)).doubleValue()).isEqualTo(2.5);

        var en = NumberAxes.converter(Locale.ENGLISH);
        assertThat(en.toString(35_000)).isEqualTo("35,000");
        assertThat(en.toString(2.5)).isEqualTo("2.5");
    }

    @Test
    void countAxesLabelWholeNumbersOnly() {
        var ru = NumberAxes.counts(Locale.forLanguageTag("ru-RU"));
        assertThat(ru.toString(2.5)).isEmpty();
        assertThat(ru.toString(0.25)).isEmpty();
        assertThat(ru.toString(3.0)).isEqualTo("3");
        assertThat(ru.toString(12_000).replace('\u00a0', ' ').replace('\u202f', ' ')).isEqualTo("12 000");

        var en = NumberAxes.counts(Locale.ENGLISH);
        assertThat(en.toString(2.0)).isEqualTo("2");
        assertThat(en.toString(1.5)).isEmpty();
        assertThat(en.toString(12_000)).isEqualTo("12,000");
    }
}
