package org.shopdesk.domain.stock;

/**
 * A booked count: lines counted, how many of them differed from the books, and the units found
 * over and missing against the books.
 */
public record CountResult(int counted, int corrected, long unitsOver, long unitsMissing) {
}
