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

    /** {@code problems}: the refusals' messages, one each, as the service words them. */
    public SaleRefusedException(List<LineRefusal> refusals, List<Problem> problems) {
        super(problems);
        this.refusals = List.copyOf(refusals);
    }

    public List<LineRefusal> refusals() {
        return refusals;
    }
}
