package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.catalogue.ProductDetails;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.catalogue.ProductQuery;
import org.shopdesk.domain.catalogue.ProductRow;
import org.shopdesk.domain.catalogue.ProductSort;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.catalogue.CatalogueStore;
import org.shopdesk.data.catalogue.ProductQueries;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.testing.CountingDataSource;
import org.shopdesk.testing.TestDatabase;

class CatalogueServiceTest {
    static TestDatabase db;
    static CatalogueService catalogue;
    static NamedItem phones;
    static NamedItem acme;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        catalogue = db.backend().catalogue();
        phones = catalogue.createCategory("Phones");
        acme = catalogue.createProducer("Acme");
        NamedItem laptops = catalogue.createCategory("Ноутбуки");
        for (int i = 0; i < 120; i++) {
            long cat = i % 2 == 0 ? phones.id() : laptops.id();
            catalogue.saveProduct(new ProductDraft(null, null, String.format("bulk-%03d", i), null,
                    "Bulk item " + i, null, cat, acme.id()));
        }
        db.sql("INSERT INTO provider(name) VALUES ('P1'), ('P2')",
                "INSERT INTO price(product_id, provider_id, value) SELECT id, 1, 100 + id FROM products",
                "INSERT INTO price(product_id, provider_id, value) SELECT id, 2, 90 + id FROM products",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) SELECT id, 1, 5, 'RECEIPT' FROM products",
                "INSERT INTO stock_movement(product_id, provider_id, delta, reason) SELECT id, 2, 3, 'RECEIPT' FROM products");
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    @Test
    void createsAndReadsAProductWithNormalisedSku() {
        ProductDetails p = catalogue.saveProduct(new ProductDraft(null, null, "  ab-77 ", "4601234567893",
                "Смартфон Galaxy A54", "128 ГБ", phones.id(), acme.id()));
        assertThat(p.sku()).isEqualTo("AB-77");
        assertThat(p.categoryName()).isEqualTo("Phones");
        assertThat(p.createdBy()).isEqualTo("postgres");
        assertThat(p.version()).isZero();
    }

    @Test
    void refusesBadInputAndSavesNothing() {
        long before = db.count("SELECT count(*) FROM products");
        assertProblem(new ProductDraft(null, null, "X-1", null, "  ", null, phones.id(), acme.id()),
                "title", "validation.required");
        assertProblem(new ProductDraft(null, null, "X-1", null, "x".repeat(101), null, phones.id(), acme.id()),
                "title", "validation.tooLong");
        assertProblem(new ProductDraft(null, null, "BULK-001", null, "Dup", null, phones.id(), acme.id()),
                "sku", "validation.sku.taken");
        assertProblem(new ProductDraft(null, null, "X 1", null, "Bad sku", null, phones.id(), acme.id()),
                "sku", "validation.sku.format");
        assertProblem(new ProductDraft(null, null, "X-2", "12ab", "Bad ean", null, phones.id(), acme.id()),
                "ean", "validation.ean.format");
        assertThat(db.count("SELECT count(*) FROM products")).isEqualTo(before);
    }

    @Test
    void aCategoryRemovedMeanwhileIsReportedOnItsField() {
        NamedItem doomed = catalogue.createCategory("Removed meanwhile");
        catalogue.deleteCategory(doomed.id());
        assertProblem(new ProductDraft(null, null, "GONE-1", null, "Orphan", null, doomed.id(), acme.id()),
                "category", "validation.gone");
        assertThat(db.count("SELECT count(*) FROM products WHERE sku = 'GONE-1'")).isZero();
    }

    @Test
    void editsWithOptimisticLocking() {
        ProductDetails p = catalogue.saveProduct(new ProductDraft(null, null, "EDIT-1", null, "Before", null,
                phones.id(), acme.id()));
        ProductDetails edited = catalogue.saveProduct(new ProductDraft(p.id(), p.version(), p.sku(), null, "After",
                "now with text", phones.id(), acme.id()));
        assertThat(edited.title()).isEqualTo("After");
        assertThat(edited.version()).isEqualTo(p.version() + 1);
        // A second editor still holding the old version must not overwrite the change.
        assertThatThrownBy(() -> catalogue.saveProduct(new ProductDraft(p.id(), p.version(), p.sku(), null,
                "Lost update", null, phones.id(), acme.id()))).isInstanceOf(ConcurrentChangeException.class);
        assertThat(catalogue.product(p.id()).title()).isEqualTo("After");
    }

    @Test
    void archivedProductsLeaveTheDefaultList() {
        ProductDetails p = catalogue.saveProduct(new ProductDraft(null, null, "ARCH-1", null, "Old model", null,
                phones.id(), acme.id()));
        catalogue.setArchived(p.id(), p.version(), true);
        ProductQuery q = ProductQuery.firstPage(50).withText("ARCH-1");
        assertThat(catalogue.findProducts(q).items()).isEmpty();
        ProductQuery withArchived = new ProductQuery("ARCH-1", null, null, true, ProductSort.TITLE, false, 0, 50);
        assertThat(catalogue.findProducts(withArchived).items()).singleElement()
                .satisfies(r -> assertThat(r.archived()).isTrue());
    }

    @Test
    void searchesAnyPartOfTitleOrSkuAndFiltersByCategory() {
        assertThat(catalogue.findProducts(ProductQuery.firstPage(50).withText("item 11")).items())
                .extracting(ProductRow::title).contains("Bulk item 11", "Bulk item 110", "Bulk item 119");
        assertThat(catalogue.findProducts(ProductQuery.firstPage(50).withText("lk-00")).items())
                .extracting(ProductRow::sku).contains("BULK-000", "BULK-009").hasSize(10);
        ProductQuery phonesOnly = new ProductQuery("bulk", phones.id(), null, false, ProductSort.SKU, false, 0, 500);
        assertThat(catalogue.findProducts(phonesOnly).items()).hasSize(60)
                .allSatisfy(r -> assertThat(r.category()).isEqualTo("Phones"));
        // A LIKE wildcard typed by the user is searched for literally.
        assertThat(catalogue.findProducts(ProductQuery.firstPage(50).withText("%")).items()).isEmpty();
    }

    @Test
    void pagesThroughASortedListWithPricesAndStock() {
        ProductQuery q = new ProductQuery("bulk", null, null, false, ProductSort.SKU, true, 0, 50);
        Page<ProductRow> first = catalogue.findProducts(q);
        assertThat(first.total()).isEqualTo(120);
        assertThat(first.pageCount()).isEqualTo(3);
        assertThat(first.items().get(0).sku()).isEqualTo("BULK-119");
        Page<ProductRow> last = catalogue.findProducts(q.withPage(2));
        assertThat(last.items()).hasSize(20);
        assertThat(last.items().get(19).sku()).isEqualTo("BULK-000");
        ProductRow row = last.items().get(19);
        assertThat(row.offers()).isEqualTo(2);
        assertThat(row.stock()).isEqualTo(8);
        assertThat(row.lowestPrice()).isEqualByComparingTo("91.00");
    }

    @Test
    void aPageCostsTwoStatementsWhateverItsSize() {
        CountingDataSource counting = new CountingDataSource(db.backend().dataSource());
        CatalogueService counted = new CatalogueService(new Transactions(counting.dataSource(),
                db.backend().sessionFactory()), new CatalogueStore(), new ProductQueries());
        counted.findProducts(new ProductQuery("", null, null, false, ProductSort.CATEGORY, false, 0, 100));
        int large = counting.takeCount();
        // Both pages are full (over 120 products): their rows, then the count.
        counted.findProducts(new ProductQuery("", null, null, false, ProductSort.CATEGORY, false, 0, 10));
        assertThat(counting.takeCount()).isEqualTo(large).isEqualTo(2);
    }

    @Test
    void categoriesAndProducersAreDeletedOnlyWhenUnused() {
        NamedItem empty = catalogue.createCategory("Empty one");
        assertThatThrownBy(() -> catalogue.createCategory("empty ONE"))
                .isInstanceOf(ValidationException.class);
        NamedItem renamed = catalogue.renameCategory(empty.id(), empty.version(), "Renamed");
        assertThat(renamed.name()).isEqualTo("Renamed");
        catalogue.deleteCategory(empty.id());
        assertThat(catalogue.categories()).extracting(NamedItem::name).doesNotContain("Renamed");

        assertThatThrownBy(() -> catalogue.deleteCategory(phones.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("validation.inUse"));
        assertThatThrownBy(() -> catalogue.deleteProducer(acme.id())).isInstanceOf(ValidationException.class);
        List<NamedItem> producers = catalogue.producers();
        assertThat(producers).extracting(NamedItem::name).contains("Acme");
    }

    private static void assertProblem(ProductDraft draft, String field, String key) {
        assertThatThrownBy(() -> catalogue.saveProduct(draft))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.field()).isEqualTo(field);
                            assertThat(p.messageKey()).isEqualTo(key);
                        }));
    }
}
