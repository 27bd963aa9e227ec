package org.shopdesk.data.catalogue;

import org.shopdesk.data.Db;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.shopdesk.domain.catalogue.Category;
import org.shopdesk.domain.catalogue.Producer;
import org.shopdesk.domain.catalogue.Product;
import org.shopdesk.domain.catalogue.ProductDraft;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.NotFoundException;
import org.shopdesk.domain.catalogue.ProductDetails;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.NamedReference;

/** Products, categories and producers as entities, for the Catalogue's edits. */
public final class CatalogueStore {

    public Optional<ProductDetails> details(Db db, long id) {
        Session session = db.session();
        return session.createSelectionQuery("""
                select new org.shopdesk.domain.catalogue.ProductDetails(
                    p.id, p.version, p.sku, p.ean, p.title, p.description,
                    c.id, c.name, pr.id, pr.name, p.archived,
                    p.createdAt, p.createdBy, p.updatedAt, p.updatedBy)
                from Product p join p.category c join p.producer pr
                where p.id = :id""", ProductDetails.class)
                .setParameter("id", id)
                .uniqueResultOptional();
    }

    public Optional<ProductDetails> detailsBySku(Db db, String sku) {
        Session session = db.session();
        return session.createSelectionQuery("select p.id from Product p where p.sku = :sku", Long.class)
                .setParameter("sku", sku)
                .uniqueResultOptional()
                .flatMap(id -> details(db, id));
    }

    public Optional<Product> product(Db db, long id) {
        Session session = db.session();
        return Optional.ofNullable(session.find(Product.class, id));
    }

    public boolean skuTaken(Db db, String sku, Long exceptId) {
        Session session = db.session();
        return session.createSelectionQuery(
                        "select count(*) from Product p where p.sku = :sku and (:except is null or p.id <> :except)",
                        Long.class)
                .setParameter("sku", sku)
                .setParameter("except", exceptId)
                .getSingleResult() > 0;
    }

    public boolean eanTaken(Db db, String ean, Long exceptId) {
        Session session = db.session();
        return session.createSelectionQuery(
                        "select count(*) from Product p where p.ean = :ean and (:except is null or p.id <> :except)",
                        Long.class)
                .setParameter("ean", ean)
                .setParameter("except", exceptId)
                .getSingleResult() > 0;
    }

    /** Whether another row of the same kind has this name, ignoring case (as the unique index does). */
    public boolean nameTaken(Db db, Class<? extends NamedReference> kind, String name, Long exceptId) {
        Session session = db.session();
        return session.createSelectionQuery("select count(*) from " + kind.getSimpleName()
                        + " c where lower(c.name) = lower(:name) and (:except is null or c.id <> :except)", Long.class)
                .setParameter("name", name).setParameter("except", exceptId).getSingleResult() > 0;
    }

    /**
     * Writes the drafted product (new, or the version the user edited) and returns its id.
     * Category and producer are references, not loads: the foreign keys (RESTRICT) decide whether
     * they still exist, in the same statement that writes the product.
     */
    public long saveProduct(Db db, ProductDraft d) {
        Session session = db.session();
        Category category = session.getReference(Category.class, d.categoryId());
        Producer producer = session.getReference(Producer.class, d.producerId());
        Product product = d.isNew() ? new Product(d.sku(), d.title(), category, producer)
                : editable(session.find(Product.class, d.id()), d.id(), d.version());
        product.setSku(d.sku());
        product.setTitle(d.title());
        product.setCategory(category);
        product.setProducer(producer);
        product.setEan(d.ean());
        product.setDescription(d.description());
        if (d.isNew()) {
            session.persist(product);
        }
        session.flush();
        return product.getId();
    }

    public void setArchived(Db db, long id, int version, boolean archived) {
        editable(db.session().find(Product.class, id), id, version).setArchived(archived);
    }

    /** A new category or producer, written at once so that the unique index decides now. */
    public <T extends NamedReference> NamedItem createNamed(Db db, T item) {
        Session session = db.session();
        session.persist(item);
        session.flush();
        return item(item, 0);
    }

    public NamedItem renameNamed(Db db, Class<? extends NamedReference> kind, long id, int version, String name) {
        Session session = db.session();
        NamedReference item = session.find(kind, id);
        if (item == null || item.getVersion() != version) {
            throw new ConcurrentChangeException(kind.getSimpleName() + " " + id, null);
        }
        item.rename(name);
        session.flush();
        return item(item, 0);
    }

    public void deleteNamed(Db db, Class<? extends NamedReference> kind, long id) {
        Session session = db.session();
        session.remove(session.getReference(kind, id));
    }

    private static NamedItem item(NamedReference r, long usage) {
        return new NamedItem(r.getId(), r.getName(), r.getVersion(), usage);
    }

    private static Product editable(Product product, long id, Integer version) {
        if (product == null) {
            throw new NotFoundException("product", id);
        }
        if (version == null || product.getVersion() != version) {
            throw new ConcurrentChangeException("product " + id + " changed since it was read", null);
        }
        return product;
    }
}
