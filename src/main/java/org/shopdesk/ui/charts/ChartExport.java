package org.shopdesk.ui.charts;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.shopdesk.domain.charts.FigureTable;
import org.shopdesk.ui.common.TaskRunner;

/**
 * A chart as a PNG and its numbers as CSV. The picture is taken on the JavaFX thread (a snapshot
 * of the chart as it is on screen); encoding and writing happen in the background.
 */
final class ChartExport {
    private final TaskRunner tasks;

    ChartExport(TaskRunner tasks) {
        this.tasks = tasks;
    }

    void png(Node chart, Path file, Runnable done) {
        WritableImage image = chart.snapshot(new SnapshotParameters(), null);
        tasks.call(() -> {
            Path part = partOf(file);
            if (!ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", part.toFile())) {
                throw new IOException("no PNG writer");
            }
            return Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }).onSuccess(f -> done.run()).start();
    }

    /** UTF-8 with a byte-order mark, so that a spreadsheet reads Cyrillic names right. */
    void csv(FigureTable table, Path file, Runnable done) {
        String text = "\uFEFF" + table.toCsv();
        tasks.call(() -> Files.move(Files.writeString(partOf(file), text, StandardCharsets.UTF_8), file,
                StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE)).onSuccess(f -> done.run()).start();
    }

    /** Written beside the file and then moved over it: whoever opens the file never sees half of it. */
    private static Path partOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".part");
    }
}
