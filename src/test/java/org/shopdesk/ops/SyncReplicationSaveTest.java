package org.shopdesk.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.shopdesk.app.Backend;
import org.shopdesk.app.ConnectionTarget;
import org.shopdesk.domain.catalogue.ProductDetails;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.SavedButNotReplicatedException;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.testing.TestDatabase;

/**
 * ShopDesk itself (Backend + CatalogueService) over a primary with a synchronous standby
 * (remote_apply): what is saved is on the standby at once; with the standby gone a save ends
 * within the commit timeout as "saved, not replicated" instead of hanging; and through a kill -9
 * of the primary and the standby's promotion, ShopDesk reconnects by itself and every save it
 * reported is on the new primary exactly once. The tests run in order on one cluster.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncReplicationSaveTest {
    private static final String DB = "shopdesk";
    private static final Duration COMMIT_TIMEOUT = Duration.ofSeconds(2);

    private ReplicationCluster cluster;
    private Backend backend;
    private CatalogueService catalogue;
    private NamedItem category;
    private NamedItem producer;

    @BeforeAll
    void start() {
        cluster = ReplicationCluster.start("remote_apply");
        cluster.createDatabase(DB);
        backend = Backend.connect(ConnectionTarget.server(cluster.multiHostUrl(DB), "postgres", null, "test"),
                TestDatabase.testDirs(), false, COMMIT_TIMEOUT);
        catalogue = backend.catalogue();
        category = catalogue.createCategory("Replicated");
        producer = catalogue.createProducer("Maker");
    }

    @AfterAll
    void stop() {
        try {
            if (backend != null) {
                backend.close();
            }
        } finally {
            if (cluster != null) {
                cluster.close();
            }
        }
    }

    @Test
    @Order(1)
    void aSaveIsOnTheStandbyAtOnceAndCostsThisMuch() throws SQLException {
        ProductDetails saved = catalogue.saveProduct(draft("R-1"));
        try (Connection standby = cluster.connect(cluster.standbyPort(), DB)) {
            assertThat(skus(standby, "R-%")).containsExactly("R-1");
            assertThat(single(standby, "SELECT title FROM products WHERE id = " + saved.id())).isEqualTo("Product R-1");
        }

        double syncMs = medianSaveMs("LS-");
        String level;
        try (Connection primary = cluster.connect(cluster.primaryPort(), DB); Statement st = primary.createStatement()) {
            level = single(primary, "SHOW synchronous_commit");
            st.execute("ALTER SYSTEM SET synchronous_commit = 'local'");
            st.execute("SELECT pg_reload_conf()");
        }
        double localMs;
        try {
            awaitSetting("local");
            localMs = medianSaveMs("LA-");
        } finally {
            try (Connection primary = cluster.connect(cluster.primaryPort(), DB); Statement st = primary.createStatement()) {
                st.execute("ALTER SYSTEM SET synchronous_commit = '" + level + "'");
                st.execute("SELECT pg_reload_conf()");
            }
            awaitSetting(level);
        }
        System.out.printf("Product save through CatalogueService, median of 100: synchronous_commit=%s %.2f ms, "
                + "local %.2f ms%n", level, syncMs, localMs);
        assertThat(level).isEqualTo("remote_apply");
    }

    @Test
    @Order(2)
    void withTheStandbyGoneASaveEndsWithinTheTimeoutAsSavedButNotReplicated() throws SQLException {
        cluster.stopStandby();
        long started = System.nanoTime();
        assertThatThrownBy(() -> catalogue.saveProduct(draft("R-2")))
                .isInstanceOfSatisfying(SavedButNotReplicatedException.class, e ->
                        assertThat(((ProductDetails) e.saved()).sku()).isEqualTo("R-2"));
        long tookMs = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("Save with the synchronous standby down ended after %d ms (commit timeout %d s)%n",
                tookMs, COMMIT_TIMEOUT.toSeconds());
        assertThat(tookMs).isBetween(COMMIT_TIMEOUT.toMillis() - 100, COMMIT_TIMEOUT.toMillis() + 3_000);
        try (Connection primary = cluster.connect(cluster.primaryPort(), DB)) {
            assertThat(skus(primary, "R-%")).containsExactly("R-1", "R-2");
        }

        cluster.startStandby();
        awaitSyncStandby();
        ProductDetails normal = catalogue.saveProduct(draft("R-3"));
        assertThat(normal.sku()).isEqualTo("R-3");
        try (Connection standby = cluster.connect(cluster.standbyPort(), DB)) {
            // R-2 caught up when the standby came back; R-3 was confirmed before the save returned.
            assertThat(skus(standby, "R-%")).containsExactly("R-1", "R-2", "R-3");
        }
    }

    @Test
    @Order(3)
    void afterAPrimaryCrashAndPromotionEverySaveReportedIsThereOnce() throws Exception {
        Set<String> reported = ConcurrentHashMap.newKeySet();
        Map<String, Throwable> failed = new ConcurrentHashMap<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger done = new AtomicInteger();
        AtomicLong killedAt = new AtomicLong();
        AtomicLong firstAfterKill = new AtomicLong();
        Thread clerk = new Thread(() -> {
            for (int i = 0; running.get(); i++) {
                String sku = "F-" + i;
                try {
                    catalogue.saveProduct(draft(sku));
                    reported.add(sku);
                    if (killedAt.get() != 0) {
                        firstAfterKill.compareAndSet(0, System.nanoTime());
                    }
                } catch (RuntimeException e) {
                    failed.put(sku, e);
                }
                done.incrementAndGet();
            }
        }, "clerk");
        clerk.start();
        try {
            awaitCount(done, 30, Duration.ofSeconds(20));
            killedAt.set(System.nanoTime());
            cluster.killPrimary();
            assertThat(backend.system().reachable()).as("reachable with the primary dead").isFalse();
            cluster.promoteStandby();
            int atPromotion = done.get();
            awaitCount(done, atPromotion + 20, Duration.ofSeconds(30));
        } finally {
            running.set(false);
            clerk.join(30_000);
        }
        assertThat(clerk.isAlive()).isFalse();
        assertThat(backend.system().reachable()).isTrue();
        assertThat(failed).as("saves that failed").isEmpty();
        assertThat(firstAfterKill.get()).as("a save completed after the kill").isNotZero();
        System.out.printf("Failover: %d saves, first save completed %d ms after kill -9 of the primary%n",
                reported.size(), (firstAfterKill.get() - killedAt.get()) / 1_000_000);

        try (Connection newPrimary = cluster.connect(cluster.standbyPort(), DB)) {
            List<String> inTable = skus(newPrimary, "F-%");
            assertThat(inTable).as("no SKU twice").doesNotHaveDuplicates();
            assertThat(new TreeSet<>(inTable)).as("exactly the saves reported").isEqualTo(new TreeSet<>(reported));
            assertThat(single(newPrimary, "SELECT pg_is_in_recovery()")).isEqualTo("f");
        }
    }

    private double medianSaveMs(String prefix) {
        List<Long> nanos = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            long t = System.nanoTime();
            catalogue.saveProduct(draft(prefix + i));
            nanos.add(System.nanoTime() - t);
        }
        Collections.sort(nanos);
        return nanos.get(50) / 1e6;
    }

    private ProductDraft draft(String sku) {
        return new ProductDraft(null, null, sku, null, "Product " + sku, null, category.id(), producer.id());
    }

    private void awaitSetting(String level) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (true) {
            try (Connection primary = cluster.connect(cluster.primaryPort(), DB)) {
                if (single(primary, "SHOW synchronous_commit").equals(level)) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("synchronous_commit becomes " + level).isLessThan(deadline);
            sleep(50);
        }
    }

    private void awaitSyncStandby() throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try (Connection primary = cluster.connect(cluster.primaryPort(), DB)) {
                if (single(primary, "SELECT count(*) FROM pg_stat_replication WHERE sync_state = 'sync' "
                        + "AND state = 'streaming'").equals("1")) {
                    return;
                }
            }
            assertThat(System.nanoTime()).as("the standby streams again").isLessThan(deadline);
            sleep(100);
        }
    }

    private static void awaitCount(AtomicInteger counter, int target, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (counter.get() < target) {
            assertThat(System.nanoTime()).as("saves reach " + target + " (now " + counter.get() + ")")
                    .isLessThan(deadline);
            sleep(20);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static List<String> skus(Connection c, String like) throws SQLException {
        List<String> result = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT sku FROM products WHERE sku LIKE '" + like + "' ORDER BY id")) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    private static String single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
