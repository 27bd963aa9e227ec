package org.shopdesk;

import org.shopdesk.app.AppDirs;

/**
 * Points Logback's rolling file at the user's data directory before the first logger exists,
 * in a folder only the user may enter (0700).
 */
final class LogSetup {
    private LogSetup() {
    }

    static void init() {
        if (System.getProperty("shopdesk.logDir") == null) {
            System.setProperty("shopdesk.logDir", AppDirs.forUser().logs().toString());
        }
        privateFolder(java.nio.file.Path.of(System.getProperty("shopdesk.logDir")));
    }

    /** The log folder 0700, and the logs an older ShopDesk left readable by all narrowed to 0600. */
    static void privateFolder(java.nio.file.Path dir) {
        try {
            org.shopdesk.data.OwnerOnlyFiles.folder(dir);
            try (java.util.stream.Stream<java.nio.file.Path> logs = java.nio.file.Files.list(dir)) {
                for (java.nio.file.Path log : logs.toList()) {
                    org.shopdesk.data.OwnerOnlyFiles.restrict(log);
                }
            }
        } catch (java.io.IOException e) {
            // The folder is settled (or not) before the first logger, which may now say so.
            org.slf4j.LoggerFactory.getLogger(LogSetup.class).warn("Cannot make the log folder {} private", dir, e);
        }
    }
}
