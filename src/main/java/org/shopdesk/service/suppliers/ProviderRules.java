package org.shopdesk.service.suppliers;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shopdesk.domain.common.EmailAddresses;
import org.shopdesk.domain.common.PhoneNumbers;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.TaxIds;
import org.shopdesk.domain.party.Provider;
import org.shopdesk.domain.party.ProviderDraft;

/**
 * The rules a provider's card keeps, in one place: the form checks them field by field as the
 * user types, the service checks them again before it writes, and V4 has each as a constraint.
 * Field names match the form's; messages are keys the screen translates.
 */
public final class ProviderRules {
    public static final String NAME = "name";
    public static final String LEGAL_NAME = "legalName";
    public static final String INN = "inn";
    public static final String KPP = "kpp";
    public static final String CONTACT_PERSON = "contactPerson";
    public static final String EMAIL = "email";
    public static final String PHONE = "phone";
    public static final String ADDRESS = "address";
    public static final String WEBSITE = "website";
    public static final String NOTES = "notes";

    /** Scheme, a host of two or more labels (Cyrillic too), an optional port and path: what V4's CHECK accepts. */
    private static final Pattern WEBSITE_SHAPE = Pattern.compile(
            "https?://([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}-]{2,}(:[0-9]{1,5})?([/?#]\\S*)?");
    private static final Pattern SCHEME = Pattern.compile("(?i)^(https?)://");
    private static final Pattern BLANKS = Pattern.compile("[\\s\\u00A0]+");

    private ProviderRules() {
    }

    /** The draft as it will be stored: trimmed, blanks as nothing, phone in E.164, e-mail in lower case. */
    public static ProviderDraft normalise(ProviderDraft d) {
        return new ProviderDraft(d.id(), d.version(), d.name() == null ? "" : d.name().strip(),
                blankToNull(d.legalName()), normaliseInn(d.inn()), normaliseKpp(d.kpp()),
                blankToNull(d.contactPerson()), normaliseEmail(d.email()), normalisePhone(d.phone()),
                blankToNull(d.address()), normaliseWebsite(d.website()), blankToNull(d.notes()));
    }

    /** Every problem of the draft, field by field; empty when it may be saved. */
    public static List<Problem> check(ProviderDraft draft) {
        ProviderDraft d = normalise(draft);
        List<Problem> problems = new ArrayList<>();
        checkName(d.name()).ifPresent(problems::add);
        checkLength(LEGAL_NAME, d.legalName(), Provider.LEGAL_NAME_MAX).ifPresent(problems::add);
        checkInn(d.inn()).ifPresent(problems::add);
        checkKpp(d.kpp(), d.inn()).ifPresent(problems::add);
        checkLength(CONTACT_PERSON, d.contactPerson(), Provider.CONTACT_PERSON_MAX).ifPresent(problems::add);
        checkEmail(d.email()).ifPresent(problems::add);
        checkPhone(d.phone()).ifPresent(problems::add);
        checkLength(ADDRESS, d.address(), Provider.ADDRESS_MAX).ifPresent(problems::add);
        checkWebsite(d.website()).ifPresent(problems::add);
        checkLength(NOTES, d.notes(), Provider.NOTES_MAX).ifPresent(problems::add);
        return problems;
    }

    /** The problem of one field as typed, for the form to show beside it while the user types. */
    public static Optional<Problem> checkField(String field, ProviderDraft draft) {
        return check(draft).stream().filter(p -> p.field().equals(field)).findFirst();
    }

    public static Optional<Problem> checkName(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            return Optional.of(Problem.of(NAME, "validation.required"));
        }
        return checkLength(NAME, name, Provider.NAME_MAX);
    }

    public static Optional<Problem> checkInn(String raw) {
        String inn = normaliseInn(raw);
        if (inn == null) {
            return Optional.empty();
        }
        if (!TaxIds.hasInnShape(inn)) {
            return Optional.of(Problem.of(INN, "supplier.validation.inn.format"));
        }
        if (!TaxIds.isValidInn(inn)) {
            return Optional.of(Problem.of(INN, "supplier.validation.inn.checkDigit"));
        }
        return Optional.empty();
    }

    public static Optional<Problem> checkKpp(String raw, String rawInn) {
        String kpp = normaliseKpp(raw);
        if (kpp == null) {
            return Optional.empty();
        }
        if (!TaxIds.isValidKpp(kpp)) {
            return Optional.of(Problem.of(KPP, "supplier.validation.kpp.format"));
        }
        String inn = normaliseInn(rawInn);
        if (inn == null || inn.length() != TaxIds.ORGANISATION_INN) {
            return Optional.of(Problem.of(KPP, "supplier.validation.kpp.needsOrgInn"));
        }
        return Optional.empty();
    }

    public static Optional<Problem> checkEmail(String raw) {
        String email = blankToNull(raw);
        if (email == null) {
            return Optional.empty();
        }
        Optional<String> normal = EmailAddresses.normalise(email);
        if (normal.isEmpty()) {
            return Optional.of(Problem.of(EMAIL, "supplier.validation.email"));
        }
        return checkLength(EMAIL, normal.get(), Provider.EMAIL_MAX);
    }

    public static Optional<Problem> checkPhone(String raw) {
        String phone = blankToNull(raw);
        if (phone == null || PhoneNumbers.toE164(phone).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(Problem.of(PHONE, "supplier.validation.phone"));
    }

    public static Optional<Problem> checkWebsite(String raw) {
        String website = normaliseWebsite(raw);
        if (website == null) {
            return Optional.empty();
        }
        if (!WEBSITE_SHAPE.matcher(website).matches()) {
            return Optional.of(Problem.of(WEBSITE, "supplier.validation.website"));
        }
        return checkLength(WEBSITE, website, Provider.WEBSITE_MAX);
    }

    private static Optional<Problem> checkLength(String field, String text, int max) {
        if (text != null && text.length() > max) {
            return Optional.of(Problem.of(field, "validation.tooLong", max, text.length()));
        }
        return Optional.empty();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** Digits as typed, blanks between groups dropped ("77 07 083893"); anything else is kept to be refused. */
    static String normaliseInn(String raw) {
        String inn = blankToNull(raw);
        return inn == null ? null : BLANKS.matcher(inn).replaceAll("");
    }

    static String normaliseKpp(String raw) {
        String kpp = blankToNull(raw);
        return kpp == null ? null : BLANKS.matcher(kpp).replaceAll("").toUpperCase(Locale.ROOT);
    }

    static String normaliseEmail(String raw) {
        String email = blankToNull(raw);
        return email == null ? null : EmailAddresses.normalise(email).orElse(email);
    }

    static String normalisePhone(String raw) {
        String phone = blankToNull(raw);
        return phone == null ? null : PhoneNumbers.toE164(phone).orElse(phone);
    }

    /** A bare domain (shop.ru) becomes https://shop.ru; the scheme in lower case, as the CHECK of V4 expects. */
    static String normaliseWebsite(String raw) {
        String site = blankToNull(raw);
        if (site == null) {
            return null;
        }
        var scheme = SCHEME.matcher(site);
        if (scheme.find()) {
            return scheme.group(1).toLowerCase(Locale.ROOT) + "://" + site.substring(scheme.end());
        }
        return site.contains("://") ? site : "https://" + site;
    }
}
