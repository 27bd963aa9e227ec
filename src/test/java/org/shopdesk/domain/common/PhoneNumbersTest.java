package org.shopdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "8 (916) 123-45-67      | +79161234567",
        "+7 916 123 45 67       | +79161234567",
        "7-916-123-45-67        | +79161234567",
        "9161234567             | +79161234567",
        "+7(495)123.45.67       | +74951234567",
        "'  89161234567  '      | +79161234567",
        "0049 30 1234567        | +49301234567",
        "+44 20 7946 0958       | +442079460958",
        "+1 (212) 555-0100      | +12125550100",
    })
    void bringsWhatPeopleTypeToE164(String typed, String e164) {
        assertThat(PhoneNumbers.toE164(typed)).contains(e164);
        assertThat(PhoneNumbers.isE164(e164)).isTrue();
        assertThat(PhoneNumbers.E164.matcher(e164).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "8 916 ABC-45-67", "+7 916 123 45 6", "+7 916 123 45 678",
        "916123456", "59161234567", "+0 123 456 789", "+123", "12345", "8-800-CALL-NOW",
        "+7 916 123 45 67 ext 5", "++79161234567", "+7916123456７", "тел. 89161234567"})
    void refusesWhatIsNotAPhoneNumber(String typed) {
        assertThat(PhoneNumbers.toE164(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"89161234567", "+7 916 123 45 67", "+7916123456"})
    void isE164OnlyForTheStoredForm(String text) {
        assertThat(PhoneNumbers.isE164(text)).isFalse();
    }

    @org.junit.jupiter.api.Test
    void nullIsNoNumber() {
        assertThat(PhoneNumbers.toE164(null)).isEmpty();
        assertThat(PhoneNumbers.isE164(null)).isFalse();
    }
}
