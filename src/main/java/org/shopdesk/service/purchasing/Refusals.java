package org.shopdesk.service.purchasing;

import java.util.List;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.purchasing.LineRefusal;
import org.shopdesk.domain.purchasing.SaleRefusedException;

/** The words of a refused line: which line, what, and the figures that changed. */
final class Refusals {
    private Refusals() {
    }

    static SaleRefusedException of(List<LineRefusal> refusals) {
        return new SaleRefusedException(refusals, refusals.stream().map(Refusals::problem).toList());
    }

    static Problem problem(LineRefusal r) {
        String key = switch (r.reason()) {
            case STOCK -> "purchase.refused.stock";
            case PRICE_CHANGED -> "purchase.refused.price";
            case NOT_OFFERED -> "purchase.refused.notOffered";
            case PRODUCT_ARCHIVED -> "purchase.refused.productArchived";
            case PROVIDER_ARCHIVED -> "purchase.refused.providerArchived";
            case RETURN_LIMIT -> "purchase.refused.returnLimit";
        };
        return switch (r.reason()) {
            case STOCK, RETURN_LIMIT -> Problem.of(SaleRefusedException.LINES, key, r.line() + 1, r.title(), r.provider(),
                    r.available(), r.asked());
            case PRICE_CHANGED -> Problem.of(SaleRefusedException.LINES, key, r.line() + 1, r.title(), r.provider(),
                    r.shownPrice(), r.currentPrice());
            default -> Problem.of(SaleRefusedException.LINES, key, r.line() + 1, r.title(), r.provider());
        };
    }
}
