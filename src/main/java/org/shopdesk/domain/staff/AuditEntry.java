package org.shopdesk.domain.staff;

import java.time.Instant;

/** One change in the audit trail: who, when, which table and record, and the values before and after (JSON). */
public record AuditEntry(long id, Instant at, String who, String table, String operation, long recordId,
                         String oldValues, String newValues) {
}
