package org.shopdesk.service.purchasing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.shopdesk.data.ConstraintViolation;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.purchasing.ReturnStore;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.LineRefusal;
import org.shopdesk.domain.purchasing.PurchaseKind;
import org.shopdesk.domain.purchasing.ReturnDraft;
import org.shopdesk.domain.purchasing.ReturnLine;
import org.shopdesk.domain.purchasing.SaleReceipt;
import org.shopdesk.domain.purchasing.SaleRefusedException;
import org.shopdesk.service.common.IdempotentWrite;

/**
 * Taking goods back: all of a sale or some of its lines, never more than was sold less what came
 * back before (checked here with a message per line, and proven again by the database), the goods
 * back on the provider's stock through the journal, the sale itself untouched.
 */
public final class ReturnService {
    public static final String SALE = "sale";
    public static final String LINES = SaleRefusedException.LINES;

    private final Transactions tx;
    private final ReturnStore store;
    private final IdempotentWrite retry;

    public ReturnService(Transactions tx, ReturnStore store) {
        this(tx, store, new IdempotentWrite(IdempotentWrite.Policy.DEFAULT));
    }

    public ReturnService(Transactions tx, ReturnStore store, IdempotentWrite retry) {
        this.tx = tx;
        this.store = store;
        this.retry = retry;
    }

    /** Returns these lines of the sale; refused line by line if any asks for more than may come back. */
    public SaleReceipt recordReturn(ReturnDraft draft) {
        List<Problem> problems = check(draft);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return retry.run(() -> write(draft.clientKey(), draft.saleId(), draft.lines()),
                () -> tx.query(db -> store.byClientKey(db, draft.clientKey())));
    }

    /** Returns everything of the sale that has not come back yet. */
    public SaleReceipt returnWholeSale(UUID clientKey, long saleId) {
        return retry.run(() -> write(clientKey, saleId, null), () -> tx.query(db -> store.byClientKey(db, clientKey)));
    }

    /** {@code lines} null: all that is left. */
    private SaleReceipt write(UUID clientKey, long saleId, List<ReturnLine> lines) {
        try {
            return tx.writeSql(db -> {
                ReturnStore.SaleHead sale = store.lockSale(db, saleId)
                        .orElseThrow(() -> new ValidationException(Problem.of(SALE, "validation.gone")));
                if (sale.kind() != PurchaseKind.SALE) {
                    throw new ValidationException(Problem.of(SALE, "purchase.return.ofReturn"));
                }
                List<ReturnStore.Returnable> sold = store.returnable(db, saleId);
                List<ReturnStore.Back> back = lines == null ? everythingLeft(sold) : matched(sale, sold, lines);
                if (back.isEmpty()) {
                    throw new ValidationException(Problem.of(LINES, "purchase.return.nothingLeft"));
                }
                long id = store.insertReturn(db, sale, clientKey);
                BigDecimal total = store.insertLines(db, id, sale.providerId(), back);
                int units = back.stream().mapToInt(ReturnStore.Back::quantity).sum();
                return new SaleReceipt(id, sale.providerId(), total, sale.currency(), back.size(), units);
            });
        } catch (ConstraintViolation e) {
            if (e.constraintName().equals("purchase_client_key")) {
                Optional<SaleReceipt> first = tx.query(db -> store.byClientKey(db, clientKey));
                if (first.isPresent()) {
                    return first.get();
                }
            }
            if (e.constraintName().equals("purchase_return_within_sale")) {
                throw new ValidationException(Problem.of(LINES, "purchase.return.tooMany"));
            }
            throw e;
        }
    }

    private static List<ReturnStore.Back> everythingLeft(List<ReturnStore.Returnable> sold) {
        return sold.stream().filter(r -> r.left() > 0).map(r -> new ReturnStore.Back(r, r.left())).toList();
    }

    /** Each line against what is left of its product; refused line by line. */
    private static List<ReturnStore.Back> matched(ReturnStore.SaleHead sale, List<ReturnStore.Returnable> sold,
                                                  List<ReturnLine> lines) {
        List<ReturnStore.Back> back = new ArrayList<>();
        List<LineRefusal> refusals = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ReturnLine line = lines.get(i);
            ReturnStore.Returnable r = sold.stream().filter(s -> s.productId() == line.productId()).findFirst().orElse(null);
            int left = r == null ? 0 : r.left();
            if (r == null || line.quantity() > left) {
                refusals.add(new LineRefusal(i, line.productId(), sale.providerId(), r == null ? "#" + line.productId()
                        : r.title(), "", LineRefusal.Reason.RETURN_LIMIT, left, line.quantity(), null, null, null));
            } else {
                back.add(new ReturnStore.Back(r, line.quantity()));
            }
        }
        if (!refusals.isEmpty()) {
            throw Refusals.of(refusals);
        }
        return back;
    }

    static List<Problem> check(ReturnDraft draft) {
        if (draft.clientKey() == null) {
            throw new IllegalArgumentException("a return needs its client key");
        }
        List<Problem> problems = new ArrayList<>();
        if (draft.lines().isEmpty()) {
            problems.add(Problem.of(LINES, "purchase.return.empty"));
        }
        Set<Long> products = new HashSet<>();
        for (ReturnLine line : draft.lines()) {
            if (line.quantity() < 1 || line.quantity() > SaleService.MAX_QUANTITY) {
                problems.add(Problem.of(LINES, "validation.quantity.range", SaleService.MAX_QUANTITY));
            }
            if (!products.add(line.productId())) {
                problems.add(Problem.of(LINES, "validation.sale.sameProductTwice"));
            }
        }
        return problems;
    }
}
