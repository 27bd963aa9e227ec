package org.shopdesk.domain.party;

import java.util.List;

/**
 * A customer as the form holds it: a new one (no id) or the version the user edited. The primary
 * e-mail and phone are the ones people use; the others are kept beside them. Texts are as typed:
 * the service's rules normalise and check them.
 */
public record CustomerDraft(Long id, Integer version, String firstName, String lastName, String email, String phone,
                            List<String> otherEmails, List<String> otherPhones, String notes) {
    public CustomerDraft {
        otherEmails = otherEmails == null ? List.of() : List.copyOf(otherEmails);
        otherPhones = otherPhones == null ? List.of() : List.copyOf(otherPhones);
    }

    /** A new customer with one e-mail and one phone (either may be null). */
    public static CustomerDraft of(String firstName, String lastName, String email, String phone) {
        return new CustomerDraft(null, null, firstName, lastName, email, phone, List.of(), List.of(), null);
    }

    public boolean isNew() {
        return id == null;
    }
}
