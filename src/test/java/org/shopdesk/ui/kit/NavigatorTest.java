package org.shopdesk.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The navigator without a toolkit: routes, the shell showing the target first, then its handler. */
class NavigatorTest {
    record OpenThing(long id) implements ScreenRequest { }

    record Elsewhere() implements ScreenRequest { }

    @Test
    void aRequestShowsItsScreenThenReachesTheHandlerTheScreenRegisteredWhenBuilt() {
        Navigator navigator = new Navigator();
        List<String> shown = new ArrayList<>();
        List<Long> applied = new ArrayList<>();
        navigator.route(OpenThing.class, "nav.things");
        // Like the shell: the target registers its handler while it is built on its first show.
        navigator.attach(key -> {
            shown.add(key + (applied.isEmpty() ? " before" : " after"));
            navigator.handle(OpenThing.class, r -> applied.add(r.id()));
            return key.equals("nav.things");
        });

        assertThat(navigator.canOpen(OpenThing.class)).isTrue();
        assertThat(navigator.open(new OpenThing(7))).isTrue();
        assertThat(shown).containsExactly("nav.things before");
        assertThat(applied).containsExactly(7L);

        assertThat(navigator.canOpen(Elsewhere.class)).isFalse();
        assertThat(navigator.open(new Elsewhere())).isFalse();
        assertThat(shown).hasSize(1);
    }

    @Test
    void aNewShellForgetsTheOldScreensHandlers() {
        Navigator navigator = new Navigator();
        List<Long> applied = new ArrayList<>();
        navigator.route(OpenThing.class, "nav.things");
        navigator.attach(key -> true);
        navigator.handle(OpenThing.class, r -> applied.add(r.id()));
        // Reconnected: the screens are rebuilt, the old one's handler must not receive requests.
        navigator.attach(key -> true);
        assertThat(navigator.open(new OpenThing(1))).isFalse();
        assertThat(applied).isEmpty();
        assertThat(new Navigator().open(new OpenThing(2))).as("no shell attached").isFalse();
    }
}
