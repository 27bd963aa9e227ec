package org.shopdesk.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.shopdesk.app.Backend;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.NotFoundException;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.pricing.ColumnMapping;
import org.shopdesk.domain.pricing.ImportListener;
import org.shopdesk.domain.pricing.ImportOptions;
import org.shopdesk.domain.pricing.ImportPreview;
import org.shopdesk.domain.pricing.ImportRow;
import org.shopdesk.domain.pricing.ImportSummary;
import org.shopdesk.domain.pricing.ParsedPriceList;
import org.shopdesk.domain.pricing.PriceListSettings;
import org.shopdesk.service.pricing.PriceImportService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code shopdesk prices import --provider NAME_OR_INN --file F}: a provider's price list, as
 * the window imports it, for scripts and cron. Reads the file the way the provider's profile
 * says (columns given here override it and are remembered), prints new / changed / unchanged /
 * errors with line numbers, and applies the list in one transaction unless {@code --dry-run}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Import a provider's price list (CSV or XLSX).",
                "Exit 0: the list was applied (or, with --dry-run, would be); 1: nothing was imported "
                        + "(rows in error, an unreadable file, an unknown provider)."})
final class PricesImportCommand implements Callable<Integer> {
    static final int NOTHING_IMPORTED = 1;
    private static final int SHOWN_ERRORS = 50;

    @Mixin
    DatabaseOptions database;

    @CommandLine.ParentCommand
    PricesCommand prices;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--provider", required = true, paramLabel = "NAME_OR_INN", description = "The provider's name or INN.")
    String provider;

    @Option(names = "--file", required = true, paramLabel = "F", description = "The price list: .csv or .xlsx.")
    Path file;

    @Option(names = "--encoding", paramLabel = "ENC", description = "UTF-8 or windows-1251 (default: detected).")
    String encoding;

    @Option(names = "--delimiter", paramLabel = "C", description = "';', ',' or 'tab' (default: detected).")
    String delimiter;

    @Option(names = "--sheet", paramLabel = "NAME", description = "The sheet of a workbook (default: the first).")
    String sheet;

    @Option(names = "--sku-column", paramLabel = "COL", description = "Column of our SKU: header text or 1-based number.")
    String skuColumn;

    @Option(names = "--ean-column", paramLabel = "COL", description = "Column of the EAN.")
    String eanColumn;

    @Option(names = "--article-column", paramLabel = "COL", description = "Column of the provider's own article number.")
    String articleColumn;

    @Option(names = "--price-column", paramLabel = "COL", description = "Column of the price.")
    String priceColumn;

    @Option(names = "--currency-column", paramLabel = "COL", description = "Column of the currency (default: RUB).")
    String currencyColumn;

    @Option(names = "--no-header", description = "The file has no header row; columns are numbers.")
    boolean noHeader;

    @Option(names = "--dry-run", description = "Compare only: print what would change, write nothing.")
    boolean dryRun;

    @Option(names = "--skip-bad-rows", description = "Import the good rows even when some rows are in error.")
    boolean skipBadRows;

    @Option(names = "--close-missing", description = "End the provider's offers that the list no longer has.")
    boolean closeMissing;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = ShopDeskCommand.out(spec);
        PrintWriter err = spec.commandLine().getErr();
        byte[] content = Files.readAllBytes(file);
        DatabaseOptions db = database.orElse(prices.parent.database);
        try (Backend backend = ShopDeskCommand.connect(db)) {
            PriceImportService imports = backend.priceImport();
            NamedItem who = imports.provider(provider);
            PriceListSettings settings = settings(imports.profile(who.id()).orElse(null));
            ParsedPriceList list = imports.read(file.getFileName().toString(), content, settings, ImportListener.NONE);
            out.printf("%s: %,d rows, %s%n", file.getFileName(), list.rows().size(), describe(list));
            ImportPreview preview = imports.preview(who.id(), list, ImportListener.NONE);
            out.printf("provider %s: new %d, changed %d, unchanged %d, errors %d, offers not in the list %d%n",
                    who.name(), preview.added(), preview.changed(), preview.unchanged(), preview.errors(),
                    preview.missing().size());
            preview.errorRows().stream().limit(SHOWN_ERRORS).forEach(r -> out.println("  line " + r.line() + ": "
                    + describe(r)));
            if (preview.errors() > SHOWN_ERRORS) {
                out.printf("  ... and %d more%n", preview.errors() - SHOWN_ERRORS);
            }
            if (dryRun) {
                out.println("Dry run: nothing written.");
                return preview.errors() > 0 && !skipBadRows ? NOTHING_IMPORTED : 0;
            }
            if (preview.errors() > 0 && !skipBadRows) {
                err.println("shopdesk: nothing imported: " + preview.errors() + " rows in error (fix them, or --skip-bad-rows)");
                return NOTHING_IMPORTED;
            }
            ImportSummary s = imports.apply(who.id(), list, new ImportOptions(skipBadRows, closeMissing), ImportListener.NONE);
            if (mappingGiven()) {
                imports.saveProfile(who.id(), list.settings(settings.mapping(), settings.headerRow()));
            }
            out.printf("Imported: new %d, changed %d, unchanged %d, skipped %d, offers ended %d.%n",
                    s.added(), s.changed(), s.unchanged(), s.skipped(), s.closed());
            return 0;
        } catch (NotFoundException e) {
            err.println("shopdesk: nothing imported: no provider named or with INN '" + provider + "'");
            return NOTHING_IMPORTED;
        } catch (ValidationException e) {
            err.println("shopdesk: nothing imported: " + describe(e.problems()));
            return NOTHING_IMPORTED;
        }
    }

    private boolean mappingGiven() {
        return priceColumn != null || skuColumn != null || eanColumn != null || articleColumn != null;
    }

    /** The provider's profile with whatever the command line says instead. */
    private PriceListSettings settings(PriceListSettings profile) {
        ColumnMapping remembered = profile == null ? null : profile.mapping();
        ColumnMapping mapping = mappingGiven() || remembered == null
                ? new ColumnMapping(skuColumn, eanColumn, articleColumn, priceColumn, currencyColumn, null) : remembered;
        if (!mapping.hasKey() || mapping.price() == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no column mapping for this provider yet: "
                    + "give --price-column and --sku-column, --ean-column or --article-column");
        }
        String enc = encoding != null ? normaliseEncoding(encoding) : profile == null ? null : profile.encoding();
        Character delim = profile == null ? null : profile.delimiter();
        if (delimiter != null) {
            delim = "tab".equalsIgnoreCase(delimiter) ? Character.valueOf('\t') : Character.valueOf(delimiter.charAt(0));
        }
        return new PriceListSettings(enc, delim, profile == null ? null : profile.decimalComma(),
                sheet != null ? sheet : profile == null ? null : profile.sheet(),
                noHeader ? false : profile == null || profile.headerRow(), mapping);
    }

    private String normaliseEncoding(String e) {
        String s = e.strip().toLowerCase(Locale.ROOT);
        if (s.equals("cp1251") || s.equals("windows-1251") || s.equals("win1251")) {
            return PriceListSettings.WINDOWS_1251;
        }
        if (s.equals("utf-8") || s.equals("utf8")) {
            return PriceListSettings.UTF_8;
        }
        throw new CommandLine.ParameterException(spec.commandLine(), "unknown encoding '" + e + "': UTF-8 or windows-1251");
    }

    private static String describe(ParsedPriceList list) {
        if (list.sheet() != null) {
            return "sheet '" + list.sheet() + "'";
        }
        String d = list.delimiter() == '\t' ? "tab" : "'" + list.delimiter() + "'";
        return list.encoding() + ", " + d + "-separated, decimal " + (list.decimalComma() ? "comma" : "point");
    }

    static String describe(ImportRow r) {
        String key = r.key() == null ? "" : " (" + r.key() + ")";
        return switch (r.problem()) {
            case UNKNOWN_PRODUCT -> "unknown product" + key;
            case PRICE_NOT_POSITIVE -> "price must be above zero: " + r.priceText() + key;
            case MALFORMED_NUMBER -> "not a price: '" + r.priceText() + "'" + key;
            case DUPLICATE_ROW -> "the product is listed again (first on line " + r.firstLine() + ")" + key;
            case AMBIGUOUS_MATCH -> "matches more than one product" + key;
            case NO_KEY -> "no SKU, EAN or article";
            case BAD_CURRENCY -> "unknown currency" + key;
            case BAD_STOCK -> "stock is not a whole number" + key;
        };
    }

    private static String describe(List<Problem> problems) {
        Problem p = problems.get(0);
        return switch (p.messageKey()) {
            case "prices.validation.noColumn" -> "the file has no column '" + p.args().get(0) + "'";
            case "validation.priceList.empty" -> "the list has no rows";
            case "prices.validation.unreadable" -> "the file cannot be read: " + p.args().get(0);
            case "prices.validation.noSheet" -> "the workbook has no sheet '" + p.args().get(0) + "'";
            case "prices.validation.mapping" -> "the columns of the price and of a key are not mapped";
            case "prices.validation.providerAmbiguous" -> "several providers are named '" + p.args().get(0) + "'";
            default -> p.messageKey() + (p.args().isEmpty() ? "" : " " + p.args());
        };
    }
}
