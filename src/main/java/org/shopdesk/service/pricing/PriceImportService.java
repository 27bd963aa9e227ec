package org.shopdesk.service.pricing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import org.shopdesk.data.ConstraintViolation;
import org.shopdesk.data.CopyTable;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.pricing.PriceImportStore;
import org.shopdesk.data.pricing.PriceListProfileStore;
import org.shopdesk.data.pricing.PriceWriter;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.NotFoundException;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.pricing.ImportListener;
import org.shopdesk.domain.pricing.ImportOptions;
import org.shopdesk.domain.pricing.ImportPreview;
import org.shopdesk.domain.pricing.ImportRow;
import org.shopdesk.domain.pricing.ImportSummary;
import org.shopdesk.domain.pricing.ParsedPriceList;
import org.shopdesk.domain.pricing.ParsedRow;
import org.shopdesk.domain.pricing.PriceImportResult;
import org.shopdesk.domain.pricing.PriceListRow;
import org.shopdesk.domain.pricing.PriceListSettings;
import org.shopdesk.service.catalogue.ProductRules;

/**
 * Purchasing staff's price-list import: a provider's file read ({@link PriceListReader}), matched
 * to products and compared with the provider's prices (the preview: new, changed, unchanged,
 * errors with their reasons, and the offers the list no longer has), then applied in one
 * transaction. A changed price closes the current one (kept as history, past sales keep pointing
 * at it) and opens the new one; an unchanged price is left alone, so the same file twice changes
 * nothing the second time; while any row is in error nothing is written unless the bad rows are
 * explicitly skipped. How the file was read is remembered as the provider's profile.
 */
public final class PriceImportService {
    public static final String LIST = "priceList";
    public static final int MAX_ROWS = 200_000;
    private static final int SHOWN_PROBLEMS = 10;
    /** The messages of {@link org.shopdesk.domain.pricing.ImportProblem}s: this prefix and the problem's name. */
    public static final String PROBLEM_KEYS = "prices.problem.";

    private final Transactions tx;
    private final PriceImportStore store;
    private final PriceWriter writer;
    private final PriceListProfileStore profiles;
    private final PriceListReader reader = new PriceListReader();

    public PriceImportService(Transactions tx, PriceImportStore store, PriceWriter writer, PriceListProfileStore profiles) {
        this.tx = tx;
        this.store = store;
        this.writer = writer;
        this.profiles = profiles;
    }

    /** Reads a file with these settings (null encoding, delimiter or decimal separator: detected). Writes nothing. */
    public ParsedPriceList read(String fileName, byte[] content, PriceListSettings settings, ImportListener listener) {
        ParsedPriceList list = reader.read(fileName, content, settings, listener);
        if (list.rows().isEmpty()) {
            throw new ValidationException(Problem.of(LIST, "validation.priceList.empty"));
        }
        if (list.rows().size() > MAX_ROWS) {
            throw new ValidationException(Problem.of(LIST, "validation.priceList.tooLong", MAX_ROWS));
        }
        return list;
    }

    /** Reads a file from disk; see {@link #read(String, byte[], PriceListSettings, ImportListener)}. */
    public ParsedPriceList read(java.nio.file.Path file, PriceListSettings settings, ImportListener listener) {
        return read(file.getFileName().toString(), bytes(file), settings, listener);
    }

    /** The columns of a file on disk, for mapping them. */
    public List<String> columns(java.nio.file.Path file, PriceListSettings settings) {
        return reader.columns(file.getFileName().toString(), bytes(file), settings);
    }

    private static byte[] bytes(java.nio.file.Path file) {
        try {
            return java.nio.file.Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new ValidationException(Problem.of(PriceListReader.FILE, "prices.validation.unreadable", e.getMessage()));
        }
    }

    /** The columns of a file, for mapping them. */
    public List<String> columns(String fileName, byte[] content, PriceListSettings settings) {
        return reader.columns(fileName, content, settings);
    }

    /** How this provider's lists were read last time, if they ever were. */
    public Optional<PriceListSettings> profile(long providerId) {
        return tx.read(db -> profiles.profile(db, providerId));
    }

    public void saveProfile(long providerId, PriceListSettings settings) {
        tx.write(db -> {
            profiles.saveProfile(db, providerId, settings);
            return null;
        });
    }

    /** The provider named (ignoring case) or with this INN; refused when none or several match. */
    public NamedItem provider(String nameOrInn) {
        List<NamedItem> found = tx.query(db -> profiles.providersByNameOrInn(db, nameOrInn));
        if (found.isEmpty()) {
            throw new NotFoundException("provider", nameOrInn);
        }
        if (found.size() > 1) {
            throw new ValidationException(Problem.of("provider", "prices.validation.providerAmbiguous", nameOrInn));
        }
        return found.get(0);
    }

    /** The list compared with the provider's prices now, row by row. Writes nothing. */
    public ImportPreview preview(long providerId, ParsedPriceList list, ImportListener listener) {
        return guarded(() -> tx.writeSql(db -> {
            Instant now = store.prepare(db, writer, providerId, list.rows(), matching(listener, list.rows().size()));
            int[] counts = store.counts(db);
            List<ImportRow> rows = store.rows(db);
            ImportPreview preview = new ImportPreview(providerId, rows, store.missing(db, providerId, now),
                    counts[0], counts[1], counts[2], counts[3]);
            // Its scratch tables go at commit; a preview writes nothing else.
            return preview;
        }));
    }

    /**
     * Applies the list in one transaction and returns what it did. Refused, with nothing written,
     * while a row is in error unless {@code options.skipBadRows()}; with {@code closeMissing} the
     * provider's offers the list does not name are ended. Cancelling (the listener) rolls it all back.
     */
    public ImportSummary apply(long providerId, ParsedPriceList list, ImportOptions options, ImportListener listener) {
        return guarded(() -> tx.writeSql(db -> {
            Instant now = store.prepare(db, writer, providerId, list.rows(), matching(listener, list.rows().size()));
            int[] counts = store.counts(db);
            if (counts[3] > 0 && !options.skipBadRows()) {
                throw new ValidationException(errorProblems(store.rows(db)));
            }
            writer.begin(db);
            int closed = store.stage(db, providerId, now, options.closeMissing());
            checkCancelled(listener);
            listener.progress(ImportListener.Phase.APPLYING, 0, 1);
            writer.apply(db, providerId, now);
            checkCancelled(listener);
            listener.progress(ImportListener.Phase.APPLYING, 1, 1);
            return new ImportSummary(counts[0], counts[1], counts[2], counts[3], closed);
        }));
    }

    /** The earlier API: rows by SKU, applied strictly (any bad row changes nothing). */
    public PriceImportResult importPrices(long providerId, List<PriceListRow> rows) {
        List<Problem> problems = check(rows);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        List<ParsedRow> parsed = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            PriceListRow r = rows.get(i);
            parsed.add(ParsedRow.of(i + 1, r.sku(), r.value(), r.currency()));
        }
        ParsedPriceList list = new ParsedPriceList("", List.of(), parsed, null, null, false, null, List.of());
        ImportSummary s = apply(providerId, list, ImportOptions.STRICT, ImportListener.NONE);
        return new PriceImportResult(s.changed(), s.added(), s.unchanged());
    }

    /** Hears the rows loaded and stops the import when the user cancels. */
    private static CopyTable.Progress matching(ImportListener listener, long total) {
        return (table, sent, elapsed) -> {
            checkCancelled(listener);
            listener.progress(ImportListener.Phase.MATCHING, sent, total);
        };
    }

    private static List<Problem> errorProblems(List<ImportRow> rows) {
        List<Problem> problems = new ArrayList<>();
        long errors = rows.stream().filter(r -> r.problem() != null).count();
        problems.add(Problem.of(LIST, "prices.validation.rowsInError", errors));
        rows.stream().filter(r -> r.problem() != null).limit(SHOWN_PROBLEMS).forEach(r -> problems.add(
                Problem.of(LIST, PROBLEM_KEYS + r.problem().name(), r.line(), r.key() == null ? "" : r.key())));
        return problems;
    }

    private static void checkCancelled(ImportListener listener) {
        if (listener.cancelled()) {
            throw new CancellationException("price list import cancelled");
        }
    }

    private static <T> T guarded(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (ConstraintViolation e) {
            String name = e.constraintName();
            if (name.contains("price_current_key") || name.contains("price_no_overlap")) {
                throw new ConcurrentChangeException("prices changed by someone else during the import", e);
            }
            if (name.contains("provider")) {
                throw new ValidationException(Problem.of(LIST, "validation.gone"));
            }
            throw e;
        }
    }

    /** Row rules of the earlier API, each broken rule named with its row number (1 = the first row). */
    static List<Problem> check(List<PriceListRow> rows) {
        List<Problem> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(Problem.of(LIST, "validation.priceList.empty"));
        } else if (rows.size() > MAX_ROWS) {
            problems.add(Problem.of(LIST, "validation.priceList.tooLong", MAX_ROWS));
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < rows.size() && problems.size() < SHOWN_PROBLEMS; i++) {
            PriceListRow row = rows.get(i);
            int line = i + 1;
            if (!ProductRules.isSku(row.sku())) {
                problems.add(Problem.of(LIST, "validation.priceList.sku", line));
            } else if (!seen.add(row.sku())) {
                problems.add(Problem.of(LIST, "validation.priceList.twice", line, row.sku()));
            }
            if (PriceRules.checkValue(row.value()).isPresent()) {
                problems.add(Problem.of(LIST, "validation.priceList.value", line));
            }
            if (PriceRules.checkCurrency(row.currency()).isPresent()) {
                problems.add(Problem.of(LIST, "validation.priceList.currency", line));
            }
        }
        return problems;
    }
}
