package org.shopdesk.domain.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets the one who started a piece of work stop it from another thread, without knowing how the
 * work runs: the work registers what stops it (a running SQL statement registers its cancel), the
 * caller calls {@link #cancel()}. The screens see this token, never the JDBC statement.
 */
public final class Cancellation {
    private final List<Runnable> cancellers = new ArrayList<>();
    private boolean cancelled;

    /** A token nobody cancels: for callers that never give up (tests, the command line). */
    public static Cancellation none() {
        return new Cancellation();
    }

    /**
     * Runs {@code canceller} when this is cancelled (at once if it already is). Close the returned
     * registration when the work it stops is over, so a late cancel does not touch what came next.
     */
    public Registration onCancel(Runnable canceller) {
        boolean now;
        synchronized (this) {
            now = cancelled;
            if (!now) {
                cancellers.add(canceller);
            }
        }
        if (now) {
            canceller.run();
        }
        return () -> {
            synchronized (this) {
                cancellers.remove(canceller);
            }
        };
    }

    /** Stops the work: runs every registered canceller once; later calls do nothing. */
    public void cancel() {
        List<Runnable> toRun;
        synchronized (this) {
            if (cancelled) {
                return;
            }
            cancelled = true;
            toRun = List.copyOf(cancellers);
            cancellers.clear();
        }
        toRun.forEach(Runnable::run);
    }

    public synchronized boolean isCancelled() {
        return cancelled;
    }

    /** A registered canceller; closing it unregisters it. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
