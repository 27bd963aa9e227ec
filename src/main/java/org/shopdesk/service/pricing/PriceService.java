package org.shopdesk.service.pricing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.shopdesk.data.ConstraintViolation;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.pricing.BulkChangeStore;
import org.shopdesk.data.pricing.PriceListProfileStore;
import org.shopdesk.data.pricing.PriceQueries;
import org.shopdesk.data.pricing.PriceWriter;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.pricing.ArticleRow;
import org.shopdesk.domain.pricing.BulkChange;
import org.shopdesk.domain.pricing.BulkPreview;
import org.shopdesk.domain.pricing.BulkPreviewRow;
import org.shopdesk.domain.pricing.BulkResult;
import org.shopdesk.domain.pricing.OfferRow;
import org.shopdesk.domain.pricing.PriceChange;
import org.shopdesk.domain.pricing.PriceGridQuery;
import org.shopdesk.domain.pricing.PriceHistoryRow;
import org.shopdesk.domain.pricing.ProductPricesRow;
import org.shopdesk.domain.pricing.ProviderPriceRow;

/**
 * Purchasing staff's prices: the grid (one provider's list, or every product across providers),
 * a product's offers and history, a change of one price (now or from a date), the end of an
 * offer, bulk changes with their preview, and providers' article numbers. A change never
 * overwrites what someone else changed meanwhile: it carries the price the user saw.
 */
public final class PriceService {
    private final Transactions tx;
    private final PriceQueries queries;
    private final PriceWriter writer;
    private final BulkChangeStore bulk;
    private final PriceListProfileStore profiles;
    private final Clock clock;

    public PriceService(Transactions tx, PriceQueries queries, PriceWriter writer, BulkChangeStore bulk,
                        PriceListProfileStore profiles, Clock clock) {
        this.tx = tx;
        this.queries = queries;
        this.writer = writer;
        this.bulk = bulk;
        this.profiles = profiles;
        this.clock = clock;
    }

    public Page<ProviderPriceRow> providerPrices(PriceGridQuery query) {
        return providerPrices(query, Cancellation.none());
    }

    /** One provider's prices, a page; a cancelled load stops in the database. */
    public Page<ProviderPriceRow> providerPrices(PriceGridQuery query, Cancellation cancellation) {
        if (!query.oneProvider()) {
            throw new IllegalArgumentException("a provider's prices need the provider");
        }
        return tx.query(db -> queries.providerPage(db, query, cancellation));
    }

    public Page<ProductPricesRow> productPrices(PriceGridQuery query) {
        return productPrices(query, Cancellation.none());
    }

    /** Every product with its offers summed up, a page. */
    public Page<ProductPricesRow> productPrices(PriceGridQuery query, Cancellation cancellation) {
        return tx.query(db -> queries.allProvidersPage(db, query, cancellation));
    }

    public List<OfferRow> offers(long productId) {
        return tx.query(db -> queries.offers(db, productId));
    }

    /** The product's prices over time at one provider, or at every provider ({@code providerId} null). */
    public List<PriceHistoryRow> history(long productId, Long providerId) {
        return tx.query(db -> queries.history(db, productId, providerId));
    }

    public List<NamedItem> providers() {
        return tx.query(profiles::providers);
    }

    /**
     * Sets the price from now or from the change's date and returns the new price's id. Refused
     * with {@link ConcurrentChangeException} when the price valid now is no longer the one the
     * user saw; a price equal to the current one with nothing scheduled changes nothing.
     */
    public long changePrice(PriceChange change) {
        List<Problem> problems = PriceRules.check(change, clock);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return guarded(() -> tx.writeSql(db -> {
            Instant now = writer.lockAndCheck(db, change.providerId(), change.productId(), change.expectedPriceId());
            Instant from = change.validFrom() == null || change.validFrom().isBefore(now) ? now : change.validFrom();
            if (from.equals(now) && change.expectedPriceId() != null && writer.alreadySo(db, change.providerId(),
                    change.productId(), change.expectedPriceId(), change.value(), change.currency(), now)) {
                return change.expectedPriceId();
            }
            writer.begin(db);
            writer.add(db, change.productId(), change.value(), change.currency());
            writer.apply(db, change.providerId(), from);
            return writer.openPrice(db, change.providerId(), change.productId());
        }));
    }

    /** Ends the provider's offer of the product now (its history stays); the user saw {@code expectedPriceId}. */
    public void removeOffer(long productId, long providerId, long expectedPriceId) {
        guarded(() -> tx.writeSql(db -> {
            Instant now = writer.lockAndCheck(db, providerId, productId, expectedPriceId);
            writer.begin(db);
            writer.add(db, productId, null, null);
            writer.apply(db, providerId, now);
            return null;
        }));
    }

    /** Every price the bulk change would touch, old -> new, computed by the database. Writes nothing. */
    public BulkPreview previewBulk(BulkChange change) {
        List<Problem> problems = PriceRules.check(change, clock);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<BulkPreviewRow> rows = tx.query(db -> bulk.preview(db, change, at(change)));
        int changed = (int) rows.stream().filter(BulkPreviewRow::changes).count();
        int invalid = (int) rows.stream().filter(r -> !r.valid()).count();
        return new BulkPreview(change, rows, changed, invalid);
    }

    private Instant at(BulkChange change) {
        Instant now = clock.instant();
        return change.validFrom() == null || change.validFrom().isBefore(now) ? now : change.validFrom();
    }

    /**
     * Applies a previewed bulk change in one transaction. Refused, with nothing written, when a
     * new price would be invalid or the prices it touches are no longer those previewed.
     */
    public BulkResult applyBulk(BulkPreview preview) {
        BulkChange change = preview.change();
        if (preview.invalid() > 0) {
            throw new ValidationException(Problem.of(PriceRules.AMOUNT, "prices.validation.bulkInvalid", preview.invalid()));
        }
        return guarded(() -> tx.writeSql(db -> {
            Instant now = writer.lockProvider(db, change.providerId());
            Instant from = change.validFrom() == null || change.validFrom().isBefore(now) ? now : change.validFrom();
            writer.begin(db);
            int staged = bulk.stage(db, change, from, preview.priceIds());
            if (staged == -1) {
                throw new ConcurrentChangeException("prices changed since the preview", null);
            }
            if (staged == -2) {
                throw new ValidationException(Problem.of(PriceRules.AMOUNT, "prices.validation.bulkInvalid", 1));
            }
            writer.apply(db, change.providerId(), from);
            return new BulkResult(staged, from);
        }));
    }

    public ArticleRow article(long productId, long providerId) {
        return tx.read(db -> profiles.article(db, productId, providerId))
                .orElse(new ArticleRow(productId, providerId, null, null));
    }

    /** Sets the provider's article number of the product (blank removes it); leading zeros are kept. */
    public ArticleRow saveArticle(long productId, long providerId, String article, Integer version) {
        PriceRules.checkArticle(article).ifPresent(p -> {
            throw new ValidationException(p);
        });
        String a = article == null || article.isBlank() ? null : article.strip();
        try {
            tx.write(db -> {
                profiles.saveArticle(db, productId, providerId, a, version);
                return null;
            });
        } catch (ConstraintViolation e) {
            if (e.constraintName().contains("product_provider_key")) {
                throw new ConcurrentChangeException("article added by someone else", e);
            }
            throw new ValidationException(Problem.of(PriceRules.ARTICLE, "validation.gone"));
        }
        return article(productId, providerId);
    }

    /** The database's own rules as the user's words: a concurrent change, or a product or provider gone. */
    private static <T> T guarded(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (ConstraintViolation e) {
            String name = e.constraintName();
            if (name.contains("price_current_key") || name.contains("price_no_overlap")) {
                throw new ConcurrentChangeException("the price was changed by someone else", e);
            }
            if (name.contains("fkey")) {
                throw new ValidationException(Problem.of("product", "validation.gone"));
            }
            throw e;
        }
    }
}
