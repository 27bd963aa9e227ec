package org.shopdesk.service.suppliers;

import java.util.List;
import java.util.Optional;
import org.shopdesk.data.ConstraintViolation;
import org.shopdesk.data.Db;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.suppliers.ProviderQueries;
import org.shopdesk.data.suppliers.ProviderStore;
import org.shopdesk.domain.common.AlreadyTakenException;
import org.shopdesk.domain.common.Cancellation;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.NotFoundException;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.SavedButNotReplicatedException;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.party.ProviderCheck;
import org.shopdesk.domain.party.ProviderDetails;
import org.shopdesk.domain.party.ProviderDraft;
import org.shopdesk.domain.party.ProviderOffer;
import org.shopdesk.domain.party.ProviderQuery;
import org.shopdesk.domain.party.ProviderRow;
import org.shopdesk.domain.party.ProviderStock;
import org.shopdesk.domain.party.ProviderTabQuery;
import org.shopdesk.service.common.IdempotentWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Suppliers use cases: the providers list with its figures, a provider's card (create, edit,
 * archive, delete) and its read-only tabs. Each method is one transaction over plain records.
 */
public final class SupplierService {
    private static final Logger LOG = LoggerFactory.getLogger(SupplierService.class);

    private final Transactions tx;
    private final ProviderStore store;
    private final ProviderQueries queries;
    private final IdempotentWrite retry;

    public SupplierService(Transactions tx, ProviderStore store, ProviderQueries queries) {
        this(tx, store, queries, new IdempotentWrite(IdempotentWrite.Policy.DEFAULT));
    }

    public SupplierService(Transactions tx, ProviderStore store, ProviderQueries queries, IdempotentWrite retry) {
        this.tx = tx;
        this.store = store;
        this.queries = queries;
        this.retry = retry;
    }

    public Page<ProviderRow> findProviders(ProviderQuery query) {
        return findProviders(query, Cancellation.none());
    }

    /**
     * A page of the list; cancelling (a newer search replaced it) stops its SQL on the server.
     * When the stock figures' changes have grown, they are folded into the sum first: a short
     * write of its own, so the page itself stays a read.
     */
    public Page<ProviderRow> findProviders(ProviderQuery query, Cancellation cancellation) {
        if (tx.query(queries::figuresDue)) {
            try {
                tx.writeSql(queries::foldFigures);
            } catch (RuntimeException e) {
                // The list is right without the fold, only slower to read: a fold that could not run
                // now (a long price import held its lock, the standby did not confirm it) waits for
                // the next look.
                LOG.warn("Suppliers' stock figures not folded now: {}", e.getMessage());
            }
        }
        return tx.query(db -> queries.page(db, query, cancellation));
    }

    public ProviderDetails provider(long id) {
        return tx.read(db -> store.details(db, id)).orElseThrow(() -> new NotFoundException("provider", id));
    }

    public Page<ProviderOffer> offers(ProviderTabQuery query) {
        return offers(query, Cancellation.none());
    }

    public Page<ProviderOffer> offers(ProviderTabQuery query, Cancellation cancellation) {
        return tx.query(db -> queries.offers(db, query, cancellation));
    }

    public Page<ProviderStock> stock(ProviderTabQuery query) {
        return stock(query, Cancellation.none());
    }

    public Page<ProviderStock> stock(ProviderTabQuery query, Cancellation cancellation) {
        return tx.query(db -> queries.stock(db, query, cancellation));
    }

    public Page<ProviderCheck> sales(ProviderTabQuery query) {
        return sales(query, Cancellation.none());
    }

    public Page<ProviderCheck> sales(ProviderTabQuery query, Cancellation cancellation) {
        return tx.query(db -> queries.sales(db, query, cancellation));
    }

    /**
     * Creates the provider (draft without id) or changes it if nobody else has since
     * ({@link org.shopdesk.domain.common.ConcurrentChangeException} otherwise). A name or INN
     * another provider has is refused with {@link AlreadyTakenException} naming that provider.
     * While the database is unreachable it tries again for a few seconds; a save that landed
     * before the connection broke is recognised by its content, never made twice.
     */
    public ProviderDetails saveProvider(ProviderDraft draft) {
        List<Problem> problems = ProviderRules.check(draft);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        ProviderDraft d = ProviderRules.normalise(draft);
        return retry.run(() -> write(d), () -> landed(d));
    }

    private ProviderDetails write(ProviderDraft d) {
        long id;
        try {
            id = tx.write(db -> {
                refuseTaken(db, d);
                return store.save(db, d);
            });
        } catch (SavedButNotReplicatedException e) {
            throw e.withSaved(provider((Long) e.saved()));
        } catch (ConstraintViolation e) {
            throw translate(e, d);
        }
        return provider(id);
    }

    private void refuseTaken(Db db, ProviderDraft d) {
        Optional<NamedItem> byName = store.nameOwner(db, d.name(), d.id());
        if (byName.isPresent()) {
            throw nameTaken(byName.get());
        }
        if (d.inn() != null) {
            Optional<NamedItem> byInn = store.innOwner(db, d.inn(), d.id());
            if (byInn.isPresent()) {
                throw innTaken(d.inn(), byInn.get());
            }
        }
    }

    /** The saved provider if {@code d} is already in the database exactly as drafted. */
    private Optional<ProviderDetails> landed(ProviderDraft d) {
        Optional<ProviderDetails> now = d.isNew()
                ? tx.read(db -> store.nameOwner(db, d.name(), null)).flatMap(owner -> tx.read(db -> store.details(db, owner.id())))
                : tx.read(db -> store.details(db, d.id())).filter(p -> d.version() != null && p.version() == d.version() + 1);
        return now.filter(p -> p.toDraft().equals(new ProviderDraft(p.id(), p.version(), d.name(), d.legalName(), d.inn(),
                d.kpp(), d.contactPerson(), d.email(), d.phone(), d.address(), d.website(), d.notes())));
    }

    /** Archives the provider (it leaves new sales, keeps its history) or brings it back. */
    public ProviderDetails setArchived(long id, int version, boolean archived) {
        try {
            tx.write(db -> {
                store.setArchived(db, id, version, archived);
                return null;
            });
        } catch (SavedButNotReplicatedException e) {
            throw e.withSaved(provider(id));
        }
        return provider(id);
    }

    /**
     * Deletes a provider without history. One with prices, stock or sales is refused (archive it
     * instead); if such history arrives between the check and the delete, the foreign keys refuse.
     */
    public void deleteProvider(long id, int version) {
        try {
            tx.write(db -> {
                if (store.hasHistory(db, id)) {
                    throw hasHistory(db, id);
                }
                store.delete(db, id, version);
                return null;
            });
        } catch (ConstraintViolation e) {
            throw tx.read(db -> hasHistory(db, id));
        }
    }

    private ValidationException hasHistory(Db db, long id) {
        String name = store.details(db, id).map(ProviderDetails::name).orElse("#" + id);
        return new ValidationException(Problem.of(ProviderRules.NAME, "supplier.validation.hasHistory", name));
    }

    private static AlreadyTakenException nameTaken(NamedItem owner) {
        return new AlreadyTakenException(Problem.of(ProviderRules.NAME, "supplier.validation.nameTaken", owner.name()),
                owner.id(), owner.name());
    }

    private static AlreadyTakenException innTaken(String inn, NamedItem owner) {
        return new AlreadyTakenException(Problem.of(ProviderRules.INN, "supplier.validation.innTaken", inn, owner.name()),
                owner.id(), owner.name());
    }

    /**
     * The database refused what the rules let through: someone took the name or INN between our
     * look and our write (the unique indexes decide), or a client older than these rules. Each
     * constraint of V4 maps to its field.
     */
    private RuntimeException translate(ConstraintViolation e, ProviderDraft d) {
        String constraint = e.constraintName();
        if (constraint.equals("provider_name_key")) {
            return tx.read(db -> store.nameOwner(db, d.name(), d.id())).<RuntimeException>map(SupplierService::nameTaken)
                    .orElse(e);
        }
        if (constraint.equals("provider_inn_key")) {
            return tx.read(db -> store.innOwner(db, d.inn(), d.id())).<RuntimeException>map(o -> innTaken(d.inn(), o))
                    .orElse(e);
        }
        String field = switch (constraint) {
            case "provider_name_check" -> ProviderRules.NAME;
            case "provider_legal_name_check" -> ProviderRules.LEGAL_NAME;
            case "provider_inn_check" -> ProviderRules.INN;
            case "provider_kpp_check", "provider_kpp_needs_org_inn" -> ProviderRules.KPP;
            case "provider_contact_person_check" -> ProviderRules.CONTACT_PERSON;
            case "provider_email_check" -> ProviderRules.EMAIL;
            case "provider_phone_check" -> ProviderRules.PHONE;
            case "provider_address_check" -> ProviderRules.ADDRESS;
            case "provider_website_check" -> ProviderRules.WEBSITE;
            case "provider_notes_check" -> ProviderRules.NOTES;
            default -> null;
        };
        return field == null ? e : new ValidationException(Problem.of(field, "supplier.validation.refused"));
    }
}
