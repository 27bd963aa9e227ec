package org.shopdesk.domain.staff;

import java.time.LocalDate;

/**
 * A page of the audit trail, newest first, filtered by any of: person (login), table, the days
 * [from, to] in the shop's time zone, and one record's id.
 */
public record AuditQuery(String who, String table, LocalDate from, LocalDate to, Long recordId, int offset, int limit) {
}
