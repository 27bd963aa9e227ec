package org.shopdesk.service.purchasing;

/** The receipt's words in the user's language: the screen hands in its messages (key and arguments). */
@FunctionalInterface
public interface ReceiptTexts {
    String text(String key, Object... args);
}
