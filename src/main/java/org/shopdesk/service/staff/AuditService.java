package org.shopdesk.service.staff;

import java.util.List;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.staff.AuditQueries;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.staff.AuditEntry;
import org.shopdesk.domain.staff.AuditQuery;

/** The audit trail for managers and administrators: who changed what, when, from what to what. */
public final class AuditService {
    /** The tables whose changes are recorded (V11), in the order the filter offers them. */
    public static final List<String> TABLES = List.of("purchase", "purchase_line", "price", "stock_movement", "stock_goods",
            "customer", "contacts", "provider", "products");
    public static final String PERIOD = "period";

    private final Transactions tx;
    private final AuditQueries queries;

    public AuditService(Transactions tx, AuditQueries queries) {
        this.tx = tx;
        this.queries = queries;
    }

    public Page<AuditEntry> find(AuditQuery query, Cancellation cancellation) {
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            throw new ValidationException(Problem.of(PERIOD, "audit.validation.period"));
        }
        if (query.table() != null && !query.table().isBlank() && !TABLES.contains(query.table())) {
            throw new ValidationException(Problem.of("table", "audit.validation.table"));
        }
        return tx.query(db -> queries.page(db, query, cancellation));
    }

    public List<String> people() {
        return tx.query(queries::people);
    }
}
