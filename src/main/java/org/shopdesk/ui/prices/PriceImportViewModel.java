package org.shopdesk.ui.prices;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.pricing.ColumnMapping;
import org.shopdesk.domain.pricing.ImportListener;
import org.shopdesk.domain.pricing.ImportOptions;
import org.shopdesk.domain.pricing.ImportPreview;
import org.shopdesk.domain.pricing.ImportRow;
import org.shopdesk.domain.pricing.MissingOffer;
import org.shopdesk.domain.pricing.ParsedPriceList;
import org.shopdesk.domain.pricing.PriceListSettings;
import org.shopdesk.service.pricing.PriceImportService;
import org.shopdesk.ui.kit.UiContext;

/**
 * The price-list import wizard: the provider and the file (its profile fills in the rest), how
 * to read it (encoding, delimiter, sheet, header row) and which column is what, the preview as
 * a diff, then apply. Reading, comparing and applying run in the background with progress and
 * can be cancelled; nothing is written until Apply, and not while a row is in error unless the
 * user chose to skip the bad rows.
 */
public final class PriceImportViewModel {
    /** "Detect" in the encoding and delimiter pickers. */
    public static final String AUTO = "";
    public static final String TAB = "\t";

    private final PriceImportService imports;
    private final UiContext ui;
    private final ObjectProperty<NamedItem> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>();
    private final StringProperty encoding = new SimpleStringProperty(AUTO);
    private final StringProperty delimiter = new SimpleStringProperty(AUTO);
    private final StringProperty sheet = new SimpleStringProperty("");
    private final BooleanProperty headerRow = new SimpleBooleanProperty(true);
    private final StringProperty skuColumn = new SimpleStringProperty();
    private final StringProperty eanColumn = new SimpleStringProperty();
    private final StringProperty articleColumn = new SimpleStringProperty();
    private final StringProperty priceColumn = new SimpleStringProperty();
    private final StringProperty currencyColumn = new SimpleStringProperty();
    private final StringProperty stockColumn = new SimpleStringProperty();
    private final BooleanProperty skipBadRows = new SimpleBooleanProperty(false);
    private final BooleanProperty closeMissing = new SimpleBooleanProperty(false);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList();
    private final ObservableList<MissingOffer> missing = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper readAs = new ReadOnlyStringWrapper("");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private ParsedPriceList parsed;
    private Runnable onApplied = () -> { };

    public PriceImportViewModel(PriceImportService imports, UiContext ui) {
        this.imports = imports;
        this.ui = ui;
        for (Observable o : new Observable[] {provider, file, encoding, delimiter, sheet, headerRow, skuColumn, eanColumn,
                articleColumn, priceColumn, currencyColumn, stockColumn}) {
            o.addListener(x -> dropPreview());
        }
    }

    public void setOnApplied(Runnable onApplied) {
        this.onApplied = onApplied;
    }

    private void dropPreview() {
        parsed = null;
        if (preview.get() != null) {
            preview.set(null);
            rows.clear();
            missing.clear();
        }
    }

    /** The provider picked: its remembered profile fills in how to read its files. */
    public void useProvider(NamedItem p) {
        provider.set(p);
        if (p == null) {
            return;
        }
        ui.tasks().call(() -> imports.profile(p.id())).onSuccess(profile -> profile.ifPresent(this::apply)).start();
    }

    private void apply(PriceListSettings s) {
        encoding.set(s.encoding() == null ? AUTO : s.encoding());
        delimiter.set(s.delimiter() == null ? AUTO : String.valueOf(s.delimiter()));
        sheet.set(s.sheet() == null ? "" : s.sheet());
        headerRow.set(s.headerRow());
        skuColumn.set(s.mapping().sku());
        eanColumn.set(s.mapping().ean());
        articleColumn.set(s.mapping().article());
        priceColumn.set(s.mapping().price());
        currencyColumn.set(s.mapping().currency());
        stockColumn.set(s.mapping().stock());
        if (file.get() != null) {
            loadColumns();
        }
    }

    /** The file picked: its columns are read for the mapping. */
    public void useFile(Path path) {
        file.set(path);
        if (path != null) {
            loadColumns();
        }
    }

    public void loadColumns() {
        Path f = file.get();
        if (f == null) {
            return;
        }
        PriceListSettings s = settings();
        ui.tasks().call(() -> imports.columns(f, s)).onSuccess(c -> {
            columns.setAll(c);
            message.set("");
        }).onError(e -> message.set(ui.errors().describe(e))).start();
    }

    PriceListSettings settings() {
        Character d = delimiter.get() == null || delimiter.get().isEmpty() ? null : delimiter.get().charAt(0);
        return new PriceListSettings(encoding.get() == null || encoding.get().isEmpty() ? null : encoding.get(), d, null,
                sheet.get() == null || sheet.get().isBlank() ? null : sheet.get().strip(), headerRow.get(),
                new ColumnMapping(skuColumn.get(), eanColumn.get(), articleColumn.get(), priceColumn.get(),
                        currencyColumn.get(), stockColumn.get()));
    }

    private ImportListener listener() {
        return new ImportListener() {
            @Override
            public void progress(Phase phase, long done, long total) {
                double part = total <= 0 ? 0 : Math.min(1, done / (double) total);
                double overall = switch (phase) {
                    case READING -> 0.4 * part;
                    case MATCHING -> 0.4 + 0.4 * part;
                    case APPLYING -> 0.8 + 0.2 * part;
                };
                ui.tasks().onUi(() -> progress.set(overall));
            }

            @Override
            public boolean cancelled() {
                return cancelRequested.get();
            }
        };
    }

    /** Reads the file and compares it with the provider's prices; writes nothing. */
    public void preview() {
        NamedItem p = provider.get();
        Path f = file.get();
        if (p == null || f == null) {
            message.set(ui.messages().get("prices.import.pickProviderAndFile"));
            return;
        }
        PriceListSettings s = settings();
        start();
        ImportListener l = listener();
        ui.tasks().call(() -> {
            ParsedPriceList list = imports.read(f, s, l);
            return new Object[] {list, imports.preview(p.id(), list, l)};
        }).onSuccess(result -> {
            parsed = (ParsedPriceList) result[0];
            ImportPreview pv = (ImportPreview) result[1];
            preview.set(pv);
            rows.setAll(pv.rows());
            missing.setAll(pv.missing());
            readAs.set(parsed.sheet() != null ? ui.messages().get("prices.import.readSheet", parsed.sheet())
                    : ui.messages().get("prices.import.readCsv", parsed.encoding(),
                            parsed.delimiter() == '\t' ? "Tab" : String.valueOf(parsed.delimiter()),
                            parsed.decimalComma() ? "," : "."));
            message.set(ui.messages().get("prices.import.previewSummary", pv.added(), pv.changed(), pv.unchanged(),
                    pv.errors(), pv.missing().size()));
        }).onError(this::failed).onFinally(this::stop).start();
    }

    /** Applies the previewed list in one transaction and remembers how the file was read. */
    public void apply() {
        NamedItem p = provider.get();
        ParsedPriceList list = parsed;
        ImportPreview pv = preview.get();
        if (p == null || list == null || pv == null) {
            return;
        }
        ImportOptions options = new ImportOptions(skipBadRows.get(), closeMissing.get());
        PriceListSettings used = list.settings(settings().mapping(), headerRow.get());
        start();
        ImportListener l = listener();
        ui.tasks().call(() -> {
            var summary = imports.apply(p.id(), list, options, l);
            imports.saveProfile(p.id(), used);
            return summary;
        }).onSuccess(s -> {
            dropPreview();
            message.set(ui.messages().get("prices.import.applied", s.added(), s.changed(), s.unchanged(), s.skipped(),
                    s.closed()));
            onApplied.run();
        }).onError(this::failed).onFinally(this::stop).start();
    }

    public void cancel() {
        cancelRequested.set(true);
    }

    private void start() {
        cancelRequested.set(false);
        progress.set(0);
        running.set(true);
        message.set(ui.messages().get("prices.import.working"));
    }

    private void stop() {
        running.set(false);
    }

    private void failed(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && !(t instanceof CancellationException)) {
            t = t.getCause();
        }
        message.set(t instanceof CancellationException || e instanceof CancellationException
                ? ui.messages().get("prices.import.cancelled") : ui.errors().describe(e));
    }

    public BooleanBinding canApply() {
        return Bindings.createBooleanBinding(() -> preview.get() != null && !running.get()
                        && (preview.get().errors() == 0 || skipBadRows.get())
                        && (preview.get().added() + preview.get().changed() > 0 || closeMissing.get() && !missing.isEmpty()),
                preview, running, skipBadRows, closeMissing);
    }

    public ObjectProperty<NamedItem> providerProperty() {
        return provider;
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public StringProperty encodingProperty() {
        return encoding;
    }

    public StringProperty delimiterProperty() {
        return delimiter;
    }

    public StringProperty sheetProperty() {
        return sheet;
    }

    public BooleanProperty headerRowProperty() {
        return headerRow;
    }

    public StringProperty skuColumnProperty() {
        return skuColumn;
    }

    public StringProperty eanColumnProperty() {
        return eanColumn;
    }

    public StringProperty articleColumnProperty() {
        return articleColumn;
    }

    public StringProperty priceColumnProperty() {
        return priceColumn;
    }

    public StringProperty currencyColumnProperty() {
        return currencyColumn;
    }

    public StringProperty stockColumnProperty() {
        return stockColumn;
    }

    public BooleanProperty skipBadRowsProperty() {
        return skipBadRows;
    }

    public BooleanProperty closeMissingProperty() {
        return closeMissing;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<ImportRow> rows() {
        return rows;
    }

    public ObservableList<MissingOffer> missing() {
        return missing;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readAsProperty() {
        return readAs.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
