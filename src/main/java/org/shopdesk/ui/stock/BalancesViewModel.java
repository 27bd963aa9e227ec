package org.shopdesk.ui.stock;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.stock.BalanceQuery;
import org.shopdesk.domain.stock.BalanceRow;
import org.shopdesk.domain.stock.BalanceSort;
import org.shopdesk.domain.stock.CountDraft;
import org.shopdesk.domain.stock.CountLine;
import org.shopdesk.domain.stock.MovementResult;
import org.shopdesk.domain.stock.ReceiptDraft;
import org.shopdesk.domain.stock.WriteOffDraft;
import org.shopdesk.domain.stock.WriteOffReason;
import org.shopdesk.service.catalogue.CatalogueService;
import org.shopdesk.service.stock.StockRules;
import org.shopdesk.service.stock.StockService;
import org.shopdesk.ui.kit.GoodsFilter;
import org.shopdesk.ui.kit.PagedList;
import org.shopdesk.ui.kit.UiContext;

/**
 * The balances list with its filters, and the panel beside it: a receipt, write-off or count of
 * the selected balance, its reorder level, the suggested level applied to the rows chosen, and the
 * provider's lead time. What the user types is checked as it is typed by the service's own rules;
 * what the service refuses is said in the same place.
 */
public final class BalancesViewModel {
    public static final int PAGE_SIZE = 100;

    private final StockService stock;
    private final CatalogueService catalogue;
    private final UiContext ui;
    private final GoodsFilter filter = new GoodsFilter();
    private final ObjectProperty<NamedItem> provider = filter.providerProperty();
    private final ObjectProperty<NamedItem> category = filter.categoryProperty();
    private final ObjectProperty<NamedItem> producer = filter.producerProperty();
    private final BooleanProperty needsReorder = new SimpleBooleanProperty(false);
    private final PagedList<BalanceRow, BalanceSort> list;

    private final ObjectProperty<MovementKind> kind = new SimpleObjectProperty<>(MovementKind.RECEIPT);
    private final StringProperty quantity = new SimpleStringProperty("");
    private final ObjectProperty<WriteOffReason> reason = new SimpleObjectProperty<>();
    private final StringProperty note = new SimpleStringProperty("");
    private final StringProperty level = new SimpleStringProperty("");
    private final StringProperty leadTime = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper quantityProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper reasonProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper noteProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper levelProblem = new ReadOnlyStringWrapper("");
    private final StatusLine status;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final BooleanBinding canBook;

    public BalancesViewModel(StockService stock, CatalogueService catalogue, UiContext ui) {
        this.stock = stock;
        this.catalogue = catalogue;
        this.ui = ui;
        this.status = new StatusLine(ui);
        list = new PagedList<BalanceRow, BalanceSort>(ui.tasks(), ui.errors(), PAGE_SIZE, BalanceSort.PRODUCT,
                BalanceRow::stockId, (r, cancellation) -> stock.balances(new BalanceQuery(r.text(), idOf(category.get()),
                        idOf(producer.get()), idOf(provider.get()), needsReorder.get(), r.sort(), r.descending(),
                        r.offset(), r.limit()), cancellation))
                .restartOn(provider, category, producer, needsReorder);
        kind.addListener(o -> check());
        quantity.addListener(o -> check());
        reason.addListener(o -> check());
        note.addListener(o -> check());
        level.addListener(o -> levelProblem.set(levelInput().problem().map(ui.messages()::problem).orElse("")));
        list.selectedProperty().addListener((o, before, row) -> {
            level.set(row == null || row.reorderLevel() == null ? "" : Integer.toString(row.reorderLevel()));
            leadTime.set(row == null ? "" : Integer.toString(row.leadTimeDays()));
        });
        canBook = Bindings.createBooleanBinding(() -> list.selectedProperty().get() != null && !busy.get()
                        && !quantity.get().isBlank() && quantityProblem.get().isEmpty() && reasonProblem.get().isEmpty()
                        && noteProblem.get().isEmpty() && (kind.get() != MovementKind.WRITE_OFF || reason.get() != null),
                list.selectedProperty(), busy, quantity, quantityProblem, reasonProblem, noteProblem, kind, reason);
    }

    public void load() {
        list.load();
    }

    public void loadReferenceData() {
        filter.loadChoices(ui.tasks(), stock::providers, catalogue::categories, catalogue::producers);
    }

    /** Checks the movement as typed; an empty quantity is not yet a mistake. */
    private void check() {
        String q = quantity.get();
        quantityProblem.set(q.isBlank() ? "" : StockRules.checkQuantityText(StockRules.QUANTITY, q, kind.get().minimum())
                .map(ui.messages()::problem).orElse(""));
        boolean writeOff = kind.get() == MovementKind.WRITE_OFF;
        reasonProblem.set("");
        noteProblem.set(StockRules.checkNote(note.get(), writeOff && reason.get() == WriteOffReason.OTHER)
                .map(ui.messages()::problem).orElse(""));
    }

    /** Books the movement on the selected balance, in one transaction; the list then shows the new balance. */
    public void book() {
        BalanceRow row = list.selectedProperty().get();
        if (!canBook.get() || row == null) {
            if (kind.get() == MovementKind.WRITE_OFF && reason.get() == null) {
                reasonProblem.set(ui.messages().problem(Problem.of(StockRules.REASON, "validation.required")));
            }
            return;
        }
        int q = StockRules.parseQuantity(quantity.get());
        MovementKind k = kind.get();
        WriteOffReason why = reason.get();
        String text = note.get();
        busy.set(true);
        ui.tasks().call(() -> switch (k) {
            case RECEIPT -> stock.receive(new ReceiptDraft(row.productId(), row.providerId(), q, text));
            case WRITE_OFF -> stock.writeOff(new WriteOffDraft(row.productId(), row.providerId(), q, why, text));
            case COUNT -> {
                stock.count(new CountDraft(row.providerId(), List.of(new CountLine(row.productId(), q)), text));
                yield null;
            }
        }).onSuccess((MovementResult result) -> {
            status.done(ui.messages().get("stock.booked." + k.name().toLowerCase(java.util.Locale.ROOT), row.title(),
                    row.provider(), q));
            quantity.set("");
            note.set("");
            list.load();
        }).onError(status::failed).onFinally(() -> busy.set(false)).start();
    }

    /** Sets the selected balance's reorder level (empty clears it). */
    public void setLevel() {
        BalanceRow row = list.selectedProperty().get();
        LevelInput input = levelInput();
        if (row == null || input.problem().isPresent()) {
            return;
        }
        busy.set(true);
        ui.tasks().run(() -> stock.setReorderLevel(row.stockId(), row.version(), input.value()))
                .onSuccess(v -> {
                    status.done(ui.messages().get("stock.level.saved", row.title(), row.provider()));
                    list.load();
                })
                .onError(status::failed).onFinally(() -> busy.set(false)).start();
    }

    /** Applies the suggested level to these rows (one or many); rows without sales keep theirs. */
    public void applySuggested(List<BalanceRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        List<Long> ids = rows.stream().map(BalanceRow::stockId).toList();
        busy.set(true);
        ui.tasks().call(() -> stock.applySuggested(ids))
                .onSuccess(changed -> {
                    status.done(ui.messages().get("stock.level.applied", changed, ids.size()));
                    list.load();
                })
                .onError(status::failed).onFinally(() -> busy.set(false)).start();
    }

    /** Sets the lead time of the selected row's provider. */
    public void setLeadTime() {
        BalanceRow row = list.selectedProperty().get();
        if (row == null) {
            return;
        }
        Optional<Problem> problem = StockRules.checkQuantityText(StockRules.LEAD_TIME, leadTime.get(), 0)
                .or(() -> StockRules.checkLeadTime(Math.min(StockRules.parseQuantity(leadTime.get()), 1_000)));
        if (problem.isPresent()) {
            status.problem(ui.messages().problem(problem.get()));
            return;
        }
        int days = StockRules.parseQuantity(leadTime.get());
        Optional<NamedItem> item = filter.providers().stream().filter(p -> p.id() == row.providerId()).findFirst();
        if (item.isEmpty()) {
            return;
        }
        busy.set(true);
        ui.tasks().run(() -> stock.setLeadTime(row.providerId(), item.get().version(), days))
                .onSuccess(v -> {
                    status.done(ui.messages().get("stock.leadTime.saved", row.provider(), days));
                    loadReferenceData();
                    list.load();
                })
                .onError(status::failed).onFinally(() -> busy.set(false)).start();
    }

    private record LevelInput(Integer value, Optional<Problem> problem) {
    }

    private LevelInput levelInput() {
        String text = level.get();
        if (text == null || text.isBlank()) {
            return new LevelInput(null, Optional.empty());
        }
        Optional<Problem> problem = StockRules.checkQuantityText(StockRules.LEVEL, text, 0);
        return new LevelInput(problem.isEmpty() ? StockRules.parseQuantity(text) : null, problem);
    }

    /** Hands the selected balance to whoever shows journals (the Stock screen's journal tab). */
    public void openJournal(BalanceRow row, Consumer<BalanceRow> journal) {
        if (row != null) {
            journal.accept(row);
        }
    }

    private static Long idOf(NamedItem item) {
        return item == null ? null : item.id();
    }

    public PagedList<BalanceRow, BalanceSort> list() {
        return list;
    }

    /** Provider, category and producer, and the entries their pickers offer. */
    public GoodsFilter filter() {
        return filter;
    }

    public BooleanProperty needsReorderProperty() {
        return needsReorder;
    }

    public ObjectProperty<MovementKind> kindProperty() {
        return kind;
    }

    public StringProperty quantityProperty() {
        return quantity;
    }

    public ObjectProperty<WriteOffReason> reasonProperty() {
        return reason;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public StringProperty levelProperty() {
        return level;
    }

    public StringProperty leadTimeProperty() {
        return leadTime;
    }

    public ReadOnlyStringProperty quantityProblemProperty() {
        return quantityProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty reasonProblemProperty() {
        return reasonProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noteProblemProperty() {
        return noteProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty levelProblemProperty() {
        return levelProblem.getReadOnlyProperty();
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

    public BooleanBinding canBookProperty() {
        return canBook;
    }

    /**
     * Shows one provider's balances as another screen asked: that provider (the loaded list's entry
     * when there is one), the other filters cleared.
     */
    public void apply(OpenStock request) {
        needsReorder.set(false);
        filter.showProvider(request.providerId(), request.providerName());
    }
}
