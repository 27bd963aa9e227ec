package org.shopdesk.domain.common;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Telephone numbers as people type them, brought to E.164 ({@code +79161234567}) so that one
 * number is stored one way and found whichever way it was typed. The shop is Russian: a number
 * without a country code is taken as +7, and the domestic trunk prefix 8 ("8 (916) 123-45-67")
 * is the same as +7. Separators people use (blanks, brackets, dashes, dots) are dropped; a
 * letter, an extension or a digit count no numbering plan has is not a phone number.
 */
public final class PhoneNumbers {
    /** The country code a number gets when it is typed without one. */
    public static final String DEFAULT_COUNTRY_CODE = "7";
    /** E.164 as the database checks it: a plus and up to 15 digits, the first not zero. */
    public static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    /** The longest E.164 number with its plus: what a column holding one needs. */
    public static final int E164_MAX = 16;

    /** Domestic Russian numbers are ten digits after the country code. */
    private static final int NATIONAL_DIGITS = 10;
    /** Shorter international numbers than this (with the country code) exist nowhere. */
    private static final int INTERNATIONAL_MIN_DIGITS = 8;
    private static final int INTERNATIONAL_MAX_DIGITS = 15;
    private static final Pattern SEPARATORS = Pattern.compile("[\\s()\\-.\\u00A0\\u2010-\\u2015]");
    private static final Pattern TYPED = Pattern.compile("(\\+|00)?[0-9]+");

    private PhoneNumbers() {
    }

    /**
     * The number in E.164, or empty when the text is not a phone number (or is blank: whether a
     * phone is required is the caller's rule, not this one's).
     */
    public static Optional<String> toE164(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String compact = SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (compact.isEmpty() || !TYPED.matcher(compact).matches()) {
            return Optional.empty();
        }
        if (compact.startsWith("+")) {
            return international(compact.substring(1));
        }
        if (compact.startsWith("00")) {
            return international(compact.substring(2));
        }
        return domestic(compact);
    }

    /** True when the text is already a number in E.164 that {@link #toE164} would keep as it is. */
    public static boolean isE164(String text) {
        return text != null && E164.matcher(text).matches() && toE164(text).filter(text::equals).isPresent();
    }

    private static Optional<String> international(String digits) {
        if (digits.startsWith(DEFAULT_COUNTRY_CODE)) {
            // +7 has a fixed length: a digit too many or too few is a typing slip, not another plan.
            return digits.length() == DEFAULT_COUNTRY_CODE.length() + NATIONAL_DIGITS
                    ? Optional.of("+" + digits) : Optional.empty();
        }
        if (digits.startsWith("0") || digits.length() < INTERNATIONAL_MIN_DIGITS
                || digits.length() > INTERNATIONAL_MAX_DIGITS) {
            return Optional.empty();
        }
        return Optional.of("+" + digits);
    }

    private static Optional<String> domestic(String digits) {
        if (digits.length() == NATIONAL_DIGITS) {
            return Optional.of("+" + DEFAULT_COUNTRY_CODE + digits);
        }
        boolean withTrunkOrCode = digits.length() == NATIONAL_DIGITS + 1
                && (digits.charAt(0) == '8' || digits.startsWith(DEFAULT_COUNTRY_CODE));
        return withTrunkOrCode ? Optional.of("+" + DEFAULT_COUNTRY_CODE + digits.substring(1)) : Optional.empty();
    }
}
