package org.shopdesk.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML with the shared bundle and the controller the composition root built by
 * hand for it (with its view model). An FXML that asks for any other controller fails at once:
 * no reflection building, no DI.
 */
public final class ViewLoader {
    private final Messages messages;

    public ViewLoader(Messages messages) {
        this.messages = messages;
    }

    /** A loaded view and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    /** Loads {@code Name.fxml}, which sits beside {@code controllerType} in the resources, with {@code controller}. */
    public <C> View<C> load(Class<C> controllerType, C controller) {
        String name = controllerType.getSimpleName().replaceFirst("Controller$", "") + ".fxml";
        URL fxml = controllerType.getResource(name);
        if (fxml == null) {
            throw new IllegalStateException("No " + name + " beside " + controllerType.getName());
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(type -> {
            if (type != controllerType) {
                throw new IllegalStateException(fxml + " asks for " + type.getName() + ", expected " + controllerType.getName());
            }
            return controller;
        });
        try {
            return new View<>(loader.load(), controller);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }
}
