package org.shopdesk.service.stock;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.party.Provider;
import org.shopdesk.domain.stock.StockMovement;
import org.shopdesk.domain.stock.WriteOffReason;

/**
 * The rules a stock movement must keep, in one place: the forms check them as the user types,
 * the service again before it writes, and the database has the same limits (V7). Field names
 * match the forms'.
 */
public final class StockRules {
    public static final String PRODUCT = "product";
    public static final String PROVIDER = "provider";
    public static final String QUANTITY = "quantity";
    public static final String REASON = "reason";
    public static final String NOTE = "note";
    public static final String LINES = "lines";
    public static final String LEVEL = "level";
    public static final String LEAD_TIME = "leadTime";
    /** No single movement, count or level is larger: the database refuses it too. */
    public static final int MAX_QUANTITY = 1_000_000;
    /** Lines of one count: a provider's whole assortment, with room. */
    public static final int MAX_COUNT_LINES = 20_000;

    private static final Pattern WHOLE = Pattern.compile("[0-9]+");

    private StockRules() {
    }

    /**
     * A quantity as typed: digits only (spaces and thousands separators aside), no sign, no
     * fraction, at least {@code min}, at most {@link #MAX_QUANTITY}.
     */
    public static Optional<Problem> checkQuantityText(String field, String raw, int min) {
        String text = raw == null ? "" : raw.replaceAll("[\\s\u00a0\u202f]", "");
        if (text.isEmpty()) {
            return Optional.of(Problem.of(field, "validation.required"));
        }
        if (!WHOLE.matcher(text).matches()) {
            return Optional.of(Problem.of(field, text.matches("-?[0-9]*[.,][0-9]+") ? "stock.validation.whole"
                    : text.startsWith("-") ? "stock.validation.negative" : "stock.validation.number"));
        }
        if (text.length() > 9 || Integer.parseInt(text) > MAX_QUANTITY) {
            return Optional.of(Problem.of(field, "stock.validation.tooLarge", MAX_QUANTITY));
        }
        return checkQuantity(field, Integer.parseInt(text), min);
    }

    /** The quantity typed, once {@link #checkQuantityText} found nothing wrong. */
    public static int parseQuantity(String raw) {
        return Integer.parseInt(raw.replaceAll("[\\s\u00a0\u202f]", ""));
    }

    public static Optional<Problem> checkQuantity(String field, int quantity, int min) {
        if (quantity < min) {
            return Optional.of(Problem.of(field, min > 0 ? "stock.validation.positive" : "stock.validation.negative"));
        }
        if (quantity > MAX_QUANTITY) {
            return Optional.of(Problem.of(field, "stock.validation.tooLarge", MAX_QUANTITY));
        }
        return Optional.empty();
    }

    public static Optional<Problem> checkNote(String note, boolean required) {
        String text = note == null ? "" : note.strip();
        if (required && text.isEmpty()) {
            return Optional.of(Problem.of(NOTE, "stock.validation.noteForOther"));
        }
        if (text.length() > StockMovement.NOTE_MAX) {
            return Optional.of(Problem.of(NOTE, "validation.tooLong", StockMovement.NOTE_MAX, text.length()));
        }
        return Optional.empty();
    }

    public static List<Problem> receipt(Long productId, Long providerId, int quantity, String note) {
        List<Problem> problems = parties(productId, providerId);
        checkQuantity(QUANTITY, quantity, 1).ifPresent(problems::add);
        checkNote(note, false).ifPresent(problems::add);
        return problems;
    }

    public static List<Problem> writeOff(Long productId, Long providerId, int quantity, WriteOffReason reason,
                                         String note) {
        List<Problem> problems = parties(productId, providerId);
        checkQuantity(QUANTITY, quantity, 1).ifPresent(problems::add);
        if (reason == null) {
            problems.add(Problem.of(REASON, "validation.required"));
        }
        checkNote(note, reason == WriteOffReason.OTHER).ifPresent(problems::add);
        return problems;
    }

    public static Optional<Problem> checkLevel(Integer level) {
        return level == null ? Optional.empty() : checkQuantity(LEVEL, level, 0);
    }

    public static Optional<Problem> checkLeadTime(int days) {
        if (days < 0 || days > Provider.LEAD_TIME_MAX_DAYS) {
            return Optional.of(Problem.of(LEAD_TIME, "stock.validation.leadTime", Provider.LEAD_TIME_MAX_DAYS));
        }
        return Optional.empty();
    }

    private static List<Problem> parties(Long productId, Long providerId) {
        List<Problem> problems = new ArrayList<>();
        if (productId == null) {
            problems.add(Problem.of(PRODUCT, "validation.required"));
        }
        if (providerId == null) {
            problems.add(Problem.of(PROVIDER, "validation.required"));
        }
        return problems;
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
