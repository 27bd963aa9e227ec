package org.shopdesk.domain.party;

import java.time.Instant;

/**
 * Everything the provider form shows: its fields, whether it is archived, whether it has history
 * (prices, stock or sales: then it can only be archived, not deleted), and who made and last
 * changed it.
 */
public record ProviderDetails(long id, int version, String name, String legalName, String inn, String kpp,
                              String contactPerson, String email, String phone, String address, String website,
                              String notes, boolean archived, boolean hasHistory,
                              Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    /** The form's starting point for an edit of this provider at this version. */
    public ProviderDraft toDraft() {
        return new ProviderDraft(id, version, name, legalName, inn, kpp, contactPerson, email, phone, address,
                website, notes);
    }

    public ProviderDetails withHistory(boolean history) {
        return new ProviderDetails(id, version, name, legalName, inn, kpp, contactPerson, email, phone, address,
                website, notes, archived, history, createdAt, createdBy, updatedAt, updatedBy);
    }
}
