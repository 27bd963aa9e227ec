package org.shopdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TaxIdsTest {

    @ParameterizedTest
    @ValueSource(strings = {"7707083893", "7736207543", "7728168971", "500100732259", "773173084809"})
    void realInnsAreValid(String inn) {
        assertThat(TaxIds.isValidInn(inn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7707083894", "500100732258", "500100732249", "770708389", "77070838931",
        "7707O83893", "77070838 3", "", "0007083890", "７７０７０８３８９３"})
    void wrongDigitsShapeOrRegionAreNot(String inn) {
        assertThat(TaxIds.isValidInn(inn)).isFalse();
    }

    @Test
    void completedNumbersAreValidAndOfTheirKind() {
        for (int i = 0; i < 1_000; i++) {
            String org = TaxIds.organisationInn(String.format("77%07d", i * 7919 % 10_000_000));
            String person = TaxIds.personInn(String.format("50%08d", i * 104_729 % 100_000_000));
            assertThat(TaxIds.isValidInn(org)).as(org).isTrue();
            assertThat(TaxIds.isOrganisationInn(org)).isTrue();
            assertThat(TaxIds.isValidInn(person)).as(person).isTrue();
            assertThat(TaxIds.isOrganisationInn(person)).isFalse();
        }
        assertThat(TaxIds.isValidInn(null)).isFalse();
    }

    @Test
    void kppIsNineCharactersWithALetterReasonAllowed() {
        assertThat(TaxIds.isValidKpp("773601001")).isTrue();
        assertThat(TaxIds.isValidKpp("7736AB001")).isTrue();
        assertThat(TaxIds.isValidKpp("7736ab001")).isFalse();
        assertThat(TaxIds.isValidKpp("77360100")).isFalse();
        assertThat(TaxIds.isValidKpp("7736010011")).isFalse();
        assertThat(TaxIds.isValidKpp("A73601001")).isFalse();
        assertThat(TaxIds.isValidKpp(null)).isFalse();
    }
}
