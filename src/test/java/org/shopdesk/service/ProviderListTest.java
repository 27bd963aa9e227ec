package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.party.ProviderCheck;
import org.shopdesk.domain.party.ProviderDetails;
import org.shopdesk.domain.party.ProviderDraft;
import org.shopdesk.domain.party.ProviderOffer;
import org.shopdesk.domain.party.ProviderQuery;
import org.shopdesk.domain.party.ProviderRow;
import org.shopdesk.domain.party.ProviderSort;
import org.shopdesk.domain.party.ProviderStatus;
import org.shopdesk.domain.party.ProviderStock;
import org.shopdesk.domain.party.ProviderTabQuery;
import org.shopdesk.domain.purchasing.PurchaseKind;
import org.shopdesk.domain.purchasing.SaleDraft;
import org.shopdesk.domain.purchasing.SaleLine;
import org.shopdesk.service.purchasing.SaleService;
import org.shopdesk.service.suppliers.SupplierService;
import org.shopdesk.testing.TestDatabase;

/**
 * The providers list's figures against a shop whose every number is known: offers, stock and
 * its value at current prices, the last 30 days' checks partly from the daily summaries and
 * partly live (each counted once), the last price change; then search, sort, status and the tabs.
 */
class ProviderListTest {
    private static TestDatabase db;
    private static SupplierService suppliers;
    private static long alpha;
    private static long beta;
    private static long delta;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        suppliers = db.backend().suppliers();
        SaleService sales = db.backend().sales();
        db.sql("INSERT INTO category(name) VALUES ('Phones')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO contacts(email) VALUES ('ivan@example.ru')",
                "INSERT INTO customer(name, last_name, contact_id) VALUES ('Иван', 'Петров', 1)",
                "INSERT INTO products(sku, title, category_id, producer_id) VALUES "
                        + "('P-1', 'Phone', 1, 1), ('P-2', 'Case', 1, 1), ('P-3', 'Cable', 1, 1)");
        alpha = save("Alpha", "ООО «Альфа»", "7707083893");
        beta = save("Beta", "АО «Бета»", "7736207543");
        delta = save("Delta", null, null);
        long gamma = save("Gamma", null, null);
        ProviderDetails g = suppliers.provider(gamma);
        suppliers.setArchived(gamma, g.version(), true);

        // Alpha: Phone at 100 for eight days, at 120 for the last two; Case at 50.50; Cable in stock, not priced.
        db.sql("INSERT INTO price(product_id, provider_id, value, valid_from, valid_to) VALUES "
                        + "(1, " + alpha + ", 100, now() - interval '10 days', now() - interval '2 days')",
                "INSERT INTO price(product_id, provider_id, value, valid_from) VALUES "
                        + "(1, " + alpha + ", 120, now() - interval '2 days'), (2, " + alpha + ", 50.50, now() - interval '20 days'), "
                        + "(1, " + beta + ", 99.90, now() - interval '1 day')",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) VALUES (1, " + alpha + ", 10, 'RECEIPT'), "
                        + "(2, " + alpha + ", 4, 'RECEIPT'), (3, " + alpha + ", 7, 'RECEIPT'), (1, " + beta + ", 5, 'RECEIPT')");
        long phone = price(alpha, 1);
        long kase = price(alpha, 2);
        // Two sales today through the service (stock goes down): 240.00 and 170.50.
        long first = sales.recordSale(new SaleDraft(UUID.randomUUID(), 1L, alpha, List.of(new SaleLine(1, phone, 2))))
                .purchaseId();
        sales.recordSale(new SaleDraft(UUID.randomUUID(), 1L, alpha, List.of(new SaleLine(2, kase, 1), new SaleLine(1, phone, 1))));
        // Ten days ago (inside the 30 days, summed into the daily summary) and forty days ago (outside).
        pastSale(alpha, kase, 2, 50.50, 10);
        pastSale(alpha, kase, 1, 50.50, 40);
        db.sql("SELECT shopdesk_roll_up_sales(((now() AT TIME ZONE time_zone)::date - 1)) FROM sales_rollup");
        // A return today is not a check of the figures (they count sales).
        db.sql("INSERT INTO purchase(customer_id, provider_id, kind, returns_id) VALUES (1, " + alpha + ", 'RETURN', " + first + ")");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    private static long save(String name, String legalName, String inn) {
        return suppliers.saveProvider(new ProviderDraft(null, null, name, legalName, inn, null, null, null, null, null,
                null, null)).id();
    }

    private static long price(long provider, long product) {
        return db.count("SELECT id FROM price WHERE valid_to IS NULL AND provider_id = " + provider + " AND product_id = " + product);
    }

    private static void pastSale(long provider, long priceId, int quantity, double unitPrice, int daysAgo) {
        db.sql("BEGIN",
                "INSERT INTO purchase(customer_id, provider_id, purchased_at) VALUES (1, " + provider + ", now() - interval '"
                        + daysAgo + " days')",
                "INSERT INTO purchase_line(purchase_id, provider_id, product_id, price_id, quantity, unit_price) "
                        + "VALUES (currval('purchase_id_seq'), " + provider + ", 2, " + priceId + ", " + quantity + ", " + unitPrice + ")",
                "COMMIT");
    }

    private static ProviderRow row(long id) {
        return suppliers.findProviders(ProviderQuery.firstPage(50).withStatus(ProviderStatus.ALL)).items().stream()
                .filter(r -> r.id() == id).findFirst().orElseThrow();
    }

    @Test
    void figuresAreThoseOfTheShop() {
        ProviderRow a = row(alpha);
        assertThat(a.legalName()).isEqualTo("ООО «Альфа»");
        assertThat(a.inn()).isEqualTo("7707083893");
        assertThat(a.offers()).isEqualTo(2);
        assertThat(a.units()).isEqualTo(7 + 3 + 7);
        assertThat(a.stockValue()).isEqualByComparingTo("991.50"); // 7 x 120 + 3 x 50.50; Cable has no price
        assertThat(a.checks30()).isEqualTo(3);
        assertThat(a.revenue30()).isEqualByComparingTo("511.50"); // 240 + 170.50 today, 101 ten days ago
        assertThat(a.averageCheck30()).isEqualByComparingTo("170.50");
        assertThat(a.lastPriceChange()).isEqualTo(db.backend().suppliers().offers(ProviderTabQuery.firstPage(alpha, 10))
                .items().stream().map(ProviderOffer::since).max(java.util.Comparator.naturalOrder()).orElseThrow());

        ProviderRow b = row(beta);
        assertThat(b.offers()).isEqualTo(1);
        assertThat(b.units()).isEqualTo(5);
        assertThat(b.stockValue()).isEqualByComparingTo("499.50");
        assertThat(b.checks30()).isZero();
        assertThat(b.revenue30()).isEqualByComparingTo("0");
        assertThat(b.averageCheck30()).isNull();

        ProviderRow d = row(delta);
        assertThat(d.offers()).isZero();
        assertThat(d.units()).isZero();
        assertThat(d.stockValue()).isEqualByComparingTo("0");
        assertThat(d.lastPriceChange()).isNull();
    }

    @Test
    void salesFiguresAgreeWithTheChecksSummedFromScratch() {
        // The summaries cover the days before yesterday; the list adds the live days once.
        assertThat(db.count("SELECT count(*) FROM sales_day_provider")).isPositive();
        long checks = db.count("""
                SELECT count(*) FROM purchase, sales_rollup r
                 WHERE kind = 'SALE' AND provider_id = %d
                   AND purchased_at >= ((now() AT TIME ZONE r.time_zone)::date - 29)::timestamp AT TIME ZONE r.time_zone"""
                .formatted(alpha));
        long cents = db.count("""
                SELECT sum(total) * 100 FROM purchase, sales_rollup r
                 WHERE kind = 'SALE' AND provider_id = %d
                   AND purchased_at >= ((now() AT TIME ZONE r.time_zone)::date - 29)::timestamp AT TIME ZONE r.time_zone"""
                .formatted(alpha));
        ProviderRow a = row(alpha);
        assertThat(a.checks30()).isEqualTo(checks);
        assertThat(a.revenue30()).isEqualByComparingTo(BigDecimal.valueOf(cents, 2));
    }

    @Test
    void searchesByNameLegalNameAndInnAndFiltersByStatus() {
        assertThat(names(ProviderQuery.firstPage(50).withText("lph"))).containsExactly("Alpha");
        assertThat(names(ProviderQuery.firstPage(50).withText("альФА"))).containsExactly("Alpha");
        assertThat(names(ProviderQuery.firstPage(50).withText("7736"))).containsExactly("Beta");
        assertThat(names(ProviderQuery.firstPage(50).withText("77 070 83"))).containsExactly("Alpha");
        assertThat(names(ProviderQuery.firstPage(50).withText("%"))).isEmpty();
        assertThat(names(ProviderQuery.firstPage(50))).containsExactly("Alpha", "Beta", "Delta");
        assertThat(names(ProviderQuery.firstPage(50).withStatus(ProviderStatus.ARCHIVED))).containsExactly("Gamma");
        assertThat(names(ProviderQuery.firstPage(50).withStatus(ProviderStatus.ALL)))
                .containsExactly("Alpha", "Beta", "Delta", "Gamma");
    }

    @Test
    void sortsByEveryFigureInTheDatabaseWithEmptyFiguresLast() {
        ProviderQuery all = ProviderQuery.firstPage(50);
        assertThat(names(all.sortedBy(ProviderSort.NAME, true))).containsExactly("Delta", "Beta", "Alpha");
        assertThat(names(all.sortedBy(ProviderSort.REVENUE, true))).containsExactly("Alpha", "Beta", "Delta");
        assertThat(names(all.sortedBy(ProviderSort.STOCK_VALUE, false))).containsExactly("Delta", "Beta", "Alpha");
        assertThat(names(all.sortedBy(ProviderSort.UNITS, true))).containsExactly("Alpha", "Beta", "Delta");
        assertThat(names(all.sortedBy(ProviderSort.OFFERS, true))).containsExactly("Alpha", "Beta", "Delta");
        assertThat(names(all.sortedBy(ProviderSort.CHECKS, true))).containsExactly("Alpha", "Beta", "Delta");
        assertThat(names(all.sortedBy(ProviderSort.AVERAGE_CHECK, false))).containsExactly("Alpha", "Beta", "Delta");
        assertThat(names(all.sortedBy(ProviderSort.LAST_PRICE_CHANGE, true))).containsExactly("Beta", "Alpha", "Delta");
        assertThat(names(all.sortedBy(ProviderSort.INN, false))).containsExactly("Alpha", "Beta", "Delta");
    }

    @Test
    void pagesCountTheWholeList() {
        Page<ProviderRow> first = suppliers.findProviders(new ProviderQuery("", ProviderStatus.ALL, ProviderSort.NAME,
                false, 0, 3));
        assertThat(first.items()).extracting(ProviderRow::name).containsExactly("Alpha", "Beta", "Delta");
        assertThat(first.total()).isEqualTo(4);
        Page<ProviderRow> second = suppliers.findProviders(new ProviderQuery("", ProviderStatus.ALL, ProviderSort.NAME,
                false, 0, 3).withPage(1));
        assertThat(second.items()).extracting(ProviderRow::name).containsExactly("Gamma");
        assertThat(second.total()).isEqualTo(4);
    }

    @Test
    void tabsListOffersStockAndChecksNewestFirst() {
        Page<ProviderOffer> offers = suppliers.offers(ProviderTabQuery.firstPage(alpha, 10));
        assertThat(offers.items()).extracting(ProviderOffer::title, ProviderOffer::sku, o -> o.price().toPlainString(),
                        ProviderOffer::stock)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Case", "P-2", "50.50", 3L),
                        org.assertj.core.groups.Tuple.tuple("Phone", "P-1", "120.00", 7L));
        assertThat(offers.items().get(0).currency()).isEqualTo("RUB");

        Page<ProviderStock> stock = suppliers.stock(ProviderTabQuery.firstPage(alpha, 10));
        assertThat(stock.items()).extracting(ProviderStock::title, ProviderStock::balance).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Cable", 7L), org.assertj.core.groups.Tuple.tuple("Case", 3L),
                org.assertj.core.groups.Tuple.tuple("Phone", 7L));
        assertThat(stock.items().get(0).price()).isNull();
        assertThat(stock.items().get(2).value()).isEqualByComparingTo("840.00");

        Page<ProviderCheck> checks = suppliers.sales(ProviderTabQuery.firstPage(alpha, 2));
        assertThat(checks.total()).isEqualTo(5);
        assertThat(checks.items()).hasSize(2);
        assertThat(checks.items().get(0).kind()).isEqualTo(PurchaseKind.RETURN);
        assertThat(checks.items().get(1).total()).isEqualByComparingTo("170.50");
        assertThat(checks.items().get(1).lines()).isEqualTo(2);
        assertThat(checks.items().get(1).units()).isEqualTo(2);
        assertThat(checks.items().get(1).customer()).isEqualTo("Иван Петров");
        Page<ProviderCheck> last = suppliers.sales(ProviderTabQuery.firstPage(alpha, 2).withPage(2));
        assertThat(last.items()).hasSize(1);
        assertThat(last.items().get(0).total()).isEqualByComparingTo("50.50");
        assertThat(suppliers.sales(ProviderTabQuery.firstPage(delta, 10)).items()).isEmpty();
    }

    private static List<String> names(ProviderQuery q) {
        return suppliers.findProviders(q).items().stream().map(ProviderRow::name).toList();
    }
}
