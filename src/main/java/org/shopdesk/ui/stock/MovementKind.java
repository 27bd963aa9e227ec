package org.shopdesk.ui.stock;

/** The movements a person books on a balance from the Stock screen. */
public enum MovementKind {
    RECEIPT,
    WRITE_OFF,
    COUNT;

    /** The smallest quantity the kind takes: a count may find nothing on the shelf. */
    int minimum() {
        return this == COUNT ? 0 : 1;
    }
}
