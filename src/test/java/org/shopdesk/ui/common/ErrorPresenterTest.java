package org.shopdesk.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.DatabaseUnavailableException;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.testing.ScreenFixture;

class ErrorPresenterTest {
    final ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
    final ErrorPresenter en = new ErrorPresenter(Messages.forLocale(Locale.ENGLISH), dialogs, "/home/anna/shopdesk.log");
    final ErrorPresenter ru = new ErrorPresenter(Messages.forLocale(Locale.forLanguageTag("ru")), dialogs, "/log");

    @Test
    void anUnexpectedErrorSaysWhereTheLogIsAndShowsNoStackTrace() {
        en.show(new CompletionException(new IllegalStateException("NullPointerException at Foo.java:12")));
        assertThat(dialogs.shown).singleElement().asString()
                .isEqualTo("An unexpected error happened and the action was not completed. "
                        + "The details are in the log: /home/anna/shopdesk.log")
                .doesNotContain("Exception");
    }

    @Test
    void knownFailuresSpeakTheUsersLanguage() {
        assertThat(ru.describe(new DatabaseUnavailableException("x", null))).startsWith("База данных сейчас недоступна");
        assertThat(ru.describe(new ConcurrentChangeException("x", null))).startsWith("Эту запись изменил кто-то другой");
        assertThat(en.describe(new ValidationException(List.of(Problem.of("title", "validation.tooLong", 100, 101)))))
                .isEqualTo("Too long: at most 100 characters (now 101).");
        assertThat(ru.describe(new ValidationException(List.of(Problem.of("title", "validation.tooLong", 100, 101)))))
                .isEqualTo("Слишком длинно: не больше 100 символов (сейчас 101).");
    }

    @Test
    void theTaskRunnerHandsUnhandledErrorsToThePresenter() {
        TaskRunner tasks = TaskRunner.inline(en::show);
        tasks.call(() -> {
            throw new DatabaseUnavailableException("connection refused", null);
        }).start();
        assertThat(dialogs.shown).singleElement().asString().startsWith("The database cannot be reached right now.");
        assertThat(tasks.busyProperty().get()).isFalse();
    }
}
