package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.catalogue.ProductQuery;
import org.shopdesk.domain.common.DatabaseNotEmptyException;
import org.shopdesk.service.setup.SetupService;
import org.shopdesk.testing.TestDatabase;

/** The demo shop of the first start: its size, its shape, and that it never lands on a shop's data. */
class SetupServiceTest {
    static TestDatabase db;
    static SetupService setup;
    static final List<String> progress = new ArrayList<>();
    static boolean emptyBefore;

    @BeforeAll
    static void loadDemo() {
        db = TestDatabase.create();
        setup = db.backend().setup();
        emptyBefore = setup.isEmpty();
        setup.loadDemo(progress::add);
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @Test
    void anEmptyDatabaseIsOfferedTheDemoAndReportsProgress() {
        assertThat(emptyBefore).isTrue();
        assertThat(setup.isEmpty()).isFalse();
        assertThat(progress).anyMatch(line -> line.startsWith("purchase_line: "))
                .anyMatch(line -> line.startsWith("products: "));
    }

    @Test
    void theDemoShopHasTheAdvertisedSize() {
        assertThat(db.count("SELECT count(*) FROM products")).isBetween(280L, 330L);
        assertThat(db.count("SELECT count(*) FROM category")).isEqualTo(15);
        assertThat(db.count("SELECT count(*) FROM provider")).isEqualTo(10);
        // Organisations with a KPP, entrepreneurs with a 12-digit INN, one foreign provider without.
        assertThat(db.count("SELECT count(*) FROM provider WHERE length(inn) = 10 AND kpp IS NOT NULL")).isEqualTo(7);
        assertThat(db.count("SELECT count(*) FROM provider WHERE length(inn) = 12 AND kpp IS NULL")).isEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM provider WHERE inn IS NULL AND legal_name IS NOT NULL")).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM customer")).isEqualTo(200);
        assertThat(db.count("SELECT count(*) FROM purchase WHERE kind = 'SALE'")).isEqualTo(5_000);
        assertThat(db.count("SELECT count(*) FROM purchase WHERE kind = 'RETURN'")).isBetween(40L, 200L);
        assertThat(db.count("SELECT max(n) FROM (SELECT count(*) n FROM purchase_line GROUP BY purchase_id) x")).isEqualTo(4);
        // Every product is offered by two to five providers, with older prices behind the current one.
        assertThat(db.count("""
                SELECT count(*) FROM (SELECT product_id, count(*) n FROM price WHERE valid_to IS NULL GROUP BY 1) x
                 WHERE n NOT BETWEEN 2 AND 5""")).isZero();
        assertThat(db.count("SELECT count(*) FROM price WHERE valid_to IS NOT NULL"))
                .isGreaterThan(db.count("SELECT count(*) FROM price WHERE valid_to IS NULL"));
        assertThat(db.count("SELECT count(DISTINCT clerk) FROM purchase")).isEqualTo(4);
    }

    @Test
    void salesCoverTheLastTwelveMonthsWithAWinterPeak() {
        assertThat(db.count("SELECT count(*) FROM purchase WHERE purchased_at > now()")).isZero();
        assertThat(db.count("SELECT count(*) FROM purchase WHERE purchased_at < now() - interval '12 months 1 day'")).isZero();
        assertThat(db.count("SELECT count(DISTINCT date_trunc('month', purchased_at)) FROM purchase")).isGreaterThanOrEqualTo(12);
        assertThat(db.count("SELECT count(*) FROM purchase WHERE extract(month FROM purchased_at) = 12"))
                .isGreaterThan(db.count("SELECT count(*) FROM purchase WHERE extract(month FROM purchased_at) = 7"));
    }

    @Test
    void contactsAreWellFormedAndUnique() {
        assertThat(db.count("SELECT count(*) FROM contacts WHERE email IS NOT NULL")).isGreaterThan(150);
        assertThat(db.count("SELECT count(*) FROM contacts WHERE phone !~ '^\\+[1-9][0-9]{9,14}$'")).isZero();
        assertThat(db.count("SELECT count(*) - count(DISTINCT lower(email)) FROM contacts WHERE email IS NOT NULL")).isZero();
        // V5: a phone is one person's, every row is its customer's primary one, and search finds its digits.
        assertThat(db.count("SELECT count(*) - count(DISTINCT phone) FROM contacts WHERE phone IS NOT NULL")).isZero();
        assertThat(db.count("SELECT count(*) FROM contacts k JOIN customer c ON c.contact_id = k.id AND c.id = k.customer_id"))
                .isEqualTo(db.count("SELECT count(*) FROM contacts"));
        assertThat(db.count("SELECT count(*) FROM contacts WHERE phone IS NOT NULL AND phone_digits <> ltrim(phone, '+')"))
                .isZero();
        assertThat(db.count("SELECT count(*) FROM contacts WHERE phone_shared_before_v5")).isZero();
        var someone = db.backend().customers().findForSale("Иван", 5);
        assertThat(someone).isNotEmpty();
    }

    @Test
    void theCatalogueShowsRealNamesInBothLanguages() {
        var page = db.backend().catalogue().findProducts(ProductQuery.firstPage(50).withText("Wireless Mouse"));
        assertThat(page.items()).isNotEmpty().allMatch(r -> r.lowestPrice() != null && r.offers() >= 2);
        assertThat(db.backend().catalogue().findProducts(ProductQuery.firstPage(50).withText("Смартфон")).total())
                .isEqualTo(20);
    }

    @Test
    void aDatabaseWithDataIsRefused() {
        assertThatThrownBy(() -> setup.loadDemo(line -> { })).isInstanceOf(DatabaseNotEmptyException.class)
                .hasMessageStartingWith("database is not empty");
        assertThat(db.count("SELECT count(*) FROM purchase WHERE kind = 'SALE'")).isEqualTo(5_000);
    }
}
