package org.shopdesk.ui.kit;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The user's remembered UI choices (window bounds, column widths), as text under dotted names such
 * as {@code window.width} or {@code catalogue.column.title}. The application keeps them in the
 * user's settings file; changes are cheap (memory) and written when the window closes.
 */
public interface UiSettings {
    Optional<String> get(String name);

    void put(String name, String value);

    default Optional<Double> number(String name) {
        try {
            return get(name).map(Double::parseDouble);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Settings that live as long as the object: for tests and the benchmark window. */
    static UiSettings inMemory() {
        Map<String, String> values = new ConcurrentHashMap<>();
        return new UiSettings() {
            @Override
            public Optional<String> get(String name) {
                return Optional.ofNullable(values.get(name));
            }

            @Override
            public void put(String name, String value) {
                values.put(name, value);
            }
        };
    }
}
