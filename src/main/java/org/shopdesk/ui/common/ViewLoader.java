package org.shopdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.function.Supplier;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML with the shared bundle and a controller built by hand. It knows every
 * controller it may build and fails at once on one it does not (no reflection magic, no DI).
 */
public final class ViewLoader {
    private final Messages messages;
    private final Map<Class<?>, Supplier<?>> controllers;

    public ViewLoader(Messages messages, Map<Class<?>, Supplier<?>> controllers) {
        this.messages = messages;
        this.controllers = Map.copyOf(controllers);
    }

    /** A loaded view and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    /** Loads {@code Name.fxml} that sits beside {@code controllerType} in the resources. */
    public <C> View<C> load(Class<C> controllerType) {
        return load(controllerType, null);
    }

    /** The same, with a controller built by the caller (one that needs per-view arguments). */
    public <C> View<C> load(Class<C> controllerType, C controller) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "") + ".fxml";
        URL fxml = controllerType.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No " + name + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(type -> {
            if (controller != null && type == controllerType) {
                return controller;
            }
            Supplier<?> factory = controllers.get(type);
            if (factory == null) {
                throw new IllegalStateException("ViewLoader does not know how to build " + type.getName());
            }
            return factory.get();
        });
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
