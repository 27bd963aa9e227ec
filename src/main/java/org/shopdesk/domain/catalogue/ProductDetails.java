package org.shopdesk.domain.catalogue;

import java.time.Instant;

/** Everything the product form shows, including who created and last changed it. */
public record ProductDetails(long id, int version, String sku, String ean, String title, String description,
                             long categoryId, String categoryName, long producerId, String producerName,
                             boolean archived, Instant createdAt, String createdBy,
                             Instant updatedAt, String updatedBy) {
}
