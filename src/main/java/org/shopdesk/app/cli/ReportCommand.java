package org.shopdesk.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import org.shopdesk.app.Backend;
import org.shopdesk.domain.charts.ChartFilter;
import org.shopdesk.domain.charts.FilterChoices;
import org.shopdesk.domain.charts.Granularity;
import org.shopdesk.domain.charts.StockCover;
import org.shopdesk.domain.charts.ChartTables;
import org.shopdesk.domain.charts.FigureTable;
import org.shopdesk.service.charts.SalesChartService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code shopdesk report KIND --from D --to D}: the Charts area's figures for scripts and for
 * checking the screen against the database. The same service and the same tables as the screen.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Print the sales analytics of a period (the figures of the Charts screen).")
final class ReportCommand implements Callable<Integer> {
    enum Kind { kpi, by_provider, by_producer, top_products, stock_cover, abc, by_day }

    enum Format { table, csv }

    @Mixin
    DatabaseOptions database;

    @CommandLine.ParentCommand
    ShopDeskCommand parent;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "KIND",
            description = "kpi, by-provider, by-producer, top-products (needs --producer), stock-cover, abc, by-day")
    String kind;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "First day, e.g. 2026-01-01.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "Last day, included, e.g. 2026-01-31.")
    String to;

    @Option(names = "--provider", paramLabel = "NAME|ID", description = "Only this provider's sales.")
    String provider;

    @Option(names = "--producer", paramLabel = "NAME|ID", description = "Only this producer's products.")
    String producer;

    @Option(names = "--category", paramLabel = "NAME|ID", description = "Only this category's products.")
    String category;

    @Option(names = "--step", paramLabel = "day|week|month", description = "Steps of by-day (default: ${DEFAULT-VALUE}).")
    String step = "day";

    @Option(names = "--format", paramLabel = "csv|table", description = "Output (default: ${DEFAULT-VALUE}).")
    String format = "table";

    @Override
    public Integer call() {
        Kind k = parseKind();
        Format f = choice(Format.class, format, "--format");
        Granularity g = choice(Granularity.class, step.toUpperCase(Locale.ROOT), "--step");
        LocalDate first = date(from, "--from");
        LocalDate last = date(to, "--to");
        if (k == Kind.top_products && producer == null) {
            throw bad("top-products needs --producer NAME|ID");
        }
        ResourceBundle words = ResourceBundle.getBundle("i18n.messages", Locale.ROOT);
        try {
            SalesChartService.check(ChartFilter.period(first, last.plusDays(1)));
        } catch (org.shopdesk.domain.common.ValidationException e) {
            throw bad(new java.text.MessageFormat(words.getString("validation.period"), Locale.ENGLISH)
                    .format(new Object[] {SalesChartService.MAX_DAYS}));
        }
        try (Backend backend = ShopDeskCommand.connect(database.orElse(parent.database))) {
            SalesChartService charts = backend.charts();
            FilterChoices choices = charts.choices();
            ChartFilter filter = new ChartFilter(first, last.plusDays(1), pick(choices.categories(), category, "category"),
                    pick(choices.producers(), producer, "producer"), pick(choices.providers(), provider, "provider"));
            ChartTables tables = new ChartTables(words::getString);
            List<FigureTable> out = switch (k) {
                case kpi -> List.of(tables.kpi(charts.kpi(filter)));
                case by_provider -> List.of(tables.byProvider(charts.byProvider(filter)));
                case by_producer -> List.of(tables.byProducer(charts.byProducer(filter)));
                case top_products -> List.of(tables.topProducts(producer,
                        charts.topProducts(filter.withProducer(null), filter.producerId())));
                case stock_cover -> {
                    StockCover c = charts.stockCover(filter);
                    yield List.of(tables.coverBuckets(c), tables.coverOffers(c));
                }
                case abc -> {
                    String ofProducts = words.getString("charts.abc.products");
                    String ofProviders = words.getString("charts.abc.providers");
                    org.shopdesk.domain.charts.Abc products = charts.abcProducts(filter);
                    org.shopdesk.domain.charts.Abc providers = charts.abcProviders(filter);
                    yield List.of(tables.abcClasses(ofProducts, products), tables.abcClasses(ofProviders, providers),
                            tables.abcItems(ofProducts, products), tables.abcItems(ofProviders, providers));
                }
                case by_day -> List.of(tables.overTime(charts.overTime(filter, g)));
            };
            print(out, f);
            return 0;
        }
    }

    private void print(List<FigureTable> tables, Format f) {
        PrintWriter pw = ShopDeskCommand.out(spec);
        for (int i = 0; i < tables.size(); i++) {
            if (i > 0) {
                pw.println();
            }
            pw.print(f == Format.csv ? tables.get(i).toCsv() : tables.get(i).toText());
        }
        pw.flush();
    }

    private Kind parseKind() {
        return choice(Kind.class, kind.replace('-', '_'), "KIND");
    }

    private <E extends Enum<E>> E choice(Class<E> type, String value, String what) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            List<String> names = new ArrayList<>();
            for (E c : type.getEnumConstants()) {
                names.add(c.name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            throw bad(what + " must be one of " + String.join(", ", names) + ", not '" + value.toLowerCase(Locale.ROOT) + "'");
        }
    }

    private LocalDate date(String value, String option) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw bad(option + " takes a date as YYYY-MM-DD, not '" + value + "'");
        }
    }

    /** A choice by its id or its name (any case); null when not asked for. */
    private Long pick(List<FilterChoices.Choice> choices, String wanted, String what) {
        if (wanted == null) {
            return null;
        }
        for (FilterChoices.Choice c : choices) {
            if (c.name().equalsIgnoreCase(wanted.strip()) || String.valueOf(c.id()).equals(wanted.strip())) {
                return c.id();
            }
        }
        throw bad("no " + what + " named or numbered '" + wanted + "'");
    }

    private CommandLine.ParameterException bad(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
