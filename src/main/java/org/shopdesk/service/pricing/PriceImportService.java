package org.shopdesk.service.pricing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.shopdesk.data.ConstraintViolation;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.pricing.PriceImportStore;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.pricing.PriceImportResult;
import org.shopdesk.domain.pricing.PriceListRow;
import org.shopdesk.service.catalogue.ProductRules;

/**
 * Purchasing staff's price-list import: a provider's whole list in one transaction. A changed
 * price closes the current one (kept as history, past sales keep pointing at it) and opens the
 * new one; an unchanged price is left alone; a list with any bad row changes nothing.
 */
public final class PriceImportService {
    public static final String LIST = "priceList";
    public static final int MAX_ROWS = 200_000;
    private static final int SHOWN_PROBLEMS = 10;
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final BigDecimal MAX_VALUE = new BigDecimal("9999999999.99");

    private final Transactions tx;
    private final PriceImportStore store;

    public PriceImportService(Transactions tx, PriceImportStore store) {
        this.tx = tx;
        this.store = store;
    }

    public PriceImportResult importPrices(long providerId, List<PriceListRow> rows) {
        List<Problem> problems = check(rows);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        try {
            return tx.writeSql(db -> {
                store.load(db, rows);
                List<String> unknown = store.unknownSkus(db, SHOWN_PROBLEMS);
                if (!unknown.isEmpty()) {
                    throw new ValidationException(Problem.of(LIST, "validation.priceList.unknownSku", String.join(", ", unknown)));
                }
                int changed = store.closeChanged(db, providerId);
                int opened = store.openMissing(db, providerId);
                return new PriceImportResult(changed, opened - changed, rows.size() - opened);
            });
        } catch (ConstraintViolation e) {
            if (e.constraintName().contains("provider")) {
                throw new ValidationException(Problem.of(LIST, "validation.gone"));
            }
            throw e;
        }
    }

    /** Row rules, each broken rule named with its row number (1 = the first row). */
    static List<Problem> check(List<PriceListRow> rows) {
        List<Problem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(Problem.of(LIST, "validation.priceList.empty"));
        } else if (rows.size() > MAX_ROWS) {
            problems.add(Problem.of(LIST, "validation.priceList.tooLong", MAX_ROWS));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size() && problems.size() < SHOWN_PROBLEMS; i++) {
            PriceListRow row = rows.get(i);
            int line = i + 1;
            if (!ProductRules.isSku(row.sku())) {
                problems.add(Problem.of(LIST, "validation.priceList.sku", line));
            } else if (!seen.add(row.sku())) {
                problems.add(Problem.of(LIST, "validation.priceList.twice", line, row.sku()));
            }
            if (row.value() == null || row.value().signum() <= 0 || row.value().scale() > 2
                    || row.value().compareTo(MAX_VALUE) > 0) {
                problems.add(Problem.of(LIST, "validation.priceList.value", line));
            }
            if (row.currency() == null || !CURRENCY.matcher(row.currency()).matches()) {
                problems.add(Problem.of(LIST, "validation.priceList.currency", line));
            }
        }
        return problems;
    }
}
