package org.shopdesk;

import org.shopdesk.app.AppDirs;

/** Points Logback's rolling file at the user's data directory before the first logger exists. */
final class LogSetup {
    private LogSetup() {
    }

    static void init() {
        if (System.getProperty("shopdesk.logDir") == null) {
            System.setProperty("shopdesk.logDir", AppDirs.forUser().logs().toString());
        }
    }
}
