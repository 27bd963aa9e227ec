package org.shopdesk.service.purchasing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shopdesk.data.ConstraintViolation;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.purchasing.SaleStore;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.domain.purchasing.SaleReceipt;
import org.shopdesk.service.common.IdempotentWrite;

/**
 * Recording a sale, the clerk's use case: all of it or nothing, never more than the provider has
 * in stock, at the prices the clerk saw, and once only however often the save is repeated.
 */
public final class SaleService {
    public static final String CUSTOMER = "customer";
    public static final String PROVIDER = "provider";
    public static final String LINES = "lines";
    public static final int MAX_LINES = 100;
    public static final int MAX_QUANTITY = 9_999;

    private final Transactions tx;
    private final SaleStore store;
    private final IdempotentWrite retry;

    public SaleService(Transactions tx, SaleStore store) {
        this(tx, store, new IdempotentWrite(IdempotentWrite.Policy.DEFAULT));
    }

    public SaleService(Transactions tx, SaleStore store, IdempotentWrite retry) {
        this.tx = tx;
        this.store = store;
        this.retry = retry;
    }

    /**
     * Records the sale and returns its receipt. Refused with {@link ValidationException} (and
     * nothing written) when a line asks for more than the provider's stock, a price changed since
     * the clerk saw it, or the customer or provider is gone. A sale already recorded under the
     * same client key is returned as it is.
     */
    public SaleReceipt recordSale(SaleDraft sale) {
        List<Problem> problems = check(sale);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return retry.run(() -> write(sale), () -> tx.query(db -> store.byClientKey(db, sale.clientKey())));
    }

    private SaleReceipt write(SaleDraft sale) {
        try {
            return tx.writeSql(db -> {
                List<SaleStore.Shortage> shortages = store.lockStock(db, sale.providerId(), sale.lines());
                if (!shortages.isEmpty()) {
                    throw new ValidationException(shortages.stream().map(s -> Problem.of(LINES, "validation.stock.short",
                            s.title(), s.available(), s.asked())).toList());
                }
                SaleStore.Check check = store.insertPurchase(db, sale).orElseThrow(SaleService::priceChanged);
                SaleStore.LinesWritten written = store.insertLines(db, check, sale);
                if (written.lines() != sale.lines().size()) {
                    throw priceChanged();
                }
                store.insertMovements(db, check, sale);
                int units = sale.lines().stream().mapToInt(SaleLine::quantity).sum();
                return new SaleReceipt(check.id(), written.total(), check.currency(), written.lines(), units);
            });
        } catch (ConstraintViolation e) {
            // A repeated client key is this very sale, saved before: its receipt is the answer.
            if (e.constraintName().equals("purchase_client_key")) {
                Optional<SaleReceipt> first = tx.query(db -> store.byClientKey(db, sale.clientKey()));
                if (first.isPresent()) {
                    return first.get();
                }
            }
            throw translate(e);
        }
    }

    /**
     * An archived provider (V4 refuses its new checks), or a customer or provider removed
     * meanwhile: the foreign key names which.
     */
    private static RuntimeException translate(ConstraintViolation e) {
        String constraint = e.constraintName();
        if (constraint.equals("purchase_provider_open")) {
            return new ValidationException(Problem.of(PROVIDER, "supplier.sale.archived"));
        }
        if (constraint.contains("customer")) {
            return new ValidationException(Problem.of(CUSTOMER, "validation.gone"));
        }
        if (constraint.contains("provider")) {
            return new ValidationException(Problem.of(PROVIDER, "validation.gone"));
        }
        return e;
    }

    private static ValidationException priceChanged() {
        return new ValidationException(Problem.of(LINES, "validation.price.changed"));
    }

    /** The rules a sale must meet before it reaches the database. */
    static List<Problem> check(SaleDraft sale) {
        List<Problem> problems = new ArrayList<>();
        if (sale.clientKey() == null) {
            throw new IllegalArgumentException("a sale needs its client key");
        }
        if (sale.customerId() == null) {
            problems.add(Problem.of(CUSTOMER, "validation.required"));
        }
        if (sale.providerId() == null) {
            problems.add(Problem.of(PROVIDER, "validation.required"));
        }
        if (sale.lines().isEmpty()) {
            problems.add(Problem.of(LINES, "validation.sale.empty"));
        } else if (sale.lines().size() > MAX_LINES) {
            problems.add(Problem.of(LINES, "validation.sale.tooManyLines", MAX_LINES));
        }
        Set<Long> products = new HashSet<>();
        for (SaleLine line : sale.lines()) {
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                problems.add(Problem.of(LINES, "validation.quantity.range", MAX_QUANTITY));
            }
            if (!products.add(line.productId())) {
                problems.add(Problem.of(LINES, "validation.sale.sameProductTwice"));
            }
        }
        return problems;
    }
}
