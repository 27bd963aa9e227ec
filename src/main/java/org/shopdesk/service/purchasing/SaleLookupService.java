package org.shopdesk.service.purchasing;

import java.util.List;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.purchasing.OfferQueries;
import org.shopdesk.domain.purchasing.CustomerChoice;
import org.shopdesk.domain.purchasing.ProductOffers;

/** What the clerk looks up while entering a sale: products with their offers, and customers. */
public final class SaleLookupService {
    /** Shorter texts match too much of a large catalogue to be a useful list. */
    public static final int MIN_TEXT = 2;

    private final Transactions tx;
    private final OfferQueries queries;

    public SaleLookupService(Transactions tx, OfferQueries queries) {
        this.tx = tx;
        this.queries = queries;
    }

    /** The product a scanner (or the clerk) gave the exact SKU or EAN of, with its offers; empty if none. */
    public List<ProductOffers> byCode(String code) {
        if (code == null || code.isBlank()) {
            return List.of();
        }
        return tx.query(db -> queries.byCode(db, code));
    }

    /** Products whose title or SKU holds {@code text}, by title, with their offers cheapest first. */
    public List<ProductOffers> findProducts(String text) {
        if (text == null || text.strip().length() < MIN_TEXT) {
            return List.of();
        }
        return tx.query(db -> queries.search(db, text, OfferQueries.DEFAULT_LIMIT));
    }

    /** A code first (a scan), else a search: what the product field does on Enter. */
    public List<ProductOffers> lookUp(String text) {
        List<ProductOffers> exact = byCode(text);
        return exact.isEmpty() ? findProducts(text) : exact;
    }

    public List<CustomerChoice> findCustomers(String text) {
        if (text == null || text.strip().length() < MIN_TEXT) {
            return List.of();
        }
        return tx.query(db -> queries.customers(db, text, OfferQueries.DEFAULT_LIMIT));
    }
}
