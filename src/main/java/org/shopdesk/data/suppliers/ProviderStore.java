package org.shopdesk.data.suppliers;

import java.util.Optional;
import org.hibernate.Session;
import org.shopdesk.data.Db;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.NotFoundException;
import org.shopdesk.domain.party.Provider;
import org.shopdesk.domain.party.ProviderDetails;
import org.shopdesk.domain.party.ProviderDraft;

/** Providers as entities, for the provider form's edits, archive and delete. */
public final class ProviderStore {

    public Optional<ProviderDetails> details(Db db, long id) {
        Provider p = db.session().find(Provider.class, id);
        if (p == null) {
            return Optional.empty();
        }
        return Optional.of(new ProviderDetails(p.getId(), p.getVersion(), p.getName(), p.getLegalName(), p.getInn(),
                p.getKpp(), p.getContactPerson(), p.getEmail(), p.getPhone(), p.getAddress(), p.getWebsite(),
                p.getNotes(), p.isArchived(), hasHistory(db, id), p.getCreatedAt(), p.getCreatedBy(),
                p.getUpdatedAt(), p.getUpdatedBy()));
    }

    /** Another provider with this name, compared as the unique index compares (ignoring case). */
    public Optional<NamedItem> nameOwner(Db db, String name, Long exceptId) {
        return owner(db, "lower(p.name) = lower(:value)", name, exceptId);
    }

    /** Another provider with this INN. */
    public Optional<NamedItem> innOwner(Db db, String inn, Long exceptId) {
        return owner(db, "p.inn = :value", inn, exceptId);
    }

    private static Optional<NamedItem> owner(Db db, String condition, String value, Long exceptId) {
        Session session = db.session();
        // The condition is one of this class's own constants, never user input.
        return session.createSelectionQuery("select p.id, p.name, p.version from Provider p where " + condition
                        + " and (:except is null or p.id <> :except) order by p.id", Object[].class)
                .setParameter("value", value)
                .setParameter("except", exceptId)
                .setMaxResults(1)
                .uniqueResultOptional()
                .map(row -> new NamedItem((Long) row[0], (String) row[1], (Integer) row[2], 0));
    }

    /**
     * Writes the drafted provider (new, or the version the user edited) and returns its id. The
     * version is compared here for a clear answer, and again by Hibernate's versioned UPDATE
     * for an edit that commits between our read and our write.
     */
    public long save(Db db, ProviderDraft d) {
        Session session = db.session();
        Provider provider = d.isNew() ? new Provider(d.name())
                : editable(session.find(Provider.class, d.id()), d.id(), d.version());
        provider.apply(d);
        if (d.isNew()) {
            session.persist(provider);
        }
        session.flush();
        return provider.getId();
    }

    public void setArchived(Db db, long id, int version, boolean archived) {
        Session session = db.session();
        editable(session.find(Provider.class, id), id, version).setArchived(archived);
        session.flush();
    }

    public void delete(Db db, long id, int version) {
        Session session = db.session();
        session.remove(editable(session.find(Provider.class, id), id, version));
        session.flush();
    }

    /**
     * Whether anything refers to the provider: prices (current or past), stock (a balance row,
     * even at zero, or its journal), checks, or summed sales. Then it is archived, never deleted;
     * the foreign keys (RESTRICT) would refuse the delete anyway.
     */
    public boolean hasHistory(Db db, long id) {
        return db.session().createNativeQuery("""
                SELECT EXISTS (SELECT 1 FROM price WHERE provider_id = :id)
                    OR EXISTS (SELECT 1 FROM stock_goods WHERE provider_id = :id)
                    OR EXISTS (SELECT 1 FROM stock_movement WHERE provider_id = :id)
                    OR EXISTS (SELECT 1 FROM purchase WHERE provider_id = :id)
                    OR EXISTS (SELECT 1 FROM sales_day_provider WHERE provider_id = :id)""", Boolean.class)
                .setParameter("id", id)
                .getSingleResult();
    }

    private static Provider editable(Provider provider, long id, Integer version) {
        if (provider == null) {
            throw new NotFoundException("provider", id);
        }
        if (version == null || provider.getVersion() != version) {
            throw new ConcurrentChangeException("provider " + id + " changed since it was read", null);
        }
        return provider;
    }
}
