package org.shopdesk.domain.stock;

/** Goods written off: how many, why, and a note (required when the reason is "other"). */
public record WriteOffDraft(Long productId, Long providerId, int quantity, WriteOffReason reason, String note) {
}
