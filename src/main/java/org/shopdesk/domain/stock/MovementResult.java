package org.shopdesk.domain.stock;

/** A movement booked: its journal row and the balance after it. */
public record MovementResult(long movementId, int balance) {
}
