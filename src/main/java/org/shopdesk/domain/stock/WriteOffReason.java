package org.shopdesk.domain.stock;

/** Why goods were written off; {@link #OTHER} is explained in the movement's note. */
public enum WriteOffReason {
    DAMAGED,
    LOST,
    EXPIRED,
    OTHER
}
