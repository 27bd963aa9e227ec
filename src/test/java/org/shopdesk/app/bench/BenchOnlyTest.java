package org.shopdesk.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BenchOnlyTest {
    @Test
    void withoutOnlyEveryScenarioRuns() {
        assertThat(Bench.chosen(null, "sale: 8 clerks at once")).isTrue();
    }

    @Test
    void oneTextPicksTheScenariosThatContainIt() {
        assertThat(Bench.chosen("charts:", "charts: whole area")).isTrue();
        assertThat(Bench.chosen("charts:", "sale: 8 clerks at once")).isFalse();
    }

    @Test
    void commaSeparatedTextsPickEachOfThem() {
        String only = "8 clerks, ceiling";
        assertThat(Bench.chosen(only, "sale: 8 clerks at once")).isTrue();
        assertThat(Bench.chosen(only, "ceiling")).isTrue();
        assertThat(Bench.chosen(only, "sale: 1 clerk, 3 lines")).isFalse();
        assertThat(Bench.chosen(" , ", "ceiling")).isFalse();
    }
}
