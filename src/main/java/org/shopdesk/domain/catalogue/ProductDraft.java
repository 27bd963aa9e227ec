package org.shopdesk.domain.catalogue;

/**
 * What the product form sends: a new product (id null) or a change to an existing one at the
 * version the user saw. Free text as typed; the service normalises and validates it.
 */
public record ProductDraft(Long id, Integer version, String sku, String ean, String title,
                           String description, Long categoryId, Long producerId) {
    public static ProductDraft empty() {
        return new ProductDraft(null, null, "", "", "", "", null, null);
    }

    public boolean isNew() {
        return id == null;
    }
}
