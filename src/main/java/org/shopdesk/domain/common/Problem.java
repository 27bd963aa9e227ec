package org.shopdesk.domain.common;

import java.util.List;

/**
 * One thing wrong with what the user entered: the field it concerns and a message key the screen
 * translates (with its arguments), so that the same rule speaks Russian or English.
 */
public record Problem(String field, String messageKey, List<Object> args) {
    public Problem {
        args = List.copyOf(args);
    }

    public static Problem of(String field, String messageKey, Object... args) {
        return new Problem(field, messageKey, List.of(args));
    }
}
