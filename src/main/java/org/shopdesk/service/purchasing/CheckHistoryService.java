package org.shopdesk.service.purchasing;

import java.util.List;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.purchasing.CheckQueries;
import org.shopdesk.data.purchasing.OfferQueries;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.NotFoundException;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.CheckDetails;
import org.shopdesk.domain.purchasing.CheckPage;
import org.shopdesk.domain.purchasing.CheckQuery;
import org.shopdesk.domain.purchasing.CheckTotals;
import org.shopdesk.domain.purchasing.ProviderChoice;

/** The history of checks: filtered pages, the filtered set's figures, and a check's detail. */
public final class CheckHistoryService {
    public static final int MAX_PAGE = 500;

    private final Transactions tx;
    private final CheckQueries queries;
    private final OfferQueries lookups;

    public CheckHistoryService(Transactions tx, CheckQueries queries, OfferQueries lookups) {
        this.tx = tx;
        this.queries = queries;
        this.lookups = lookups;
    }

    public CheckPage page(CheckQuery query) {
        return page(query, Cancellation.none());
    }

    public CheckPage page(CheckQuery query, Cancellation cancellation) {
        check(query);
        return tx.query(db -> queries.page(db, query, cancellation));
    }

    /** Count, net revenue and average sale check of everything the filter matches. */
    public CheckTotals totals(CheckQuery query) {
        return totals(query, Cancellation.none());
    }

    public CheckTotals totals(CheckQuery query, Cancellation cancellation) {
        check(query);
        return tx.query(db -> queries.totals(db, query, cancellation));
    }

    /**
     * A page of the screen's pager and the footer of the whole filtered set: the footer's count
     * is the pager's total.
     */
    public HistoryPage pageWithTotals(CheckQuery query, Cancellation cancellation) {
        CheckPage page = page(query, cancellation);
        return new HistoryPage(page, totals(query, cancellation));
    }

    /** A page and the filtered set's footer. */
    public record HistoryPage(CheckPage page, CheckTotals totals) {
    }

    public CheckDetails details(long checkId) {
        return tx.query(db -> queries.details(db, checkId)).orElseThrow(() -> new NotFoundException("check", checkId));
    }

    public List<ProviderChoice> providers() {
        return tx.query(lookups::providers);
    }

    private static void check(CheckQuery q) {
        if (q.limit() < 1 || q.limit() > MAX_PAGE) {
            throw new IllegalArgumentException("a page holds 1 to " + MAX_PAGE + " checks, not " + q.limit());
        }
        if (q.from() != null && q.to() != null && !q.from().isBefore(q.to())) {
            throw new ValidationException(Problem.of("period", "purchase.history.period"));
        }
    }
}
