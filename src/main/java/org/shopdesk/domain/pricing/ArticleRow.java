package org.shopdesk.domain.pricing;

/** A product's article number at a provider as the screen edits it (version for concurrent edits; null when new). */
public record ArticleRow(long productId, long providerId, String article, Integer version) {
}
