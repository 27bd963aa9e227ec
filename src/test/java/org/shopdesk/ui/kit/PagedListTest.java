package org.shopdesk.ui.kit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.catalogue.ProductQuery;
import org.shopdesk.domain.catalogue.ProductRow;
import org.shopdesk.domain.catalogue.ProductSort;
import org.shopdesk.domain.common.DatabaseUnavailableException;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Page;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;

/** The paged list without a toolkit, over a real database: cancelled loads, inline failures, one query per click. */
class PagedListTest {
    static TestDatabase db;
    static CatalogueService catalogue;

    final Messages messages = Messages.forLocale(Locale.ENGLISH);
    final ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
    final ErrorPresenter errors = new ErrorPresenter(messages, dialogs, "log");
    final List<Throwable> unhandled = new ArrayList<>();

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        catalogue = db.backend().catalogue();
        NamedItem tools = catalogue.createCategory("Tools");
        NamedItem maker = catalogue.createProducer("Maker");
        for (int i = 0; i < 30; i++) {
            catalogue.saveProduct(new ProductDraft(null, null, String.format("P-%02d", i), null, "Product " + i, null,
                    tools.id(), maker.id()));
        }
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    private PagedList<ProductRow, ProductSort> products(TaskRunner tasks) {
        return new PagedList<>(tasks, errors, 10, ProductSort.TITLE, ProductRow::id, (r, c) -> catalogue.findProducts(
                new ProductQuery(r.text(), null, null, false, r.sort(), r.descending(), r.offset(), r.limit()), c));
    }

    @Test
    void aSupersededLoadIsStoppedInTheDatabaseNotOnlyIgnored() throws Exception {
        ExecutorService background = Executors.newSingleThreadExecutor();
        TaskRunner tasks = new TaskRunner(background, Runnable::run, unhandled::add);
        try (Connection locker = db.connect()) {
            // The test holds a lock the list's query must wait for: the query sits on the server, visibly.
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                s.execute("LOCK TABLE products IN ACCESS EXCLUSIVE MODE");
            }
            PagedList<ProductRow, ProductSort> list = products(tasks);
            list.searchTextProperty().set("product 1");
            list.load();
            waitUntil(() -> waitingQueryPid() > 0, "the list's query waits on the server");
            long pid = waitingQueryPid();
            long started = db.count(STARTED + " WHERE pid = " + pid);

            list.searchTextProperty().set("product 2");
            list.restart(); // replaces the first load: its statement must go
            // A statement is its backend and its start time (the next load may reuse the pooled connection).
            String firstStatement = "SELECT count(*) FROM (" + STARTED + " WHERE pid = " + pid
                    + " AND state = 'active') s WHERE s.started = " + started;
            waitUntil(() -> db.count(firstStatement) == 0, "the cancelled statement is gone from pg_stat_activity");
            assertThat(db.count(firstStatement)).isZero();
            assertThat(list.stateProperty().get()).isEqualTo(PagedList.State.LOADING);

            locker.commit();
            waitUntil(() -> list.stateProperty().get() == PagedList.State.SHOWN, "the second load shows its page");
            // Only the load that replaced it answered: "product 2" matches Product 2 and Product 20..29.
            assertThat(list.rows()).extracting(ProductRow::title).allMatch(t -> t.startsWith("Product 2"));
            assertThat(list.totalProperty().get()).isEqualTo(11);
            assertThat(unhandled).isEmpty();
            assertThat(dialogs.shown).isEmpty();
        } finally {
            background.shutdownNow();
            background.awaitTermination(5, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFailedLoadIsShownInTheListAndRetried() {
        AtomicBoolean down = new AtomicBoolean(true);
        PagedList<ProductRow, ProductSort> list = new PagedList<>(TaskRunner.inline(unhandled::add), errors, 10,
                ProductSort.TITLE, ProductRow::id, (r, c) -> {
                    if (down.get()) {
                        throw new DatabaseUnavailableException("connection refused", null);
                    }
                    return catalogue.findProducts(ProductQuery.firstPage(r.limit()), c);
                });
        list.load();
        assertThat(list.stateProperty().get()).isEqualTo(PagedList.State.FAILED);
        assertThat(list.failureProperty().get()).startsWith("The database cannot be reached right now.");
        assertThat(dialogs.shown).as("no modal alert for a failed list").isEmpty();
        assertThat(unhandled).isEmpty();

        down.set(false);
        list.retry();
        assertThat(list.stateProperty().get()).isEqualTo(PagedList.State.SHOWN);
        assertThat(list.rows()).hasSize(10);
        assertThat(list.failureProperty().get()).isEmpty();
    }

    @Test
    void oneHeaderClickIsOneQueryAndNothingMatchingSaysSo() {
        AtomicInteger queries = new AtomicInteger();
        PagedList<ProductRow, ProductSort> list = new PagedList<>(TaskRunner.inline(unhandled::add), errors, 10,
                ProductSort.TITLE, ProductRow::id, (r, c) -> {
                    queries.incrementAndGet();
                    return catalogue.findProducts(new ProductQuery(r.text(), null, null, false, r.sort(), r.descending(),
                            r.offset(), r.limit()), c);
                });
        list.load();
        list.nextPage();
        assertThat(queries.get()).isEqualTo(2);
        list.sortBy(ProductSort.SKU, true);
        assertThat(queries.get()).isEqualTo(3);
        assertThat(list.pageProperty().get()).isZero();
        assertThat(list.rows().get(0).sku()).isEqualTo("P-29");
        list.sortBy(ProductSort.SKU, true);
        assertThat(queries.get()).as("the same order again asks nothing").isEqualTo(3);

        list.searchTextProperty().set("no such thing");
        list.restart();
        assertThat(list.stateProperty().get()).isEqualTo(PagedList.State.EMPTY);
        assertThat(list.totalProperty().get()).isZero();
    }

    private static final String STARTED =
            "SELECT (extract(epoch FROM query_start) * 1000000)::bigint AS started FROM pg_stat_activity";

    /** The pid of the Catalogue page query waiting for the test's lock, or -1. */
    private static long waitingQueryPid() {
        return db.count("SELECT coalesce(max(pid), -1) FROM pg_stat_activity WHERE datname = current_database()"
                + " AND state = 'active' AND wait_event_type = 'Lock' AND query LIKE 'WITH page AS%'");
    }

    static void waitUntil(java.util.function.BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 10 s: " + what);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
