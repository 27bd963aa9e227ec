package org.shopdesk.domain.purchasing;

/** A customer as the clerk picks one for a sale: the name and the primary e-mail and phone. */
public record CustomerChoice(long id, String name, String lastName, String email, String phone) {
    public String fullName() {
        return lastName == null || lastName.isBlank() ? name : name + " " + lastName;
    }
}
