package org.shopdesk.domain.stock;

/** Goods received from a provider: a positive whole quantity, and an optional note (the invoice). */
public record ReceiptDraft(Long productId, Long providerId, int quantity, String note) {
}
