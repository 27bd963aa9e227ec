package org.shopdesk.service.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shopdesk.domain.catalogue.Product;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.common.Problem;

/**
 * The rules a product must keep, in one place: the form checks them as the user types, the
 * service checks them again before it writes, and the database has the same rules as
 * constraints. Field names match the form's.
 */
public final class ProductRules {
    public static final String SKU = "sku";
    public static final String EAN = "ean";
    public static final String TITLE = "title";
    public static final String DESCRIPTION = "description";
    public static final String CATEGORY = "category";
    public static final String PRODUCER = "producer";

    private static final Pattern SKU_FORMAT = Pattern.compile("[A-Z0-9][A-Z0-9._/-]*");
    private static final Pattern EAN_FORMAT = Pattern.compile("[0-9]{8,14}");

    private ProductRules() {
    }

    /** Upper case, no surrounding blanks: "ab-1 " and "AB-1" are one SKU. */
    /** A SKU as the schema accepts it: the format, at most {@link Product#SKU_MAX} characters. */
    public static boolean isSku(String sku) {
        return sku != null && sku.length() <= Product.SKU_MAX && SKU_FORMAT.matcher(sku).matches();
    }

    public static String normaliseSku(String sku) {
        return sku == null ? "" : sku.strip().toUpperCase(Locale.ROOT);
    }

    public static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public static ProductDraft normalise(ProductDraft d) {
        return new ProductDraft(d.id(), d.version(), normaliseSku(d.sku()), blankToNull(d.ean()),
                d.title() == null ? "" : d.title().strip(), blankToNull(d.description()),
                d.categoryId(), d.producerId());
    }

    public static List<Problem> check(ProductDraft draft) {
        ProductDraft d = normalise(draft);
        List<Problem> problems = new ArrayList<>();
        checkSku(d.sku()).ifPresent(problems::add);
        checkEan(d.ean()).ifPresent(problems::add);
        checkTitle(d.title()).ifPresent(problems::add);
        checkDescription(d.description()).ifPresent(problems::add);
        if (d.categoryId() == null) {
            problems.add(Problem.of(CATEGORY, "validation.required"));
        }
        if (d.producerId() == null) {
            problems.add(Problem.of(PRODUCER, "validation.required"));
        }
        return problems;
    }

    public static Optional<Problem> checkSku(String raw) {
        String sku = normaliseSku(raw);
        if (sku.isEmpty()) {
            return Optional.of(Problem.of(SKU, "validation.required"));
        }
        if (sku.length() > Product.SKU_MAX) {
            return Optional.of(Problem.of(SKU, "validation.tooLong", Product.SKU_MAX, sku.length()));
        }
        if (!SKU_FORMAT.matcher(sku).matches()) {
            return Optional.of(Problem.of(SKU, "validation.sku.format"));
        }
        return Optional.empty();
    }

    public static Optional<Problem> checkEan(String raw) {
        String ean = blankToNull(raw);
        if (ean != null && !EAN_FORMAT.matcher(ean).matches()) {
            return Optional.of(Problem.of(EAN, "validation.ean.format"));
        }
        return Optional.empty();
    }

    public static Optional<Problem> checkTitle(String raw) {
        String title = raw == null ? "" : raw.strip();
        if (title.isEmpty()) {
            return Optional.of(Problem.of(TITLE, "validation.required"));
        }
        if (title.length() > Product.TITLE_MAX) {
            return Optional.of(Problem.of(TITLE, "validation.tooLong", Product.TITLE_MAX, title.length()));
        }
        return Optional.empty();
    }

    public static Optional<Problem> checkDescription(String raw) {
        String text = blankToNull(raw);
        if (text != null && text.length() > Product.DESCRIPTION_MAX) {
            return Optional.of(Problem.of(DESCRIPTION, "validation.tooLong", Product.DESCRIPTION_MAX, text.length()));
        }
        return Optional.empty();
    }

    /** A category's or producer's name: required, at most {@code max} characters. */
    public static Optional<Problem> checkName(String raw, int max) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            return Optional.of(Problem.of("name", "validation.required"));
        }
        if (name.length() > max) {
            return Optional.of(Problem.of("name", "validation.tooLong", max, name.length()));
        }
        return Optional.empty();
    }
}
