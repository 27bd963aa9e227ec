package org.shopdesk.domain.stock;

/** Why a stock balance changed; the database checks the sign that goes with each reason. */
public enum StockReason {
    SALE,
    RECEIPT,
    WRITE_OFF,
    COUNT_CORRECTION,
    RETURN
}
