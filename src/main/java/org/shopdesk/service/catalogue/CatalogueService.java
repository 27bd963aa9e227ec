package org.shopdesk.service.catalogue;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.shopdesk.data.ConstraintViolation;
import org.shopdesk.data.Db;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.catalogue.CatalogueStore;
import org.shopdesk.data.catalogue.ProductQueries;
import org.shopdesk.domain.catalogue.Category;
import org.shopdesk.domain.catalogue.Producer;
import org.shopdesk.domain.catalogue.Product;
import org.shopdesk.domain.catalogue.ProductDetails;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.catalogue.ProductQuery;
import org.shopdesk.domain.catalogue.ProductRow;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.NamedReference;
import org.shopdesk.domain.common.NotFoundException;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.SavedButNotReplicatedException;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.service.common.IdempotentWrite;

/**
 * The Catalogue's use cases: find products, create and edit them, archive them, and keep the
 * categories and producers they refer to. Each method is one transaction; it takes and returns
 * plain records.
 */
public final class CatalogueService {
    private final Transactions tx;
    private final CatalogueStore store;
    private final ProductQueries queries;
    private final IdempotentWrite retry;

    public CatalogueService(Transactions tx, CatalogueStore store, ProductQueries queries) {
        this(tx, store, queries, new IdempotentWrite(IdempotentWrite.Policy.DEFAULT));
    }

    public CatalogueService(Transactions tx, CatalogueStore store, ProductQueries queries, IdempotentWrite retry) {
        this.tx = tx;
        this.store = store;
        this.queries = queries;
        this.retry = retry;
    }

    public Page<ProductRow> findProducts(ProductQuery query) {
        return findProducts(query, Cancellation.none());
    }

    /** A page of the list; cancelling (a newer search replaced it) stops its SQL on the server. */
    public Page<ProductRow> findProducts(ProductQuery query, Cancellation cancellation) {
        return tx.query(db -> queries.page(db, query, cancellation));
    }

    public ProductDetails product(long id) {
        return tx.read(db -> store.details(db, id))
                .orElseThrow(() -> new NotFoundException("product", id));
    }

    /**
     * Creates the product (draft without id) or changes it if nobody else has since. While the
     * database is unreachable (a failover) it tries again for a few seconds; a save that landed
     * before the connection broke is recognised by its SKU and content, never made twice.
     */
    public ProductDetails saveProduct(ProductDraft draft) {
        List<Problem> problems = ProductRules.check(draft);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ProductDraft d = ProductRules.normalise(draft);
        return retry.run(() -> writeProduct(d), () -> landed(d));
    }

    /** The saved product if {@code d} is already in the database exactly as drafted. */
    private Optional<ProductDetails> landed(ProductDraft d) {
        Optional<ProductDetails> now = d.isNew()
                ? tx.read(db -> store.detailsBySku(db, d.sku()))
                : tx.read(db -> store.details(db, d.id()))
                        .filter(p -> d.version() != null && p.version() == d.version() + 1);
        return now.filter(p -> p.sku().equals(d.sku()) && Objects.equals(p.ean(), d.ean())
                && p.title().equals(d.title()) && Objects.equals(p.description(), d.description())
                && Objects.equals(p.categoryId(), d.categoryId()) && Objects.equals(p.producerId(), d.producerId()));
    }

    private ProductDetails writeProduct(ProductDraft d) {
        long id;
        try {
            id = tx.write(db -> storeProduct(db, d));
        } catch (SavedButNotReplicatedException e) {
            throw e.withSaved(product((Long) e.saved()));
        } catch (ConstraintViolation e) {
            throw translate(e, d);
        }
        return product(id);
    }

    private long storeProduct(Db db, ProductDraft d) {
        if (store.skuTaken(db, d.sku(), d.id())) {
            throw new ValidationException(Problem.of(ProductRules.SKU, "validation.sku.taken", d.sku()));
        }
        if (d.ean() != null && store.eanTaken(db, d.ean(), d.id())) {
            throw new ValidationException(Problem.of(ProductRules.EAN, "validation.ean.taken", d.ean()));
        }
        return store.saveProduct(db, d);
    }

    public ProductDetails setArchived(long id, int version, boolean archived) {
        try {
            tx.write(db -> {
                store.setArchived(db, id, version, archived);
                return null;
            });
        } catch (SavedButNotReplicatedException e) {
            throw e.withSaved(product(id));
        }
        return product(id);
    }

    public List<NamedItem> categories() {
        return tx.query(queries::categories);
    }

    public List<NamedItem> producers() {
        return tx.query(queries::producers);
    }

    public NamedItem createCategory(String name) {
        return createNamed(Category.class, name, Category.NAME_MAX, Category::new);
    }

    public NamedItem renameCategory(long id, int version, String name) {
        return renameNamed(Category.class, id, version, name, Category.NAME_MAX);
    }

    /** Deletes an unused category; one that products use is refused with how many use it. */
    public void deleteCategory(long id) {
        deleteNamed(Category.class, id, categories());
    }

    public NamedItem createProducer(String name) {
        return createNamed(Producer.class, name, Producer.NAME_MAX, Producer::new);
    }

    public NamedItem renameProducer(long id, int version, String name) {
        return renameNamed(Producer.class, id, version, name, Producer.NAME_MAX);
    }

    public void deleteProducer(long id) {
        deleteNamed(Producer.class, id, producers());
    }

    private <T extends NamedReference> NamedItem createNamed(Class<T> kind, String name, int max,
                                                             java.util.function.Function<String, T> create) {
        String n = checkedName(name, max);
        return withNameGuard(n, () -> tx.write(db -> {
            if (store.nameTaken(db, kind, n, null)) {
                throw nameTaken(n);
            }
            return store.createNamed(db, create.apply(n));
        }));
    }

    private NamedItem renameNamed(Class<? extends NamedReference> kind, long id, int version, String name, int max) {
        String n = checkedName(name, max);
        return withNameGuard(n, () -> tx.write(db -> {
            if (store.nameTaken(db, kind, n, id)) {
                throw nameTaken(n);
            }
            return store.renameNamed(db, kind, id, version, n);
        }));
    }

    private void deleteNamed(Class<? extends NamedReference> kind, long id, List<NamedItem> current) {
        NamedItem item = current.stream().filter(i -> i.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException(kind.getSimpleName(), id));
        if (item.inUse()) {
            throw new ValidationException(Problem.of("name", "validation.inUse", item.name(), item.usage()));
        }
        try {
            tx.write(db -> {
                store.deleteNamed(db, kind, id);
                return null;
            });
        } catch (ConstraintViolation e) {
            // A product took it between our check and the delete: the foreign key decided.
            throw new ValidationException(Problem.of("name", "validation.inUse", item.name(), 1));
        }
    }

    private static String checkedName(String name, int max) {
        ProductRules.checkName(name, max).ifPresent(p -> {
            throw new ValidationException(p);
        });
        return name.strip();
    }

    private static ValidationException nameTaken(String name) {
        return new ValidationException(Problem.of("name", "validation.name.taken", name));
    }

    private static NamedItem withNameGuard(String name, java.util.function.Supplier<NamedItem> write) {
        try {
            return write.get();
        } catch (ConstraintViolation e) {
            // Two people adding the same name at once: the unique index decides.
            throw nameTaken(name);
        }
    }

    private static RuntimeException translate(ConstraintViolation e, ProductDraft d) {
        String name = e.constraintName();
        if (name.contains("products_sku_key")) {
            return new ValidationException(Problem.of(ProductRules.SKU, "validation.sku.taken", d.sku()));
        }
        if (name.contains("products_ean_key")) {
            return new ValidationException(Problem.of(ProductRules.EAN, "validation.ean.taken", d.ean()));
        }
        if (name.contains("products_category_id_fkey")) {
            return new ValidationException(Problem.of(ProductRules.CATEGORY, "validation.gone"));
        }
        if (name.contains("products_producer_id_fkey")) {
            return new ValidationException(Problem.of(ProductRules.PRODUCER, "validation.gone"));
        }
        return e;
    }
}
