package org.shopdesk.app.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.shopdesk.app.AppDirs;
import org.shopdesk.app.Backend;
import org.shopdesk.app.ConnectionTarget;
import org.shopdesk.domain.catalogue.ProductQuery;

/**
 * Run in a fresh JVM by the benchmark: how long from the JVM's own start until ShopDesk is
 * connected to a server database (pool, Flyway check, Hibernate) and shows the first Catalogue
 * page, and how much heap is in use after that (after a GC). When the window exists, its start
 * is plugged in here in place of {@link #open}. Arguments: URL, user, result file.
 */
public final class StartProbe {
    private StartProbe() {
    }

    public static void main(String[] args) throws Exception {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long ready;
        long heap;
        Path home = Files.createTempDirectory("shopdesk-probe");
        try (Backend backend = open(args[0], args[1], home)) {
            ready = System.currentTimeMillis();
            System.gc();
            Runtime rt = Runtime.getRuntime();
            heap = rt.totalMemory() - rt.freeMemory();
        }
        Files.writeString(Path.of(args[2]), String.format(Locale.ROOT, "%d %d%n", ready - jvmStart, heap));
    }

    static Backend open(String url, String user, Path home) {
        Backend backend = Backend.connect(ConnectionTarget.server(url, user, null, "bench"),
                new AppDirs(home.resolve("config"), home.resolve("data")), false);
        backend.catalogue().findProducts(ProductQuery.firstPage(50));
        return backend;
    }
}
