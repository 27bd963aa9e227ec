package org.shopdesk.data.generate;

import java.time.Duration;
import org.shopdesk.data.CopyTable;

/** Hears how a load goes: after each COPY statement, the table, its rows so far and the time since it began. */
@FunctionalInterface
public interface GenerationListener extends CopyTable.Progress {
    @Override
    void loaded(String table, long rows, Duration elapsed);

    GenerationListener SILENT = (table, rows, elapsed) -> { };
}
