package org.shopdesk.service.pricing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.pricing.BulkChange;
import org.shopdesk.domain.pricing.PriceChange;

/** What a price, a currency, a start date and a bulk change must be; the database enforces the same. */
public final class PriceRules {
    public static final String VALUE = "value";
    public static final String CURRENCY = "currency";
    public static final String VALID_FROM = "validFrom";
    public static final String AMOUNT = "amount";
    public static final String ARTICLE = "article";
    /** A start a little in the past (a slow click, a clock a little behind) means "now". */
    static final Duration GRACE = Duration.ofMinutes(2);
    private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal MAX_PERCENT = new BigDecimal("1000");

    private PriceRules() {
    }

    public static Optional<Problem> checkValue(BigDecimal value) {
        if (value == null) {
            return Optional.of(Problem.of(VALUE, "prices.validation.required"));
        }
        if (value.signum() <= 0) {
            return Optional.of(Problem.of(VALUE, "prices.validation.positive"));
        }
        if (value.stripTrailingZeros().scale() > 2) {
            return Optional.of(Problem.of(VALUE, "prices.validation.kopecks"));
        }
        if (value.compareTo(PriceNumbers.MAX_VALUE) > 0) {
            return Optional.of(Problem.of(VALUE, "prices.validation.tooLarge"));
        }
        return Optional.empty();
    }

    public static Optional<Problem> checkCurrency(String currency) {
        return currency != null && CURRENCY_CODE.matcher(currency).matches() ? Optional.empty()
                : Optional.of(Problem.of(CURRENCY, "prices.validation.currency"));
    }

    public static Optional<Problem> checkValidFrom(Instant validFrom, Clock clock) {
        return validFrom != null && validFrom.isBefore(clock.instant().minus(GRACE))
                ? Optional.of(Problem.of(VALID_FROM, "prices.validation.past")) : Optional.empty();
    }

    static List<Problem> check(PriceChange c, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        checkValue(c.value()).ifPresent(problems::add);
        checkCurrency(c.currency()).ifPresent(problems::add);
        checkValidFrom(c.validFrom(), clock).ifPresent(problems::add);
        return problems;
    }

    static List<Problem> check(BulkChange c, Clock clock) {
        List<Problem> problems = new ArrayList<>();
        if (c.kind() == null || c.rounding() == null || c.amount() == null || c.amount().signum() == 0) {
            problems.add(Problem.of(AMOUNT, "prices.validation.bulkAmount"));
        } else if (c.kind() == BulkChange.Kind.PERCENT
                && (c.amount().compareTo(new BigDecimal("-100")) <= 0 || c.amount().compareTo(MAX_PERCENT) > 0
                || c.amount().stripTrailingZeros().scale() > 2)) {
            problems.add(Problem.of(AMOUNT, "prices.validation.bulkPercent"));
        } else if (c.kind() == BulkChange.Kind.AMOUNT && (c.amount().stripTrailingZeros().scale() > 2
                || c.amount().abs().compareTo(PriceNumbers.MAX_VALUE) > 0)) {
            problems.add(Problem.of(AMOUNT, "prices.validation.kopecks"));
        }
        checkValidFrom(c.validFrom(), clock).ifPresent(problems::add);
        return problems;
    }

    /** A provider's article: trimmed, at most 60 characters; blank removes it. */
    public static Optional<Problem> checkArticle(String article) {
        return article != null && article.strip().length() > org.shopdesk.domain.pricing.ProviderArticle.ARTICLE_MAX
                ? Optional.of(Problem.of(ARTICLE, "prices.validation.articleTooLong",
                        org.shopdesk.domain.pricing.ProviderArticle.ARTICLE_MAX))
                : Optional.empty();
    }
}
