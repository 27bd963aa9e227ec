package org.shopdesk.domain.purchasing;

import java.util.List;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;

/**
 * A sale or a return refused line by line; nothing was saved. Each refusal is also a
 * {@link Problem} of the field {@code lines} for screens that only show messages.
 */
public class SaleRefusedException extends ValidationException {
    public static final String LINES = "lines";
    private final transient List<LineRefusal> refusals;

    public SaleRefusedException(List<LineRefusal> refusals) {
        super(refusals.stream().map(SaleRefusedException::problem).toList());
        this.refusals = List.copyOf(refusals);
    }

    public List<LineRefusal> refusals() {
        return refusals;
    }

    /** The message of one refusal: its key names the reason, with title, provider and figures. */
    public static Problem problem(LineRefusal r) {
        String key = switch (r.reason()) {
            case STOCK -> "purchase.refused.stock";
            case PRICE_CHANGED -> "purchase.refused.price";
            case NOT_OFFERED -> "purchase.refused.notOffered";
            case PRODUCT_ARCHIVED -> "purchase.refused.productArchived";
            case PROVIDER_ARCHIVED -> "purchase.refused.providerArchived";
            case RETURN_LIMIT -> "purchase.refused.returnLimit";
        };
        return switch (r.reason()) {
            case STOCK, RETURN_LIMIT -> Problem.of(LINES, key, r.line() + 1, r.title(), r.provider(), r.available(), r.asked());
            case PRICE_CHANGED -> Problem.of(LINES, key, r.line() + 1, r.title(), r.provider(), r.shownPrice(), r.currentPrice());
            default -> Problem.of(LINES, key, r.line() + 1, r.title(), r.provider());
        };
    }
}
