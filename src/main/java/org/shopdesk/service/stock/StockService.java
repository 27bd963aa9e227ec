package org.shopdesk.service.stock;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.shopdesk.data.ConstraintViolation;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.stock.JournalQueries;
import org.shopdesk.data.stock.StockQueries;
import org.shopdesk.data.stock.StockStore;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.stock.BalanceQuery;
import org.shopdesk.domain.stock.BalanceRow;
import org.shopdesk.domain.stock.CountDraft;
import org.shopdesk.domain.stock.CountLine;
import org.shopdesk.domain.stock.CountResult;
import org.shopdesk.domain.stock.CountSheetLine;
import org.shopdesk.domain.stock.JournalPage;
import org.shopdesk.domain.stock.JournalQuery;
import org.shopdesk.domain.stock.MovementResult;
import org.shopdesk.domain.stock.ReceiptDraft;
import org.shopdesk.domain.stock.StockReason;
import org.shopdesk.domain.stock.WriteOffDraft;

/**
 * The stock's use cases: balances with their reorder levels, receipts, write-offs and counts,
 * and the journal. Every movement is one transaction that writes the journal only (the database
 * moves the balance, stamps who and when, and refuses a balance below zero); what a person
 * asks that the stock cannot give is refused with the goods, the provider and what is there.
 */
public final class StockService {
    private final Transactions tx;
    private final StockStore store;
    private final StockQueries queries;
    private final JournalQueries journal;

    public StockService(Transactions tx, StockStore store, StockQueries queries, JournalQueries journal) {
        this.tx = tx;
        this.store = store;
        this.queries = queries;
        this.journal = journal;
    }

    public Page<BalanceRow> balances(BalanceQuery query) {
        return balances(query, Cancellation.none());
    }

    /** A page of balances; {@code cancellation} stops its SQL when the screen asks for another. */
    public Page<BalanceRow> balances(BalanceQuery query, Cancellation cancellation) {
        return tx.query(db -> queries.balances(db, query, cancellation));
    }

    public JournalPage journal(JournalQuery query) {
        return journal(query, Cancellation.none());
    }

    public JournalPage journal(JournalQuery query, Cancellation cancellation) {
        return tx.query(db -> journal.page(db, query, cancellation));
    }

    public List<CountSheetLine> countSheet(long providerId, Long categoryId) {
        return tx.query(db -> queries.countSheet(db, providerId, categoryId));
    }

    /** Providers still in business, for the filters and the count sheet. */
    public List<NamedItem> providers() {
        return tx.query(queries::providers);
    }

    /** Books goods received; returns the journal row and the new balance. */
    public MovementResult receive(ReceiptDraft draft) {
        refuse(StockRules.receipt(draft.productId(), draft.providerId(), draft.quantity(), draft.note()));
        return booked(() -> tx.writeSql(db -> {
            movable(store.parties(db, draft.productId(), draft.providerId()));
            return store.move(db, draft.productId(), draft.providerId(), draft.quantity(), StockReason.RECEIPT, null,
                    StockRules.blankToNull(draft.note()));
        }));
    }

    /**
     * Books goods written off, never more than the balance: the balance is locked first, so a
     * sale at the same moment either happens before (and the write-off sees what it left) or
     * waits.
     */
    public MovementResult writeOff(WriteOffDraft draft) {
        refuse(StockRules.writeOff(draft.productId(), draft.providerId(), draft.quantity(), draft.reason(), draft.note()));
        return booked(() -> tx.writeSql(db -> {
            StockStore.Parties parties = movable(store.parties(db, draft.productId(), draft.providerId()));
            int available = store.lockBalances(db, draft.providerId(), List.of(draft.productId()))
                    .getOrDefault(draft.productId(), 0);
            if (available < draft.quantity()) {
                throw new ValidationException(Problem.of(StockRules.QUANTITY, "stock.validation.writeOffShort",
                        parties.title(), parties.provider(), available, draft.quantity()));
            }
            return store.move(db, draft.productId(), draft.providerId(), -draft.quantity(), StockReason.WRITE_OFF,
                    draft.reason(), StockRules.blankToNull(draft.note()));
        }));
    }

    /**
     * Books an inventory count of one provider's goods in one transaction: each counted line's
     * difference from the books goes into the journal (a line that matches is journalled as
     * confirmed); goods not on the list stay as they are. All or nothing.
     */
    public CountResult count(CountDraft draft) {
        List<Problem> problems = new ArrayList<>();
        if (draft.providerId() == null) {
            problems.add(Problem.of(StockRules.PROVIDER, "validation.required"));
        }
        if (draft.lines().isEmpty()) {
            problems.add(Problem.of(StockRules.LINES, "stock.validation.countEmpty"));
        } else if (draft.lines().size() > StockRules.MAX_COUNT_LINES) {
            problems.add(Problem.of(StockRules.LINES, "stock.validation.countTooLong", StockRules.MAX_COUNT_LINES));
        }
        Set<Long> seen = new HashSet<>();
        for (CountLine line : draft.lines()) {
            if (!seen.add(line.productId())) {
                problems.add(Problem.of(StockRules.LINES, "stock.validation.countTwice"));
                break;
            }
            if (line.counted() > StockRules.MAX_QUANTITY) {
                problems.add(Problem.of(StockRules.QUANTITY, "stock.validation.tooLarge", StockRules.MAX_QUANTITY));
                break;
            }
        }
        StockRules.checkNote(draft.note(), false).ifPresent(problems::add);
        refuse(problems);
        long providerId = draft.providerId();
        List<CountLine> lines = new ArrayList<>(draft.lines());
        lines.sort((a, b) -> Long.compare(a.productId(), b.productId()));
        List<Long> ids = lines.stream().map(CountLine::productId).toList();
        return booked(() -> tx.writeSql(db -> {
            StockStore.Parties provider = store.provider(db, providerId)
                    .orElseThrow(() -> new ValidationException(Problem.of(StockRules.PROVIDER, "validation.gone")));
            Map<Long, StockStore.CountedProduct> products = store.products(db, ids);
            Map<Long, Integer> balances = store.lockBalances(db, providerId, ids);
            Corrections c = corrections(lines, provider, products, balances);
            store.countCorrections(db, providerId, c.productIds(), c.deltas(), StockRules.blankToNull(draft.note()));
            return c.result();
        }));
    }

    /** A count's journal rows, each line's counted quantity less the books. */
    private record Corrections(long[] productIds, int[] deltas, CountResult result) {
    }

    /** The differences a count books, or the problems that refuse it whole. */
    private static Corrections corrections(List<CountLine> lines, StockStore.Parties provider,
                                           Map<Long, StockStore.CountedProduct> products, Map<Long, Integer> balances) {
        List<Problem> problems = new ArrayList<>();
        long[] productIds = new long[lines.size()];
        int[] deltas = new int[lines.size()];
        int corrected = 0;
        long over = 0;
        long missing = 0;
        for (int i = 0; i < lines.size(); i++) {
            CountLine line = lines.get(i);
            StockStore.CountedProduct product = products.get(line.productId());
            int balance = balances.getOrDefault(line.productId(), 0);
            if (product == null) {
                problems.add(Problem.of(StockRules.PRODUCT, "validation.gone"));
                continue;
            }
            if (product.archived() || provider.providerArchived()) {
                problems.add(Problem.of(StockRules.PRODUCT, "stock.validation.archived", product.title(), provider.provider()));
                continue;
            }
            if (line.counted() < 0) {
                problems.add(Problem.of(StockRules.QUANTITY, "stock.validation.countNegative", product.title(),
                        provider.provider(), balance));
                continue;
            }
            productIds[i] = line.productId();
            deltas[i] = line.counted() - balance;
            if (deltas[i] != 0) {
                corrected++;
                over += Math.max(deltas[i], 0);
                missing += Math.max(-deltas[i], 0);
            }
        }
        refuse(problems);
        return new Corrections(productIds, deltas, new CountResult(lines.size(), corrected, over, missing));
    }

    /** Sets (or, with null, clears) one balance's reorder level. */
    public void setReorderLevel(long stockId, int version, Integer level) {
        StockRules.checkLevel(level).ifPresent(p -> {
            throw new ValidationException(p);
        });
        boolean done = booked(() -> tx.writeSql(db -> store.setReorderLevel(db, stockId, version, level)));
        if (!done) {
            throw new ConcurrentChangeException("the reorder level was changed by someone else", null);
        }
    }

    /** Sets the suggested level on these balances (those that sold nothing keep theirs); returns how many changed. */
    public int applySuggested(List<Long> stockIds) {
        if (stockIds.isEmpty()) {
            return 0;
        }
        return booked(() -> tx.writeSql(db -> store.applySuggested(db, stockIds)));
    }

    /** Sets a provider's lead time in days. */
    public void setLeadTime(long providerId, int version, int days) {
        StockRules.checkLeadTime(days).ifPresent(p -> {
            throw new ValidationException(p);
        });
        boolean done = booked(() -> tx.writeSql(db -> store.setLeadTime(db, providerId, version, days)));
        if (!done) {
            throw new ConcurrentChangeException("the provider was changed by someone else", null);
        }
    }

    /** The product and provider of a movement, refused when gone or archived. */
    private static StockStore.Parties movable(java.util.Optional<StockStore.Parties> found) {
        StockStore.Parties parties = found
                .orElseThrow(() -> new ValidationException(Problem.of(StockRules.PRODUCT, "validation.gone")));
        if (parties.productArchived() || parties.providerArchived()) {
            throw new ValidationException(Problem.of(StockRules.PRODUCT, "stock.validation.archived", parties.title(),
                    parties.provider()));
        }
        return parties;
    }

    private static void refuse(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
    }

    /** The database's refusal, in the user's words: what the service checks, the schema checks again. */
    private static <T> T booked(java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (ConstraintViolation e) {
            String name = e.constraintName();
            if (name.equals("stock_movement_archived")) {
                throw new ValidationException(Problem.of(StockRules.PRODUCT, "stock.validation.archivedNow"));
            }
            if (name.equals("stock_goods_not_oversold")) {
                throw new ValidationException(Problem.of(StockRules.QUANTITY, "stock.validation.shortNow"));
            }
            if (name.endsWith("_fkey")) {
                throw new ValidationException(Problem.of(name.contains("provider") ? StockRules.PROVIDER
                        : StockRules.PRODUCT, "validation.gone"));
            }
            throw e;
        }
    }
}
