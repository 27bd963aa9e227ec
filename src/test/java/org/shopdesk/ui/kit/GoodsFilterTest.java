package org.shopdesk.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.ui.common.TaskRunner;

/** The provider, category and producer filters the price grid and the stock balances share. */
class GoodsFilterTest {
    final Deque<Runnable> background = new ArrayDeque<>();
    final List<Throwable> unhandled = new ArrayList<>();
    final TaskRunner tasks = new TaskRunner(background::add, Runnable::run, unhandled::add);
    final GoodsFilter filter = new GoodsFilter();
    final NamedItem main = new NamedItem(7, "Main", 0, 3);
    final NamedItem tools = new NamedItem(1, "Tools", 0, 0);
    final NamedItem maker = new NamedItem(2, "Maker", 0, 0);

    private void runBackground() {
        while (!background.isEmpty()) {
            background.poll().run();
        }
    }

    @Test
    void thePickersAreFilledInTheBackground() {
        filter.loadChoices(tasks, () -> List.of(main), () -> List.of(tools), () -> List.of(maker));
        assertThat(filter.providers()).as("nothing is read on the JavaFX thread").isEmpty();

        runBackground();
        assertThat(filter.providers()).containsExactly(main);
        assertThat(filter.categories()).containsExactly(tools);
        assertThat(filter.producers()).containsExactly(maker);
        assertThat(unhandled).isEmpty();
    }

    @Test
    void anotherScreensProviderIsThePickersOwnEntryAndClearsTheOtherFilters() {
        filter.loadChoices(tasks, () -> List.of(main), () -> List.of(tools), () -> List.of(maker));
        runBackground();
        filter.categoryProperty().set(tools);
        filter.producerProperty().set(maker);

        filter.showProvider(7, "Main (as the other screen knew it)");
        assertThat(filter.providerProperty().get()).isSameAs(main);
        assertThat(filter.categoryProperty().get()).isNull();
        assertThat(filter.producerProperty().get()).isNull();
    }

    @Test
    void aProviderThePickerDoesNotListYetIsShownByTheNameAsked() {
        filter.showProvider(9, "Archived meanwhile");
        assertThat(filter.providerProperty().get()).isEqualTo(new NamedItem(9, "Archived meanwhile", 0, 0));
    }
}
