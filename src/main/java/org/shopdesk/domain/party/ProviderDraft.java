package org.shopdesk.domain.party;

/**
 * What the provider form sends: a new provider (id null) or a change to one at the version the
 * user saw. Free text as typed; the service normalises (phone to E.164, e-mail to lower case,
 * blanks to nothing) and checks it.
 */
public record ProviderDraft(Long id, Integer version, String name, String legalName, String inn, String kpp,
                            String contactPerson, String email, String phone, String address, String website,
                            String notes) {
    public static ProviderDraft empty() {
        return new ProviderDraft(null, null, "", "", "", "", "", "", "", "", "", "");
    }

    /** A new provider with only a name: the smallest valid draft. */
    public static ProviderDraft named(String name) {
        return new ProviderDraft(null, null, name, null, null, null, null, null, null, null, null, null);
    }

    public boolean isNew() {
        return id == null;
    }

    public ProviderDraft withName(String newName) {
        return new ProviderDraft(id, version, newName, legalName, inn, kpp, contactPerson, email, phone, address,
                website, notes);
    }

    public ProviderDraft withInn(String newInn, String newKpp) {
        return new ProviderDraft(id, version, name, legalName, newInn, newKpp, contactPerson, email, phone, address,
                website, notes);
    }

    public ProviderDraft withContacts(String newEmail, String newPhone) {
        return new ProviderDraft(id, version, name, legalName, inn, kpp, contactPerson, newEmail, newPhone, address,
                website, notes);
    }
}
