package org.shopdesk.domain.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {
    /** The CHECK on contacts.email in V1: whatever the rule accepts, the database must accept. */
    private static final Pattern SCHEMA_CHECK = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Ivan@Mail.RU            | ivan@mail.ru",
        "'  sales@shop.example ' | sales@shop.example",
        "first.last+tag@sub.domain.com | first.last+tag@sub.domain.com",
        "Заказ@Пример.РФ         | заказ@пример.рф",
        "o'brien@example.co.uk   | o'brien@example.co.uk",
        "a@b-c.xn--p1ai          | a@b-c.xn--p1ai",
    })
    void normalisesWellFormedAddresses(String typed, String stored) {
        assertThat(EmailAddresses.normalise(typed)).contains(stored);
        assertThat(EmailAddresses.isWellFormed(stored)).isTrue();
        assertThat(SCHEMA_CHECK.matcher(stored).matches()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "ivan", "ivan@", "@mail.ru", "ivan@mail", "ivan@@mail.ru",
        "ivan@mail.ru@x.ru", "iv an@mail.ru", "ivan@mail..ru", "ivan@.mail.ru", "ivan@mail.ru.",
        ".ivan@mail.ru", "ivan.@mail.ru", "iv..an@mail.ru", "ivan@-mail.ru", "ivan@mail-.ru",
        "ivan@mail.r", "ivan@mail.123", "<ivan@mail.ru>", "ivan@mail_ru.com"})
    void refusesWhatIsNotAnAddress(String typed) {
        assertThat(EmailAddresses.normalise(typed)).isEmpty();
    }

    @Test
    void refusesOverlongParts() {
        String local = "a".repeat(EmailAddresses.LOCAL_MAX);
        assertThat(EmailAddresses.normalise(local + "@mail.ru")).isPresent();
        assertThat(EmailAddresses.normalise(local + "a@mail.ru")).isEmpty();
        String longDomain = ("d".repeat(60) + ".").repeat(5) + "ru";
        assertThat(EmailAddresses.normalise("a@" + longDomain)).isEmpty();
        assertThat(EmailAddresses.normalise("a@" + "d".repeat(63) + ".ru")).isPresent();
        assertThat(EmailAddresses.normalise("a@" + "d".repeat(64) + ".ru")).isEmpty();
        assertThat(EmailAddresses.normalise(null)).isEmpty();
    }
}
