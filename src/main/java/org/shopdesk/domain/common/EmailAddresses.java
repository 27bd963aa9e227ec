package org.shopdesk.domain.common;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * E-mail addresses as people type them: checked for the shape mail can be delivered to
 * (something, an at sign, a domain with a dot and a top-level part) and brought to lower case,
 * so that "Ivan@Mail.RU " and "ivan@mail.ru" are one address — the schema's unique indexes on
 * e-mail compare {@code lower(email)} for the same reason. Cyrillic domains (пример.рф) are
 * addresses too. Whatever this class accepts, the schema's e-mail CHECK accepts.
 */
public final class EmailAddresses {
    /** RFC 5321: a mailbox's local part is at most 64 characters, the whole path at most 254. */
    public static final int LOCAL_MAX = 64;
    public static final int MAX = 254;

    private static final Pattern LOCAL = Pattern.compile("[^\\s@\"(),:;<>\\[\\]\\\\.]+(\\.[^\\s@\"(),:;<>\\[\\]\\\\.]+)*");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N}]([\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[\\p{L}]{2,63}|xn--[a-z0-9-]{1,59}");

    private EmailAddresses() {
    }

    /**
     * The address trimmed and in lower case, or empty when the text is not an address (or is
     * blank: whether an e-mail is required is the caller's rule).
     */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        return isWellFormed(email) ? Optional.of(email) : Optional.empty();
    }

    /** True when the text, as it is, has the shape of a deliverable address. */
    public static boolean isWellFormed(String email) {
        if (email == null || email.isEmpty() || email.length() > MAX) {
            return false;
        }
        int at = email.indexOf('@');
        if (at <= 0 || at != email.lastIndexOf('@')) {
            return false;
        }
        String local = email.substring(0, at);
        String domain = email.substring(at + 1);
        return local.length() <= LOCAL_MAX && LOCAL.matcher(local).matches() && isDomain(domain);
    }

    private static boolean isDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return TOP_LEVEL.matcher(labels[labels.length - 1]).matches();
    }
}
