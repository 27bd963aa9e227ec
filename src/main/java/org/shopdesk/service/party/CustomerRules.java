package org.shopdesk.service.party;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shopdesk.domain.common.EmailAddresses;
import org.shopdesk.domain.common.PhoneNumbers;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.party.Contacts;
import org.shopdesk.domain.party.Customer;
import org.shopdesk.domain.party.CustomerDraft;

/**
 * The rules a customer must keep, in one place: the form checks them field by field as the clerk
 * types, the service checks them again before it writes, and V5's constraints hold the same
 * rules in the database. Lengths count characters as PostgreSQL does (code points: an emoji is
 * one). Field names match the form's.
 */
public final class CustomerRules {
    public static final String FIRST_NAME = "firstName";
    public static final String LAST_NAME = "lastName";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String OTHER_EMAILS = "otherEmails";
    public static final String OTHER_PHONES = "otherPhones";
    public static final String NOTES = "notes";
    /** More than this many other e-mails or phones is a mistake, not a customer. */
    public static final int OTHERS_MAX = 5;

    private CustomerRules() {
    }

    /**
     * Trimmed, blanks to null, e-mails in lower case and phones in E.164 where they can be read
     * (what cannot be read is kept as typed, for {@link #check} to report); the first of the
     * others moves up when the primary e-mail or phone is left empty.
     */
    public static CustomerDraft normalise(CustomerDraft d) {
        List<String> emails = new ArrayList<>(values(d.otherEmails(), true));
        List<String> phones = new ArrayList<>(values(d.otherPhones(), false));
        String email = email(d.email());
        String phone = phone(d.phone());
        if (email == null && !emails.isEmpty()) {
            email = emails.remove(0);
        }
        if (phone == null && !phones.isEmpty()) {
            phone = phones.remove(0);
        }
        return new CustomerDraft(d.id(), d.version(), strip(d.firstName()), blankToNull(d.lastName()), email, phone,
                emails, phones, blankToNull(d.notes()));
    }

    public static List<Problem> check(CustomerDraft draft) {
        CustomerDraft d = normalise(draft);
        List<Problem> problems = new ArrayList<>();
        checkFirstName(d.firstName()).ifPresent(problems::add);
        checkLastName(d.lastName()).ifPresent(problems::add);
        checkEmail(EMAIL, d.email()).ifPresent(problems::add);
        checkPhone(PHONE, d.phone()).ifPresent(problems::add);
        checkOthers(OTHER_EMAILS, d.email(), d.otherEmails(), true).ifPresent(problems::add);
        checkOthers(OTHER_PHONES, d.phone(), d.otherPhones(), false).ifPresent(problems::add);
        checkNotes(d.notes()).ifPresent(problems::add);
        return problems;
    }

    public static Optional<Problem> checkFirstName(String raw) {
        String name = strip(raw);
        if (name.isEmpty()) {
            return Optional.of(Problem.of(FIRST_NAME, "validation.required"));
        }
        return length(FIRST_NAME, name, Customer.NAME_MAX);
    }

    public static Optional<Problem> checkLastName(String raw) {
        String name = blankToNull(raw);
        return name == null ? Optional.empty() : length(LAST_NAME, name, Customer.LAST_NAME_MAX);
    }

    public static Optional<Problem> checkNotes(String raw) {
        String notes = blankToNull(raw);
        return notes == null ? Optional.empty() : length(NOTES, notes, Customer.NOTES_MAX);
    }

    /** An optional e-mail: empty is fine, anything else must be an address that fits the column. */
    public static Optional<Problem> checkEmail(String field, String raw) {
        String text = blankToNull(raw);
        if (text == null) {
            return Optional.empty();
        }
        Optional<String> email = EmailAddresses.normalise(text);
        if (email.isEmpty()) {
            return Optional.of(Problem.of(field, "customer.email.format", text));
        }
        return length(field, email.get(), Contacts.EMAIL_MAX);
    }

    /** An optional phone: empty is fine; letters, too few or too many digits are not a phone. */
    public static Optional<Problem> checkPhone(String field, String raw) {
        String text = blankToNull(raw);
        if (text == null || PhoneNumbers.toE164(text).isPresent()) {
            return Optional.empty();
        }
        if (text.codePoints().anyMatch(Character::isLetter)) {
            return Optional.of(Problem.of(field, "customer.phone.letters", text));
        }
        long digits = text.chars().filter(Character::isDigit).count();
        String key = digits < 10 ? "customer.phone.short" : "customer.phone.format";
        return Optional.of(Problem.of(field, key, text));
    }

    private static Optional<Problem> checkOthers(String field, String primary, List<String> others, boolean emails) {
        if (others.size() > OTHERS_MAX) {
            return Optional.of(Problem.of(field, "customer.others.tooMany", OTHERS_MAX));
        }
        Set<String> seen = new HashSet<>();
        if (primary != null) {
            seen.add(primary);
        }
        for (String value : others) {
            Optional<Problem> bad = emails ? checkEmail(field, value) : checkPhone(field, value);
            if (bad.isPresent()) {
                return bad;
            }
            if (!seen.add(value)) {
                return Optional.of(Problem.of(field, "customer.others.twice", value));
            }
        }
        return Optional.empty();
    }

    private static Optional<Problem> length(String field, String text, int max) {
        int length = text.codePointCount(0, text.length());
        return length > max ? Optional.of(Problem.of(field, "validation.tooLong", max, length)) : Optional.empty();
    }

    private static List<String> values(List<String> raw, boolean emails) {
        List<String> values = new ArrayList<>();
        for (String text : raw) {
            String value = emails ? email(text) : phone(text);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    private static String email(String raw) {
        String text = blankToNull(raw);
        return text == null ? null : EmailAddresses.normalise(text).orElse(text);
    }

    private static String phone(String raw) {
        String text = blankToNull(raw);
        return text == null ? null : PhoneNumbers.toE164(text).orElse(text);
    }

    private static String strip(String text) {
        return text == null ? "" : text.strip();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
