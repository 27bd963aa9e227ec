package org.shopdesk.domain.stock;

import org.shopdesk.domain.common.Page;

/** A page of the journal and the totals in and out of every row the filter selects. */
public record JournalPage(Page<JournalRow> page, long unitsIn, long unitsOut) {
}
