package org.shopdesk.service.party;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shopdesk.data.ConstraintViolation;
import org.shopdesk.data.Db;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.party.CustomerQueries;
import org.shopdesk.data.party.CustomerStore;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.NotFoundException;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.SavedButNotReplicatedException;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.party.CustomerDetails;
import org.shopdesk.domain.party.CustomerDraft;
import org.shopdesk.domain.party.CustomerHistory;
import org.shopdesk.domain.party.CustomerQuery;
import org.shopdesk.domain.party.CustomerRow;
import org.shopdesk.domain.party.DuplicateContactException;

/**
 * The customers' use cases: find anyone as the clerk types, create and edit a customer without
 * ever making the same person twice, read its checks, archive it, delete it while it has no
 * history, and erase its personal data on request. Each method is one transaction.
 */
public final class CustomerService {
    /** The most customers the sale screen's pick list asks for at once. */
    public static final int PICK_MAX = 50;
    public static final int HISTORY_PAGE_MAX = 500;

    private final Transactions tx;
    private final CustomerStore store;
    private final CustomerQueries queries;

    public CustomerService(Transactions tx, CustomerStore store, CustomerQueries queries) {
        this.tx = tx;
        this.store = store;
        this.queries = queries;
    }

    public Page<CustomerRow> findCustomers(CustomerQuery query) {
        return findCustomers(query, Cancellation.none());
    }

    /** A page of the list; cancelling (a newer search replaced it) stops its SQL on the server. */
    public Page<CustomerRow> findCustomers(CustomerQuery query, Cancellation cancellation) {
        return tx.query(db -> queries.page(db, query, cancellation));
    }

    /**
     * For the sale screen: the first {@code limit} (at most {@link #PICK_MAX}) active customers
     * the text finds, by the same rules as the customers list (any part of a name, the start of
     * an e-mail, digits of a phone however typed), ordered by last and first name.
     */
    public List<CustomerRow> findForSale(String text, int limit) {
        if (limit < 1 || limit > PICK_MAX) {
            throw new IllegalArgumentException("limit must be 1.." + PICK_MAX);
        }
        return tx.query(db -> queries.activeMatches(db, text, limit));
    }

    public CustomerDetails customer(long id) {
        return tx.snapshot(db -> queries.details(db, id)).orElseThrow(() -> new NotFoundException("customer", id));
    }

    /** A page of the customer's checks, newest first, with its lifetime totals (one statement). */
    public CustomerHistory history(long customerId, int page, int pageSize) {
        return history(customerId, page, pageSize, Cancellation.none());
    }

    public CustomerHistory history(long customerId, int page, int pageSize, Cancellation cancellation) {
        if (page < 0 || pageSize < 1 || pageSize > HISTORY_PAGE_MAX) {
            throw new IllegalArgumentException("page >= 0 and page size 1.." + HISTORY_PAGE_MAX);
        }
        return tx.query(db -> queries.history(db, customerId, page * pageSize, pageSize, cancellation));
    }

    /**
     * Creates the customer (draft without id) or changes it if nobody else has since. An e-mail
     * or phone another customer has is refused with a {@link DuplicateContactException} naming
     * that customer; the unique indexes decide between two clerks saving at once.
     */
    public CustomerDetails saveCustomer(CustomerDraft draft) {
        List<Problem> problems = CustomerRules.check(draft);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        CustomerDraft d = CustomerRules.normalise(draft);
        long id;
        try {
            id = tx.write(db -> {
                refuseDuplicates(db, d);
                return store.save(db, d);
            });
        } catch (SavedButNotReplicatedException e) {
            throw e.withSaved(customer((Long) e.saved()));
        } catch (ConstraintViolation e) {
            throw translate(e, d);
        }
        return customer(id);
    }

    public CustomerDetails setArchived(long id, int version, boolean archived) {
        CustomerDetails now = customer(id);
        if (now.erased() && !archived) {
            throw new ValidationException(Problem.of(CustomerRules.FIRST_NAME, "customer.erased"));
        }
        try {
            tx.write(db -> {
                store.setArchived(db, id, version, archived);
                return null;
            });
        } catch (SavedButNotReplicatedException e) {
            throw e.withSaved(customer(id));
        }
        return customer(id);
    }

    /**
     * Erases the customer's personal data (152-FZ / GDPR): name, e-mails, phones and notes go, the
     * row and its checks stay, and who erased it and when are recorded. It cannot be undone.
     */
    public CustomerDetails erase(long id, int version) {
        if (customer(id).erased()) {
            throw new ValidationException(Problem.of(CustomerRules.FIRST_NAME, "customer.erased"));
        }
        try {
            tx.write(db -> {
                store.erase(db, id, version);
                return null;
            });
        } catch (SavedButNotReplicatedException e) {
            throw e.withSaved(customer(id));
        }
        return customer(id);
    }

    /** Deletes a customer who never bought anything; one with checks is archived instead. */
    public void delete(long id, int version) {
        CustomerDetails now = customer(id);
        if (now.hasHistory()) {
            throw new ValidationException(Problem.of(CustomerRules.FIRST_NAME, "customer.delete.history",
                    now.totals().checks()));
        }
        try {
            tx.write(db -> {
                store.delete(db, id, version);
                return null;
            });
        } catch (ConstraintViolation e) {
            // A check was recorded for the customer between our look and the delete.
            throw new ValidationException(Problem.of(CustomerRules.FIRST_NAME, "customer.delete.history", 1));
        }
    }

    private void refuseDuplicates(Db db, CustomerDraft d) {
        if (!d.isNew() && store.isErased(db, d.id())) {
            throw new ValidationException(Problem.of(CustomerRules.FIRST_NAME, "customer.erased"));
        }
        Set<String> own = d.isNew() ? Set.of() : new HashSet<>(store.contactValues(db, d.id()));
        for (Contact c : contacts(d)) {
            if (own.contains(c.value())) {
                continue;
            }
            Optional<CustomerStore.Owner> owner = c.phone() ? store.phoneOwner(db, c.value(), d.id())
                    : store.emailOwner(db, c.value(), d.id());
            if (owner.isPresent()) {
                throw duplicate(c, owner.get());
            }
        }
    }

    /** The database's unique index refused a contact: find whose it is now, and say so. */
    private RuntimeException translate(ConstraintViolation e, CustomerDraft d) {
        boolean phone = e.constraintName().contains("contacts_phone_key");
        if (!phone && !e.constraintName().contains("contacts_email_key")) {
            return e;
        }
        for (Contact c : contacts(d)) {
            if (c.phone() != phone) {
                continue;
            }
            Optional<CustomerStore.Owner> owner = tx.read(db -> c.phone() ? store.phoneOwner(db, c.value(), d.id())
                    : store.emailOwner(db, c.value(), d.id()));
            if (owner.isPresent()) {
                return duplicate(c, owner.get());
            }
        }
        return new ValidationException(Problem.of(phone ? CustomerRules.PHONE : CustomerRules.EMAIL,
                phone ? "customer.phone.taken.meanwhile" : "customer.email.taken.meanwhile"));
    }

    private static DuplicateContactException duplicate(Contact c, CustomerStore.Owner owner) {
        return new DuplicateContactException(c.field(), c.phone() ? "customer.phone.taken" : "customer.email.taken",
                c.value(), owner.id(), owner.name());
    }

    private record Contact(String field, String value, boolean phone) {
    }

    private static List<Contact> contacts(CustomerDraft d) {
        List<Contact> all = new ArrayList<>();
        if (d.email() != null) {
            all.add(new Contact(CustomerRules.EMAIL, d.email(), false));
        }
        d.otherEmails().forEach(e -> all.add(new Contact(CustomerRules.OTHER_EMAILS, e, false)));
        if (d.phone() != null) {
            all.add(new Contact(CustomerRules.PHONE, d.phone(), true));
        }
        d.otherPhones().forEach(p -> all.add(new Contact(CustomerRules.OTHER_PHONES, p, true)));
        return all;
    }
}
