package org.shopdesk.domain.party;

import org.shopdesk.domain.common.Page;

/** A page of a customer's checks, newest first, and its lifetime totals, read in one snapshot. */
public record CustomerHistory(Page<CustomerCheckRow> checks, CustomerTotals totals) {
}
