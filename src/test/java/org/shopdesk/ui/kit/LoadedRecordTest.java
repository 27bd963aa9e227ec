package org.shopdesk.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.ObjectBinding;
import org.junit.jupiter.api.Test;
import org.shopdesk.ui.common.TaskRunner;

/** What a form does with the record it shows: open, revert, reload, and the labels bound to it. */
class LoadedRecordTest {
    record Card(long id, String name) {
    }

    final Map<Long, Card> stored = new HashMap<>();
    final List<Card> filled = new ArrayList<>();
    final Deque<Runnable> background = new ArrayDeque<>();
    final List<Throwable> unhandled = new ArrayList<>();
    final TaskRunner tasks = new TaskRunner(background::add, Runnable::run, unhandled::add);
    LoadedRecord<Card> record;

    LoadedRecordTest() {
        record = new LoadedRecord<>(tasks, stored::get, Card::id, c -> {
            filled.add(c);
            record.set(c);
        });
        stored.put(1L, new Card(1, "Alpha"));
        stored.put(2L, new Card(2, "Beta"));
    }

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void opensInTheBackgroundAndKnowsWhatItShows() {
        record.show(1);
        assertThat(filled).as("nothing is read on the JavaFX thread").isEmpty();
        assertThat(record.shows(1)).isFalse();

        runBackground();
        assertThat(filled).containsExactly(new Card(1, "Alpha"));
        assertThat(record.shows(1)).isTrue();
        assertThat(record.shows(2)).isFalse();
        assertThat(unhandled).isEmpty();
    }

    @Test
    void revertFillsAgainWithTheRecordAsLoadedOrAnEmptyForm() {
        record.revert();
        assertThat(filled).containsExactly((Card) null);

        record.show(2);
        runBackground();
        stored.put(2L, new Card(2, "Beta renamed by someone else"));
        record.revert();
        assertThat(filled).containsExactly(null, new Card(2, "Beta"), new Card(2, "Beta"));
        assertThat(background).as("a revert reads nothing").isEmpty();
    }

    @Test
    void reloadReadsTheShownRecordAgainAndANewFormStaysNew() {
        record.reload();
        assertThat(background).as("nothing to reload while the form holds a new record").isEmpty();

        record.show(2);
        runBackground();
        stored.put(2L, new Card(2, "Beta renamed by someone else"));
        record.reload();
        runBackground();
        assertThat(record.get()).isEqualTo(new Card(2, "Beta renamed by someone else"));
    }

    @Test
    void labelsFollowTheRecordAndSayWhatANewOneIs() {
        ObjectBinding<String> title = record.map(Card::name, "New card");
        assertThat(title.get()).isEqualTo("New card");

        record.show(1);
        runBackground();
        assertThat(title.get()).isEqualTo("Alpha");

        record.set(null);
        assertThat(title.get()).isEqualTo("New card");
        assertThat(record.property().get()).isNull();
    }
}
