package org.shopdesk.domain.party;

import java.time.Instant;
import java.util.List;

/**
 * One customer as the form shows it, with its lifetime figures. {@code sharedPhones} are numbers
 * this customer shares with another one since before numbers had to be unique: kept, shown, and
 * cleared once the number is changed.
 */
public record CustomerDetails(long id, int version, String firstName, String lastName, String email, String phone,
                              List<String> otherEmails, List<String> otherPhones, List<String> sharedPhones,
                              String notes, boolean archived, Instant erasedAt, String erasedBy,
                              Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                              CustomerTotals totals) {
    public CustomerDetails {
        otherEmails = List.copyOf(otherEmails);
        otherPhones = List.copyOf(otherPhones);
        sharedPhones = List.copyOf(sharedPhones);
    }

    public boolean erased() {
        return erasedAt != null;
    }

    /** A customer with checks is archived, never deleted. */
    public boolean hasHistory() {
        return totals.checks() > 0;
    }

    /** The same customer as a draft to edit. */
    public CustomerDraft toDraft() {
        return new CustomerDraft(id, version, firstName, lastName, email, phone, otherEmails, otherPhones, notes);
    }
}
