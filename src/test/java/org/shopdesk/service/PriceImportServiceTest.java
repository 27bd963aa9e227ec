package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.pricing.PriceImportResult;
import org.shopdesk.domain.pricing.PriceListRow;
import org.shopdesk.service.pricing.PriceImportService;
import org.shopdesk.testing.TestDatabase;

/** A provider's price list: changed prices become history, new ones open, a bad list changes nothing. */
class PriceImportServiceTest {
    private static TestDatabase db;
    private static PriceImportService prices;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Phones')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO provider(name) VALUES ('Shop one'), ('Shop two')",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES "
                        + "('P-1', 'Phone', 1, 1), ('P-2', 'Case', 1, 1), ('P-3', 'Charger', 1, 1)",
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES "
                        + "(1, 1, 100, now() - interval '1 day'), (2, 1, 10, now() - interval '1 day'), "
                        + "(1, 2, 95, now() - interval '1 day')");
        prices = db.backend().priceImport();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static PriceListRow row(String sku, String value) {
        return new PriceListRow(sku, new BigDecimal(value), "RUB");
    }

    @Test
    void changedPricesBecomeHistoryNewOnesOpenAndTheRestStays() {
        PriceImportResult result = prices.importPrices(1, List.of(row("P-1", "110.00"), row("P-2", "10"), row("P-3", "25.50")));
        assertThat(result).isEqualTo(new PriceImportResult(1, 1, 1));
        assertThat(db.count("SELECT value FROM price WHERE product_id = 1 AND provider_id = 1 AND valid_to IS NULL"))
                .isEqualTo(110);
        assertThat(db.count("SELECT count(*) FROM price WHERE product_id = 1 AND provider_id = 1")).isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM price WHERE product_id = 1 AND provider_id = 1 AND valid_to IS NOT NULL "
                + "AND valid_to = (SELECT valid_from FROM price WHERE product_id = 1 AND provider_id = 1 AND valid_to IS NULL)"))
                .as("the old price ends where the new one begins").isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM price WHERE product_id = 2 AND provider_id = 1")).isEqualTo(1);
        assertThat(db.count("SELECT value FROM price WHERE product_id = 1 AND provider_id = 2 AND valid_to IS NULL"))
                .as("another provider's price is not touched").isEqualTo(95);

        // The same list again changes nothing.
        assertThat(prices.importPrices(1, List.of(row("P-1", "110.00"), row("P-2", "10"), row("P-3", "25.50"))))
                .isEqualTo(new PriceImportResult(0, 0, 3));
    }

    @Test
    void aListWithAnUnknownSkuOrABadRowChangesNothing() {
        long before = db.count("SELECT count(*) FROM price");
        assertThatThrownBy(() -> prices.importPrices(1, List.of(row("P-1", "999"), row("NOPE-1", "5"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey, Problem::args)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("prices.validation.rowsInError", List.of(1L)),
                                org.assertj.core.groups.Tuple.tuple("prices.problem.UNKNOWN_PRODUCT", List.of(2, "NOPE-1"))));
        assertThat(db.count("SELECT count(*) FROM price")).isEqualTo(before);
        assertProblems(List.of(row("P-1", "0")), "validation.priceList.value");
        assertProblems(List.of(row("P-1", "1.005")), "validation.priceList.value");
        assertProblems(List.of(row("p 1", "5")), "validation.priceList.sku");
        assertProblems(List.of(row("P-1", "5"), row("P-1", "6")), "validation.priceList.twice");
        assertProblems(List.of(new PriceListRow("P-1", BigDecimal.ONE, "rub")), "validation.priceList.currency");
        assertProblems(List.of(), "validation.priceList.empty");
        assertThat(db.count("SELECT count(*) FROM price")).isEqualTo(before);
    }

    private static void assertProblems(List<PriceListRow> rows, String key) {
        assertThatThrownBy(() -> prices.importPrices(1, rows)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).contains(key));
    }
}
