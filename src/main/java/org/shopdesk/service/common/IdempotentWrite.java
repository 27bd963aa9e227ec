package org.shopdesk.service.common;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.shopdesk.domain.common.DatabaseUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Retries a write while the database is unreachable (a failover, a restarting server), without
 * ever doing it twice. A write that failed on a broken connection may or may not have committed;
 * so before each new attempt {@code landed} looks it up by its natural key (a product's SKU, a
 * sale's client key) and returns it if the earlier attempt did land. Bounded: after
 * {@link Policy#total()} the last failure is thrown. Only {@link DatabaseUnavailableException} is
 * retried; every other outcome (saved, refused, saved-but-not-replicated) is final.
 *
 * <pre>{@code
 * return retry.run(() -> recordSale(draft), () -> saleByClientKey(draft.clientKey()));
 * }</pre>
 */
public final class IdempotentWrite {
    private static final Logger LOG = LoggerFactory.getLogger(IdempotentWrite.class);

    /** How long to keep trying, and the pauses between tries (doubling from first to max). */
    public record Policy(Duration total, Duration firstPause, Duration maxPause) {
        /** Long enough for a standby to be promoted and the pool to find it; short enough for a clerk to wait. */
        public static final Policy DEFAULT = new Policy(Duration.ofSeconds(15), Duration.ofMillis(250), Duration.ofSeconds(2));
        public static final Policy NONE = new Policy(Duration.ZERO, Duration.ZERO, Duration.ZERO);
    }

    private final Policy policy;

    public IdempotentWrite(Policy policy) {
        this.policy = policy;
    }

    public <T> T run(Supplier<T> write, Supplier<Optional<T>> landed) {
        long deadline = System.nanoTime() + policy.total().toNanos();
        long pause = policy.firstPause().toMillis();
        boolean maybeLanded = false;
        int attempt = 1;
        while (true) {
            try {
                if (maybeLanded) {
                    Optional<T> already = landed.get();
                    if (already.isPresent()) {
                        LOG.info("The write interrupted by a lost connection had landed; not repeating it");
                        return already.get();
                    }
                }
                return write.get();
            } catch (DatabaseUnavailableException e) {
                maybeLanded = true;
                if (System.nanoTime() + pause * 1_000_000 > deadline) {
                    LOG.warn("Database still unavailable after {} attempt(s); giving up", attempt);
                    throw e;
                }
                LOG.info("Database unavailable (attempt {}: {}); trying again in {} ms", attempt, e.getMessage(), pause);
                sleep(pause, e);
                pause = Math.min(pause * 2, policy.maxPause().toMillis());
                attempt++;
            }
        }
    }

    private static void sleep(long millis, DatabaseUnavailableException cause) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cause;
        }
    }
}
