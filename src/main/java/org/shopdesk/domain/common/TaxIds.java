package org.shopdesk.domain.common;

import java.util.regex.Pattern;

/**
 * Russian taxpayer identifiers. An INN is 10 digits for an organisation (one check digit) or 12
 * for a person or an individual entrepreneur (two check digits); its first two digits are a
 * region code, never 00. A KPP (an organisation's registration reason code) is 9 characters:
 * the tax office's 4 digits, a reason of 2 digits or capital letters, and 3 digits. The schema's
 * {@code shopdesk_inn_is_valid} (V4) is the same rule, so the database and the form agree.
 */
public final class TaxIds {
    public static final int ORGANISATION_INN = 10;
    public static final int PERSON_INN = 12;
    public static final int KPP_LENGTH = 9;

    private static final int[] WEIGHTS_10 = {2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] WEIGHTS_11 = {7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final int[] WEIGHTS_12 = {3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8};
    private static final Pattern INN_SHAPE = Pattern.compile("[0-9]{10}|[0-9]{12}");
    private static final Pattern KPP_SHAPE = Pattern.compile("[0-9]{4}[0-9A-Z]{2}[0-9]{3}");

    private TaxIds() {
    }

    /** Ten or twelve ASCII digits: the shape of an INN, before its check digits are looked at. */
    public static boolean hasInnShape(String inn) {
        return inn != null && INN_SHAPE.matcher(inn).matches();
    }

    /** A whole valid INN: the shape, a region code and every check digit right. */
    public static boolean isValidInn(String inn) {
        if (!hasInnShape(inn) || inn.startsWith("00")) {
            return false;
        }
        if (inn.length() == ORGANISATION_INN) {
            return checkDigit(inn, WEIGHTS_10) == digit(inn, 9);
        }
        return checkDigit(inn, WEIGHTS_11) == digit(inn, 10) && checkDigit(inn, WEIGHTS_12) == digit(inn, 11);
    }

    /** An INN of an organisation, the only kind that has a KPP. */
    public static boolean isOrganisationInn(String inn) {
        return inn != null && inn.length() == ORGANISATION_INN && isValidInn(inn);
    }

    public static boolean isValidKpp(String kpp) {
        return kpp != null && KPP_SHAPE.matcher(kpp).matches();
    }

    /**
     * The check digit over the first {@code weights.length} digits: the weighted sum modulo 11,
     * then modulo 10. Public so that a generator can make valid numbers from random prefixes.
     */
    public static int checkDigit(CharSequence digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11 % 10;
    }

    /** Completes an organisation's INN from its first nine digits. */
    public static String organisationInn(String nineDigits) {
        return nineDigits + checkDigit(nineDigits, WEIGHTS_10);
    }

    /** Completes a person's INN from its first ten digits. */
    public static String personInn(String tenDigits) {
        String eleven = tenDigits + checkDigit(tenDigits, WEIGHTS_11);
        return eleven + checkDigit(eleven, WEIGHTS_12);
    }

    private static int digit(String s, int index) {
        return s.charAt(index) - '0';
    }
}
