package org.shopdesk;

import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.Path;
import org.shopdesk.data.OwnerOnlyFiles;

/**
 * The log's rolling file, readable by its user only (0600): the log names customers' databases,
 * servers and failures. Each file it opens, the first and every one after a roll, is narrowed
 * at once; the folder it lives in is 0700 (see {@link LogSetup}).
 */
public final class OwnerOnlyLogAppender<E> extends RollingFileAppender<E> {

    @Override
    public void openFile(String fileName) throws IOException {
        super.openFile(fileName);
        OwnerOnlyFiles.restrict(Path.of(fileName));
    }
}
