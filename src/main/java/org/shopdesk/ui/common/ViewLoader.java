package org.shopdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML with the shared bundle and the controllers the composition root built by
 * hand for it (with their view models): the main one and one for each {@code fx:include} in the
 * tree. A controller the FXML asks for that was not given fails at once: no reflection building,
 * no DI (Cryptomator's FxmlLoaderFactory, by hand).
 */
public final class ViewLoader {
    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    /** A loaded view and its main controller. */
    public record View<C>(Parent root, C controller) {
    }

    /**
     * Loads {@code Name.fxml}, which sits beside {@code controllerType} in the resources, with
     * {@code controller}; {@code included} are the controllers of the FXML files it includes.
     */
    public <C> View<C> load(Class<C> controllerType, C controller, Object... included) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "") + ".fxml";
        URL fxml = controllerType.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No " + name + " beside " + controllerType.getName());
        }
        Map<Class<?>, Object> controllers = new LinkedHashMap<>();
        controllers.put(controllerType, controller);
        for (Object c : included) {
            if (controllers.put(c.getClass(), c) != null) {
                throw new IllegalArgumentException("Two controllers of " + c.getClass().getName() + " for " + fxml);
            }
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(type -> {
            Object c = controllers.get(type);
            if (c == null) {
                throw new IllegalStateException(fxml + " asks for " + type.getName() + ", which was not given; given: "
                        + controllers.keySet().stream().map(Class::getSimpleName).toList());
            }
            return c;
        });
        try {
            return new View<>(loader.load(), controller);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
