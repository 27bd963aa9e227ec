package org.shopdesk.ui.kit;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Leads from one screen to another: a screen calls {@link #open} with a request; the navigator
 * shows the registered screen that takes that kind of request (built on first show, its button
 * selected) and hands the request to the handler that screen registered when it was built.
 * The shell attaches itself once; the registry routes request types to screens. One instance per
 * application, offered through {@link UiContext#navigator()}.
 */
public final class Navigator {
    private final Map<Class<? extends ScreenRequest>, String> targets = new HashMap<>();
    private final Map<Class<? extends ScreenRequest>, Consumer<ScreenRequest>> handlers = new HashMap<>();
    private Predicate<String> shell = key -> false;

    /** The shell: shows the screen with this title key (building it the first time); false if it has none. */
    public void attach(Predicate<String> showScreen) {
        this.shell = showScreen;
        handlers.clear();
    }

    /** Requests of this type open the screen with this title key. */
    public void route(Class<? extends ScreenRequest> type, String screenKey) {
        targets.put(type, screenKey);
    }

    /** Called by the target screen once built: how it applies requests of this type. */
    public <R extends ScreenRequest> void handle(Class<R> type, Consumer<? super R> handler) {
        handlers.put(type, r -> handler.accept(type.cast(r)));
    }

    /** Whether some screen takes requests of this type (links hide themselves otherwise). */
    public boolean canOpen(Class<? extends ScreenRequest> type) {
        return targets.containsKey(type);
    }

    /** Shows the screen for the request and applies it there; false when no screen takes it. */
    public boolean open(ScreenRequest request) {
        String key = targets.get(request.getClass());
        if (key == null || !shell.test(key)) {
            return false;
        }
        Consumer<ScreenRequest> handler = handlers.get(request.getClass());
        if (handler == null) {
            return false;
        }
        handler.accept(request);
        return true;
    }
}
