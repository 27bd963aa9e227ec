package org.shopdesk.ui.common;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.shopdesk.domain.common.Cancellation;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way the screens reach the database: the work runs on a small background executor, the
 * result (or the error) comes back on the JavaFX thread, and {@link #busyProperty()} is true while
 * anything runs. Errors nobody handles go to the shared error handler, which tells the user.
 * {@link Call#start()} returns a handle: cancelling it drops the answer and stops the work itself
 * where the work registered how (a query registers its statement's cancel on the
 * {@link Cancellation} it is given by {@link #cancellable}).
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
        return new Call<>(c -> work.call());
    }

    /** Work that can be stopped while it runs: it registers its canceller on the token it is given. */
    public <T> Call<T> cancellable(CancellableWork<T> work) {
        return new Call<>(work);
    }

    public Call<Void> run(Runnable work) {
        return new Call<>(c -> {
            work.run();
            return null;
        });
    }

    /** Background work that is handed the token its caller may cancel. */
    @FunctionalInterface
    public interface CancellableWork<T> {
        T call(Cancellation cancellation) throws Exception;
    }

    /** A started call. Cancelling stops its work where it can and runs none of its handlers. */
    public interface Running {
        void cancel();

        boolean isCancelled();
    }

    @Override
    public void close() {
        if (background instanceof ExecutorService pool) {
            pool.shutdownNow();
        }
    }

    /** A piece of background work being set up; nothing runs until {@link #start()}. */
    public final class Call<T> {
        private final CancellableWork<T> work;
        private final Cancellation cancellation = new Cancellation();
        private Consumer<? super T> onSuccess = v -> { };
        private Consumer<Throwable> onError = defaultErrorHandler;
        private Runnable onFinally = () -> { };

        private Call(CancellableWork<T> work) {
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

        public Running start() {
            changeRunning(+1);
            background.execute(() -> {
                if (cancellation.isCancelled()) {
                    // Cancelled while it waited for a thread: it never reaches the database.
                    ui.execute(() -> changeRunning(-1));
                    return;
                }
                try {
                    T value = work.call(cancellation);
                    ui.execute(() -> finish(() -> onSuccess.accept(value)));
                } catch (Exception | Error e) {
                    if (cancellation.isCancelled()) {
                        LOG.debug("Cancelled work ended with {}", e.toString());
                    } else {
                        LOG.debug("Background work failed", e);
                    }
                    ui.execute(() -> finish(() -> onError.accept(e)));
                }
            });
            return new Running() {
                @Override
                public void cancel() {
                    cancellation.cancel();
                }

                @Override
                public boolean isCancelled() {
                    return cancellation.isCancelled();
                }
            };
        }

        private void finish(Runnable handler) {
            if (cancellation.isCancelled()) {
                // Its caller has moved on (a newer load): the answer, or the error of being stopped, is nobody's.
                changeRunning(-1);
                return;
            }
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
