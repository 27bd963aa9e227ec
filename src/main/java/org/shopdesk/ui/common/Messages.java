package org.shopdesk.ui.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.shopdesk.domain.common.Problem;

/** The user's language: one ResourceBundle for every screen, with MessageFormat arguments. */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(ResourceBundle bundle) {
        this.bundle = bundle;
        // English lives in the base bundle, whose locale is ROOT; ROOT formats dates as "2026 Nov 29",
        // which no English reader writes, so the base bundle means English.
        this.locale = bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /** Russian where the system speaks Russian, English otherwise. */
    public static Messages forLocale(Locale locale) {
        Locale chosen = "ru".equals(locale.getLanguage()) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        return new Messages(ResourceBundle.getBundle(BUNDLE, chosen, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(args);
    }

    /** A rule's message, e.g. "At most 100 characters (now 101)". */
    public String problem(Problem p) {
        return get(p.messageKey(), p.args().toArray());
    }
}
