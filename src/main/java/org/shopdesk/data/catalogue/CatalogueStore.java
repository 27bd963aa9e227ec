package org.shopdesk.data.catalogue;

import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.shopdesk.domain.catalogue.Product;
import org.shopdesk.domain.catalogue.ProductDetails;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.NamedReference;

/** Products, categories and producers as entities, for the Catalogue's edits. */
public final class CatalogueStore {

    public Optional<ProductDetails> details(Session session, long id) {
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

    public Optional<ProductDetails> detailsBySku(Session session, String sku) {
        return session.createSelectionQuery("select p.id from Product p where p.sku = :sku", Long.class)
                .setParameter("sku", sku)
                .uniqueResultOptional()
                .flatMap(id -> details(session, id));
    }

    public Optional<Product> product(Session session, long id) {
        return Optional.ofNullable(session.find(Product.class, id));
    }

    public boolean skuTaken(Session session, String sku, Long exceptId) {
        return session.createSelectionQuery(
                        "select count(*) from Product p where p.sku = :sku and (:except is null or p.id <> :except)",
                        Long.class)
                .setParameter("sku", sku)
                .setParameter("except", exceptId)
                .getSingleResult() > 0;
    }

    public boolean eanTaken(Session session, String ean, Long exceptId) {
        return session.createSelectionQuery(
                        "select count(*) from Product p where p.ean = :ean and (:except is null or p.id <> :except)",
                        Long.class)
                .setParameter("ean", ean)
                .setParameter("except", exceptId)
                .getSingleResult() > 0;
    }

    /** Whether another row of the same kind has this name, ignoring case (as the unique index does). */
    public boolean nameTaken(Session session, Class<? extends NamedReference> kind, String name, Long exceptId) {
        return session.createSelectionQuery("select count(*) from " + kind.getSimpleName()
                        + " c where lower(c.name) = lower(:name) and (:except is null or c.id <> :except)", Long.class)
                .setParameter("name", name).setParameter("except", exceptId).getSingleResult() > 0;
    }

    public NamedItem item(NamedReference r, long usage) {
        return new NamedItem(r.getId(), r.getName(), r.getVersion(), usage);
    }
}
