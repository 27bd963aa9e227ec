package org.shopdesk.ui.charts;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Where an export goes: the user picks a file (a test names one). */
@FunctionalInterface
public interface FileTarget {
    /** The chosen file, or empty if the user cancelled. */
    Optional<Path> choose(String title, String suggestedName, String filterText, String pattern);

    /** The system's save dialog over {@code owner}. */
    static FileTarget dialog(Supplier<Window> owner) {
        return (title, suggestedName, filterText, pattern) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(title);
            chooser.setInitialFileName(suggestedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(filterText, pattern));
            File f = chooser.showSaveDialog(owner.get());
            return Optional.ofNullable(f).map(File::toPath);
        };
    }
}
