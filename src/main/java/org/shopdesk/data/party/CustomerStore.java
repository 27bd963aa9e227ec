package org.shopdesk.data.party;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.LockMode;
import org.hibernate.Session;
import org.shopdesk.data.Db;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.NotFoundException;
import org.shopdesk.domain.party.Contacts;
import org.shopdesk.domain.party.Customer;
import org.shopdesk.domain.party.CustomerDraft;

/**
 * Customers and their contacts as entities, for the form's edits. A customer's contacts are
 * written in an order the unique indexes allow whatever moved where: the other rows go first,
 * then the primary row is changed, then the other rows are written anew.
 */
public final class CustomerStore {

    /** Who owns an e-mail or phone: the customer's id and its name as the list shows it. */
    public record Owner(long id, String name) {
    }

    /** The customer (other than {@code exceptId}) that has this e-mail (kept in lower case). */
    public Optional<Owner> emailOwner(Db db, String email, Long exceptId) {
        return owner(db, "k.email = :value", email, exceptId);
    }

    /** The customer (other than {@code exceptId}) that has this phone (E.164). */
    public Optional<Owner> phoneOwner(Db db, String phone, Long exceptId) {
        return owner(db, "k.phone = :value", phone, exceptId);
    }

    private Optional<Owner> owner(Db db, String condition, String value, Long exceptId) {
        return db.session().createSelectionQuery("select c.id, c.name, c.lastName from Contacts k join k.customer c where "
                        + condition + " and (:except is null or c.id <> :except) order by k.id", Object[].class)
                .setParameter("value", value)
                .setParameter("except", exceptId)
                .setMaxResults(1)
                .uniqueResultOptional()
                .map(r -> new Owner((Long) r[0], r[2] == null ? (String) r[1] : r[1] + " " + r[2]));
    }

    public boolean isErased(Db db, long customerId) {
        Customer customer = db.session().find(Customer.class, customerId);
        if (customer == null) {
            throw new NotFoundException("customer", customerId);
        }
        return customer.getErasedAt() != null;
    }

    /** E-mails and phones the customer has now (a number it already has is not a new duplicate). */
    public List<String> contactValues(Db db, long customerId) {
        List<String> values = new ArrayList<>();
        for (Contacts k : contacts(db.session(), customerId)) {
            if (k.getEmail() != null) {
                values.add(k.getEmail());
            }
            if (k.getPhone() != null) {
                values.add(k.getPhone());
            }
        }
        return values;
    }

    /** Writes the drafted customer (new, or the version the user edited) and returns its id. */
    public long save(Db db, CustomerDraft d) {
        Session session = db.session();
        Customer customer;
        if (d.isNew()) {
            customer = new Customer(d.firstName(), d.lastName(), null);
            customer.setNotes(d.notes());
            session.persist(customer);
            session.flush();
        } else {
            customer = editable(session, d.id(), d.version());
            // A change of contacts alone is a change of the customer: the next editor must see it.
            session.lock(customer, LockMode.PESSIMISTIC_FORCE_INCREMENT);
            customer.setName(d.firstName());
            customer.setLastName(d.lastName());
            customer.setNotes(d.notes());
        }
        Contacts primary = customer.getContact();
        Long primaryId = primary == null ? null : primary.getId();
        for (Contacts k : contacts(session, customer.getId())) {
            if (!k.getId().equals(primaryId)) {
                session.remove(k);
            }
        }
        session.flush();
        if (d.email() == null && d.phone() == null) {
            if (primary != null) {
                customer.setContact(null);
                session.flush();
                session.remove(primary);
            }
        } else if (primary == null) {
            primary = new Contacts(customer, d.email(), d.phone());
            session.persist(primary);
            session.flush();
            customer.setContact(primary);
        } else {
            primary.setEmail(d.email());
            primary.setPhone(d.phone());
        }
        session.flush();
        for (String email : d.otherEmails()) {
            session.persist(new Contacts(customer, email, null));
        }
        for (String phone : d.otherPhones()) {
            session.persist(new Contacts(customer, null, phone));
        }
        session.flush();
        return customer.getId();
    }

    public void setArchived(Db db, long id, int version, boolean archived) {
        Customer customer = editable(db.session(), id, version);
        customer.setArchived(archived);
        db.session().flush();
    }

    /**
     * Anonymises the customer for good: the contacts rows go, the name becomes "#id", and the
     * database session's user and time are recorded. Its checks stay, pointing at the same row.
     */
    public void erase(Db db, long id, int version) {
        Session session = db.session();
        Customer customer = editable(session, id, version);
        Object[] whoWhen = session.createNativeQuery("SELECT session_user, now()", Object[].class).getSingleResult();
        removeContacts(session, customer);
        customer.erase((String) whoWhen[0], instant(whoWhen[1]));
        session.flush();
    }

    /** Deletes a customer without checks; purchase's foreign key (RESTRICT) refuses any other. */
    public void delete(Db db, long id, int version) {
        Session session = db.session();
        Customer customer = editable(session, id, version);
        removeContacts(session, customer);
        session.remove(customer);
        session.flush();
    }

    private static void removeContacts(Session session, Customer customer) {
        customer.setContact(null);
        session.flush();
        for (Contacts k : contacts(session, customer.getId())) {
            session.remove(k);
        }
        session.flush();
    }

    private static List<Contacts> contacts(Session session, long customerId) {
        return session.createSelectionQuery("from Contacts k where k.customer.id = :id order by k.id", Contacts.class)
                .setParameter("id", customerId)
                .getResultList();
    }

    private static Customer editable(Session session, long id, Integer version) {
        Customer customer = session.find(Customer.class, id);
        if (customer == null) {
            throw new NotFoundException("customer", id);
        }
        if (version == null || customer.getVersion() != version) {
            throw new ConcurrentChangeException("customer " + id + " changed since it was read", null);
        }
        return customer;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("now() returned " + value);
    }
}
