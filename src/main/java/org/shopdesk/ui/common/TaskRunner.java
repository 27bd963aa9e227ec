package org.shopdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the screens reach the database: the work runs on a small background executor, the
 * result (or the error) comes back on the JavaFX thread, and {@link #busyProperty()} is true while
 * anything runs. Errors nobody handles go to the shared error handler, which tells the user.
 * {@link #inline} is the synchronous twin for view-model tests.
 */
public final class TaskRunner implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TaskRunner.class);

    private final Executor background;
    private final Executor ui;
    private final Consumer<Throwable> defaultErrorHandler;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final AtomicInteger running = new AtomicInteger();

    public TaskRunner(Executor background, Executor ui, Consumer<Throwable> defaultErrorHandler) {
        this.background = background;
        this.ui = ui;
        this.defaultErrorHandler = defaultErrorHandler;
    }

    /** Two named daemon threads: one for the screen's work, one for a load running beside it. */
    public static TaskRunner forFx(Consumer<Throwable> defaultErrorHandler) {
        AtomicInteger n = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "shopdesk-db-" + n.incrementAndGet());
            t.setDaemon(true);
            t.setUncaughtExceptionHandler((th, e) -> LOG.error("Uncaught in {}", th.getName(), e));
            return t;
        });
        return new TaskRunner(pool, Platform::runLater, defaultErrorHandler);
    }

    /** Runs everything at once on the calling thread: for tests without a toolkit. */
    public static TaskRunner inline(Consumer<Throwable> defaultErrorHandler) {
        return new TaskRunner(Runnable::run, Runnable::run, defaultErrorHandler);
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Runs {@code update} on the JavaFX thread (at once in tests): for progress reported from the work. */
    public void onUi(Runnable update) {
        ui.execute(update);
    }

    public <T> Call<T> call(Callable<T> work) {
        return new Call<>(work);
    }

    public Call<Void> run(Runnable work) {
        return new Call<>(() -> {
            work.run();
            return null;
        });
    }

    @Override
    public void close() {
        if (background instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    /** A piece of background work being set up; nothing runs until {@link #start()}. */
    public final class Call<T> {
        private final Callable<T> work;
        private Consumer<? super T> onSuccess = v -> { };
        private Consumer<Throwable> onError = defaultErrorHandler;
        private Runnable onFinally = () -> { };

        private Call(Callable<T> work) {
            this.work = work;
        }

        public Call<T> onSuccess(Consumer<? super T> handler) {
            this.onSuccess = handler;
            return this;
        }

        /** Handles the error here; return normally to stop it reaching the shared error handler. */
        public Call<T> onError(Consumer<Throwable> handler) {
            this.onError = handler;
            return this;
        }

        public Call<T> onFinally(Runnable handler) {
            this.onFinally = handler;
            return this;
        }

        public void start() {
            changeRunning(+1);
            background.execute(() -> {
                try {
                    T value = work.call();
                    ui.execute(() -> finish(() -> onSuccess.accept(value)));
                } catch (Exception | Error e) {
                    LOG.debug("Background work failed", e);
                    ui.execute(() -> finish(() -> onError.accept(e)));
                }
            });
        }

        private void finish(Runnable handler) {
            try {
                handler.run();
            } catch (RuntimeException e) {
                defaultErrorHandler.accept(e);
            } finally {
                try {
                    onFinally.run();
                } finally {
                    changeRunning(-1);
                }
            }
        }
    }

    private void changeRunning(int delta) {
        int now = running.addAndGet(delta);
        ui.execute(() -> busy.set(running.get() > 0));
        if (now < 0) {
            LOG.warn("TaskRunner count below zero");
        }
    }
}
