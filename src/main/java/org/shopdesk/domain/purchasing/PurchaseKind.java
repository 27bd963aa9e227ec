package org.shopdesk.domain.purchasing;

/** A check is a sale, or a return of goods from an earlier sale. */
public enum PurchaseKind {
    SALE,
    RETURN
}
