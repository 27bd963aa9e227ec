package org.shopdesk.service.purchasing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.shopdesk.data.ConstraintViolation;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.purchasing.SaleStore;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.BasketDraft;
import org.shopdesk.domain.purchasing.BasketLine;
import org.shopdesk.domain.purchasing.BasketReceipt;
import org.shopdesk.domain.purchasing.LineRefusal;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.domain.purchasing.SaleReceipt;
import org.shopdesk.domain.purchasing.SaleRefusedException;
import org.shopdesk.service.common.IdempotentWrite;

/**
 * Recording a sale, the clerk's use case: one check per provider, all of them or none, never more
 * than a provider has in stock, at the prices the clerk saw, and once only however often the save
 * is repeated.
 */
public final class SaleService {
    public static final String CUSTOMER = "customer";
    public static final String PROVIDER = "provider";
    public static final String LINES = SaleRefusedException.LINES;
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
     * Records the basket, one check per provider, and returns the checks. Refused with
     * {@link SaleRefusedException} (and nothing written) naming each line that lacks stock, whose
     * price changed since the clerk saw it (with the new price), or whose product or provider was
     * archived; with {@link ValidationException} for a bad draft or a customer archived or gone. A
     * basket already recorded under the same client key is returned as it was.
     */
    public BasketReceipt recordBasket(BasketDraft basket) {
        List<Problem> problems = check(basket);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        Map<Long, UUID> keys = checkKeys(basket);
        List<UUID> all = List.copyOf(keys.values());
        return retry.run(() -> write(basket, keys), () -> tx.query(db -> landed(store.byClientKeys(db, all), keys.size())));
    }

    /** A sale of one provider: a basket whose lines are all that provider's. */
    public SaleReceipt recordSale(SaleDraft sale) {
        if (sale.providerId() == null) {
            throw new ValidationException(Problem.of(PROVIDER, "validation.required"));
        }
        List<BasketLine> lines = sale.lines().stream()
                .map(l -> new BasketLine(l.productId(), sale.providerId(), l.priceId(), l.quantity())).toList();
        return recordBasket(new BasketDraft(sale.clientKey(), sale.customerId(), lines)).checks().get(0);
    }

    /**
     * The client key of each provider's check, derived from the basket's: the same basket saved
     * again asks for the same checks, and the unique key on them refuses a second copy.
     */
    public static Map<Long, UUID> checkKeys(BasketDraft basket) {
        Map<Long, UUID> keys = new TreeMap<>();
        for (BasketLine line : basket.lines()) {
            keys.computeIfAbsent(line.providerId(), provider -> UUID.nameUUIDFromBytes(
                    (basket.clientKey() + "/provider/" + provider).getBytes(StandardCharsets.UTF_8)));
        }
        return keys;
    }

    private static Optional<BasketReceipt> landed(List<SaleReceipt> found, int expected) {
        return found.size() == expected ? Optional.of(new BasketReceipt(found)) : Optional.empty();
    }

    private BasketReceipt write(BasketDraft basket, Map<Long, UUID> keys) {
        List<BasketLine> lines = basket.lines();
        List<SaleStore.CheckHead> heads = new ArrayList<>();
        keys.forEach((provider, key) -> heads.add(new SaleStore.CheckHead(provider, key, lines.stream()
                .filter(l -> l.providerId() == provider).findFirst().orElseThrow().priceId())));
        for (int attempt = 1; ; attempt++) {
            try {
                return tx.writeSql(db -> {
                    SaleStore.Recorded recorded = store.record(db, basket.customerId(), heads, lines);
                    if (recorded.checks().size() != heads.size()) {
                        SaleStore.CustomerState customer = store.customer(db, basket.customerId());
                        throw customer == SaleStore.CustomerState.ACTIVE ? refusal(basket, store.describe(db, lines))
                                : customerRefused(customer);
                    }
                    if (recorded.linesWritten() != lines.size()) {
                        throw refusal(basket, store.describe(db, lines));
                    }
                    List<SaleReceipt> receipts = new ArrayList<>();
                    for (SaleStore.Check c : recorded.checks()) {
                        SaleStore.LinesWritten w = recorded.lines().get(c.id());
                        int units = lines.stream().filter(l -> l.providerId() == c.providerId())
                                .mapToInt(BasketLine::quantity).sum();
                        receipts.add(new SaleReceipt(c.id(), c.providerId(), w.total(), c.currency(), w.lines(), units));
                    }
                    return new BasketReceipt(receipts);
                });
            } catch (ConstraintViolation e) {
                // A repeated client key is this very basket, saved before (a double submit racing
                // itself): its checks are the answer.
                if (e.constraintName().equals("purchase_client_key")) {
                    Optional<BasketReceipt> first = tx.query(db -> landed(store.byClientKeys(db, List.copyOf(keys.values())),
                            keys.size()));
                    if (first.isPresent()) {
                        return first.get();
                    }
                }
                // A line the stock did not cover: the statement failed whole; name the lines as the
                // stock stands now. If meanwhile it covers them all (goods came back), try again.
                if (e.constraintName().equals("stock_goods_not_oversold")) {
                    ValidationException refused = refusal(basket, tx.query(db -> store.describe(db, lines)));
                    if (refused instanceof SaleRefusedException || attempt >= 3) {
                        throw refused;
                    }
                    continue;
                }
                throw translate(e);
            }
        }
    }

    /** A customer archived or removed meanwhile. */
    private static ValidationException customerRefused(SaleStore.CustomerState customer) {
        return new ValidationException(Problem.of(CUSTOMER,
                customer == SaleStore.CustomerState.ARCHIVED ? "purchase.customer.archived" : "validation.gone"));
    }

    /** Names every line that cannot be sold as it stands ({@code states}, in line order), and why. */
    private static ValidationException refusal(BasketDraft basket, List<SaleStore.LineState> states) {
        List<BasketLine> lines = basket.lines();
        List<LineRefusal> refusals = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            LineRefusal r = refusalOf(i, lines.get(i), states.get(i));
            if (r != null) {
                refusals.add(r);
            }
        }
        if (refusals.isEmpty()) {
            // Nothing names a line (a price in another currency): ask the clerk to look again.
            return new ValidationException(Problem.of(LINES, "validation.price.changed"));
        }
        return Refusals.of(refusals);
    }

    static LineRefusal refusalOf(int i, BasketLine line, SaleStore.LineState s) {
        String title = s.title() != null ? s.title() : "#" + line.productId();
        String provider = s.provider() != null ? s.provider() : "#" + line.providerId();
        LineRefusal.Reason reason;
        if (s.provider() == null || s.providerArchived()) {
            reason = LineRefusal.Reason.PROVIDER_ARCHIVED;
        } else if (s.title() == null || s.productArchived()) {
            reason = LineRefusal.Reason.PRODUCT_ARCHIVED;
        } else if (s.currentPriceId() == null) {
            reason = LineRefusal.Reason.NOT_OFFERED;
        } else if (s.currentPriceId() != line.priceId()) {
            reason = LineRefusal.Reason.PRICE_CHANGED;
        } else if (s.balance() < line.quantity()) {
            reason = LineRefusal.Reason.STOCK;
        } else {
            return null;
        }
        return new LineRefusal(i, line.productId(), line.providerId(), title, provider, reason, s.balance(),
                line.quantity(), s.shownPrice(), s.currentPriceId(), s.currentPrice());
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

    /** The rules a basket must meet before it reaches the database. */
    static List<Problem> check(BasketDraft basket) {
        List<Problem> problems = new ArrayList<>();
        if (basket.clientKey() == null) {
            throw new IllegalArgumentException("a sale needs its client key");
        }
        if (basket.customerId() == null) {
            problems.add(Problem.of(CUSTOMER, "validation.required"));
        }
        if (basket.lines().isEmpty()) {
            problems.add(Problem.of(LINES, "validation.sale.empty"));
        } else if (basket.lines().size() > MAX_LINES) {
            problems.add(Problem.of(LINES, "validation.sale.tooManyLines", MAX_LINES));
        }
        Set<SaleStore.Goods> goods = new HashSet<>();
        for (BasketLine line : basket.lines()) {
            if (line.quantity() < 1 || line.quantity() > MAX_QUANTITY) {
                problems.add(Problem.of(LINES, "validation.quantity.range", MAX_QUANTITY));
            }
            if (!goods.add(SaleStore.Goods.of(line))) {
                problems.add(Problem.of(LINES, "validation.sale.sameProductTwice"));
            }
        }
        return problems;
    }

    /**
     * A quantity as the clerk typed it: a whole number from 1 to {@link #MAX_QUANTITY}. Refuses
     * "0", "-2", "1.5", "1,5" and words with the message the field shows.
     */
    public static int parseQuantity(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new ValidationException(Problem.of(LINES, "validation.required"));
        }
        if (t.matches("[+-]?\\d+[.,]\\d*[1-9]\\d*")) {
            throw new ValidationException(Problem.of(LINES, "purchase.quantity.whole"));
        }
        String whole = t.replaceFirst("[.,]0*$", "");
        if (!whole.matches("[+-]?\\d{1,9}")) {
            throw new ValidationException(Problem.of(LINES, "validation.quantity.range", MAX_QUANTITY));
        }
        int q = Integer.parseInt(whole);
        if (q < 1 || q > MAX_QUANTITY) {
            throw new ValidationException(Problem.of(LINES, "validation.quantity.range", MAX_QUANTITY));
        }
        return q;
    }

    /** The lines of a one-provider draft as basket lines (for callers that hold {@link SaleLine}s). */
    public static List<BasketLine> basketLines(long providerId, List<SaleLine> lines) {
        return lines.stream().map(l -> new BasketLine(l.productId(), providerId, l.priceId(), l.quantity())).toList();
    }
}
