package org.shopdesk.ui.stock;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.stock.CountDraft;
import org.shopdesk.domain.stock.CountLine;
import org.shopdesk.domain.stock.CountSheetLine;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.service.stock.CountSheetExport;
import org.shopdesk.service.stock.StockRules;
import org.shopdesk.service.stock.StockService;
import org.shopdesk.ui.kit.UiContext;

/**
 * An inventory count: the sheet of one provider's goods (in one category, if chosen), exported or
 * printed, the counted quantities typed in for as many lines as were counted, and all differences
 * booked in one transaction. Lines left empty are not counted and stay as they are.
 */
public final class CountSheetViewModel {
    /** One line of the sheet and what was counted for it (empty: not counted). */
    public static final class Line {
        private final CountSheetLine sheet;
        private final StringProperty counted = new SimpleStringProperty("");
        private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
        private final ReadOnlyStringWrapper difference = new ReadOnlyStringWrapper("");

        Line(CountSheetLine sheet, UiContext ui) {
            this.sheet = sheet;
            counted.addListener((o, before, text) -> {
                Optional<Problem> p = text == null || text.isBlank() ? Optional.empty()
                        : StockRules.checkQuantityText(StockRules.QUANTITY, text, 0);
                problem.set(p.map(ui.messages()::problem).orElse(""));
                difference.set(text == null || text.isBlank() || p.isPresent() ? ""
                        : signed(StockRules.parseQuantity(text) - sheet.balance(), ui));
            });
        }

        private static String signed(int delta, UiContext ui) {
            return delta > 0 ? "+" + ui.formats().integer(delta) : ui.formats().integer(delta);
        }

        public CountSheetLine sheet() {
            return sheet;
        }

        public StringProperty countedProperty() {
            return counted;
        }

        public ReadOnlyStringProperty problemProperty() {
            return problem.getReadOnlyProperty();
        }

        public ReadOnlyStringProperty differenceProperty() {
            return difference.getReadOnlyProperty();
        }

        boolean isCounted() {
            return counted.get() != null && !counted.get().isBlank();
        }
    }

    private final StockService stock;
    private final CatalogueService catalogue;
    private final UiContext ui;
    private final ZoneId zone;
    private final ObjectProperty<NamedItem> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<NamedItem> category = new SimpleObjectProperty<>();
    private final ObservableList<NamedItem> providers = FXCollections.observableArrayList();
    private final ObservableList<NamedItem> categories = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final StringProperty note = new SimpleStringProperty("");
    private final StatusLine status;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding hasSheet = Bindings.isNotEmpty(lines);

    public CountSheetViewModel(StockService stock, CatalogueService catalogue, UiContext ui, ZoneId zone) {
        this.stock = stock;
        this.catalogue = catalogue;
        this.ui = ui;
        this.status = new StatusLine(ui);
        this.zone = zone;
        provider.addListener(o -> loadSheet());
        category.addListener(o -> loadSheet());
    }

    public void loadReferenceData() {
        ui.tasks().call(stock::providers).onSuccess(providers::setAll).start();
        ui.tasks().call(catalogue::categories).onSuccess(categories::setAll).start();
    }

    /** The sheet of the chosen provider (and category); what was typed on the old sheet is dropped. */
    public void loadSheet() {
        reload(null);
    }

    private void reload(String after) {
        NamedItem p = provider.get();
        if (p == null) {
            lines.clear();
            return;
        }
        Long c = category.get() == null ? null : category.get().id();
        busy.set(true);
        ui.tasks().call(() -> stock.countSheet(p.id(), c))
                .onSuccess(sheet -> {
                    lines.setAll(sheet.stream().map(l -> new Line(l, ui)).toList());
                    status.done(after != null ? after : ui.messages().get("stock.count.loaded", sheet.size()));
                })
                .onError(status::failed)
                .onFinally(() -> busy.set(false)).start();
    }

    /** Books every counted line's difference at once; refused whole if a line is wrong. */
    public void book() {
        NamedItem p = provider.get();
        if (p == null || busy.get()) {
            return;
        }
        List<CountLine> counted = new ArrayList<>();
        for (Line line : lines) {
            if (!line.isCounted()) {
                continue;
            }
            if (!line.problem.get().isEmpty()) {
                status.problem(ui.messages().get("stock.count.fixLines"));
                return;
            }
            counted.add(new CountLine(line.sheet.productId(), StockRules.parseQuantity(line.counted.get())));
        }
        if (counted.isEmpty()) {
            status.problem(ui.messages().problem(Problem.of(StockRules.LINES, "stock.validation.countEmpty")));
            return;
        }
        String text = note.get();
        busy.set(true);
        ui.tasks().call(() -> stock.count(new CountDraft(p.id(), counted, text)))
                .onSuccess(result -> {
                    note.set("");
                    reload(ui.messages().get("stock.count.booked", result.counted(), result.corrected(),
                            result.unitsOver(), result.unitsMissing()));
                })
                .onError(status::failed)
                .onFinally(() -> busy.set(false)).start();
    }

    /** Writes the sheet as CSV to {@code file}. */
    public void export(Path file) {
        List<CountSheetLine> sheet = lines.stream().map(Line::sheet).toList();
        CountSheetExport.Headings headings = new CountSheetExport.Headings(ui.messages().get("stock.column.sku"),
                ui.messages().get("stock.column.product"), ui.messages().get("stock.column.category"),
                ui.messages().get("stock.count.books"), ui.messages().get("stock.count.counted"),
                ui.messages().get("stock.column.lastCounted"));
        ui.tasks().call(() -> {
            CountSheetExport.write(file, sheet, headings, zone);
            return sheet.size();
        }).onSuccess(n -> status.done(ui.messages().get("stock.count.exported", n, file.getFileName().toString())))
                .onError(status::failed).start();
    }

    /** Says what printing did (the controller prints: it owns the nodes). */
    public void printed(boolean done) {
        if (done) {
            status.done(ui.messages().get("stock.count.printed"));
        } else {
            status.problem(ui.messages().get("stock.count.notPrinted"));
        }
    }

    public ObjectProperty<NamedItem> providerProperty() {
        return provider;
    }

    public ObjectProperty<NamedItem> categoryProperty() {
        return category;
    }

    public ObservableList<NamedItem> providers() {
        return providers;
    }

    public ObservableList<NamedItem> categories() {
        return categories;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ReadOnlyStringProperty messageProperty() {
        return status.textProperty();
    }

    public ReadOnlyBooleanProperty messageIsErrorProperty() {
        return status.errorProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding hasSheetProperty() {
        return hasSheet;
    }
}
