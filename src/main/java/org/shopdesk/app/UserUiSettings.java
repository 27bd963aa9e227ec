package org.shopdesk.app;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.shopdesk.ui.kit.UiSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The screens' remembered choices in the user's settings file, under {@code ui.}: read once at
 * start, changed in memory while the user drags a column, written once when the window closes.
 */
final class UserUiSettings implements UiSettings {
    private static final Logger LOG = LoggerFactory.getLogger(UserUiSettings.class);
    private static final String PREFIX = "ui.";

    private final ConnectionSettings file;
    private final Map<String, String> values;

    UserUiSettings(ConnectionSettings file) {
        this.file = file;
        this.values = new ConcurrentHashMap<>(file.section(PREFIX));
    }

    @Override
    public Optional<String> get(String name) {
        return Optional.ofNullable(values.get(name));
    }

    @Override
    public void put(String name, String value) {
        values.put(name, value);
    }

    /** Writes the values to the settings file; a failure only costs the user their layout. */
    void save() {
        try {
            file.saveSection(PREFIX, values);
        } catch (IOException e) {
            LOG.warn("Cannot save the window's layout", e);
        }
    }
}
