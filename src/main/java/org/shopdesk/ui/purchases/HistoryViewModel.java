package org.shopdesk.ui.purchases;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.purchasing.CheckDetails;
import org.shopdesk.domain.purchasing.CheckQuery;
import org.shopdesk.domain.purchasing.CheckRow;
import org.shopdesk.domain.purchasing.CheckTotals;
import org.shopdesk.domain.purchasing.CustomerChoice;
import org.shopdesk.domain.purchasing.ProductOffers;
import org.shopdesk.domain.purchasing.ProviderChoice;
import org.shopdesk.domain.purchasing.PurchaseKind;
import org.shopdesk.domain.purchasing.ReturnDraft;
import org.shopdesk.domain.purchasing.ReturnLine;
import org.shopdesk.domain.purchasing.SaleReceipt;
import org.shopdesk.service.purchasing.CheckHistoryService;
import org.shopdesk.service.purchasing.ReceiptService;
import org.shopdesk.service.purchasing.ReturnService;
import org.shopdesk.service.purchasing.SaleLookupService;
import org.shopdesk.service.purchasing.SaleService;
import org.shopdesk.ui.kit.PagedList;
import org.shopdesk.ui.kit.UiContext;

/**
 * The history of checks: filters, a page of checks newest first with the filtered set's figures,
 * the chosen check's detail, its receipt (again), and a return of some or all of a sale.
 */
public final class HistoryViewModel {
    /** The history has one order: newest first. */
    public enum Order { NEWEST }

    public static final int PAGE = 50;

    private final CheckHistoryService history;
    private final ReturnService returns;
    private final SaleLookupService lookup;
    private final ReceiptService receipts;
    private final UiContext ui;
    private final PagedList<CheckRow, Order> list;

    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<ProviderChoice> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<PurchaseKind> kind = new SimpleObjectProperty<>();
    private final StringProperty clerk = new SimpleStringProperty();
    private final ObjectProperty<CustomerChoice> customer = new SimpleObjectProperty<>();
    private final ObjectProperty<ProductOffers> product = new SimpleObjectProperty<>();
    private final ObservableList<ProviderChoice> providers = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<CheckTotals> totals = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<CheckDetails> details = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyBooleanWrapper problem = new javafx.beans.property.ReadOnlyBooleanWrapper(false);
    private final AtomicReference<CheckTotals> loadedTotals = new AtomicReference<>();

    public HistoryViewModel(CheckHistoryService history, ReturnService returns, SaleLookupService lookup,
                            ReceiptService receipts, UiContext ui) {
        this.history = history;
        this.returns = returns;
        this.lookup = lookup;
        this.receipts = receipts;
        this.ui = ui;
        list = new PagedList<>(ui.tasks(), ui.errors(), PAGE, Order.NEWEST, CheckRow::id, (r, cancel) -> {
            CheckHistoryService.HistoryPage page = history.pageWithTotals(query().page(r.offset(), r.limit()), cancel);
            loadedTotals.set(page.totals());
            return new Page<>(page.page().rows(), page.totals().checks(), r.offset(), r.limit());
        }).restartOn(from, to, provider, kind, clerk, customer, product);
        list.stateProperty().addListener((o, before, after) -> {
            if (after == PagedList.State.SHOWN || after == PagedList.State.EMPTY) {
                totals.set(loadedTotals.get());
            }
        });
        list.selectedProperty().addListener((o, before, after) -> open(after));
    }

    /** The filter as the service takes it; the period's days are whole days of this computer's zone. */
    CheckQuery query() {
        ZoneId zone = ZoneId.systemDefault();
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        return CheckQuery.all().withPeriod(start, end)
                .withCustomer(customer.get() == null ? null : customer.get().id())
                .withProvider(provider.get() == null ? null : provider.get().id())
                .withClerk(clerk.get())
                .withProduct(product.get() == null ? null : product.get().productId())
                .withKind(kind.get());
    }

    public void load() {
        list.load();
        ui.tasks().call(history::providers).onSuccess(providers::setAll).onError(this::showError).start();
    }

    /**
     * Applies a request from another screen: its period and provider, the other filters cleared,
     * and the asked-for check opened in the detail (whether or not it is on the first page).
     */
    public void apply(OpenChecks request) {
        kind.set(null);
        clerk.set(null);
        customer.set(null);
        product.set(null);
        from.set(request.from());
        to.set(request.to());
        provider.set(request.providerId() == null ? null
                : new ProviderChoice(request.providerId(), request.providerName(), false));
        say("");
        if (request.checkId() != null) {
            long id = request.checkId();
            ui.tasks().call(() -> history.details(id)).onSuccess(details::set).onError(this::showError).start();
        }
    }

    /** The customer filter from what was typed: the first customer it finds, or none for an empty text. */
    public void filterCustomer(String text) {
        if (text == null || text.isBlank()) {
            customer.set(null);
            return;
        }
        ui.tasks().call(() -> lookup.findCustomers(text)).onSuccess(found -> {
            customer.set(found.isEmpty() ? null : found.get(0));
            if (found.isEmpty()) {
                showProblem(ui.messages().get("purchase.history.noCustomer", text));
            } else {
                say("");
            }
        }).onError(this::showError).start();
    }

    /** The product filter from a code or part of a title: the first product it finds. */
    public void filterProduct(String text) {
        if (text == null || text.isBlank()) {
            product.set(null);
            return;
        }
        ui.tasks().call(() -> lookup.lookUp(text)).onSuccess(found -> {
            product.set(found.isEmpty() ? null : found.get(0));
            if (found.isEmpty()) {
                showProblem(ui.messages().get("purchase.sale.noProduct", text));
            } else {
                say("");
            }
        }).onError(this::showError).start();
    }

    private void open(CheckRow row) {
        if (row == null) {
            details.set(null);
            return;
        }
        ui.tasks().call(() -> history.details(row.id())).onSuccess(details::set).onError(this::showError).start();
    }

    /** Returns {@code quantity} (as typed) of line {@code index} of the open sale. */
    public void returnLine(int index, String quantity) {
        CheckDetails d = details.get();
        if (d == null || index < 0 || index >= d.lines().size()) {
            return;
        }
        int q;
        try {
            q = SaleService.parseQuantity(quantity);
        } catch (org.shopdesk.domain.common.ValidationException e) {
            showError(e);
            return;
        }
        ReturnDraft draft = new ReturnDraft(UUID.randomUUID(), d.check().id(),
                List.of(new ReturnLine(d.lines().get(index).productId(), q)));
        ui.tasks().call(() -> returns.recordReturn(draft)).onSuccess(this::returned).onError(this::showError).start();
    }

    /** Returns all that is left of the open sale. */
    public void returnAll() {
        CheckDetails d = details.get();
        if (d == null) {
            return;
        }
        UUID key = UUID.randomUUID();
        ui.tasks().call(() -> returns.returnWholeSale(key, d.check().id())).onSuccess(this::returned)
                .onError(this::showError).start();
    }

    private void returned(SaleReceipt r) {
        say(ui.messages().get("purchase.history.returned", r.purchaseId(), ui.formats().money(r.total())));
        long sale = details.get().check().id();
        list.reloadSelecting(sale);
        ui.tasks().call(() -> history.details(sale)).onSuccess(details::set).onError(this::showError).start();
    }

    /** Writes the open check's receipt into the receipts folder and opens it (or says where it is). */
    public void receipt() {
        CheckDetails d = details.get();
        if (d == null) {
            return;
        }
        long id = d.check().id();
        ui.tasks().call(() -> {
            Path file = receipts.keep(id, ui.messages()::get, ui.messages().locale(), ZoneId.systemDefault());
            return receipts.open(file) ? null : file;
        }).onSuccess(file -> say(file == null ? "" : ui.messages().get("purchase.receipt.savedAt", file)))
                .onError(this::showError).start();
    }

    /** Writes the open check's receipt to a file the user chose. */
    public void saveReceipt(Path file) {
        CheckDetails d = details.get();
        if (d == null || file == null) {
            return;
        }
        long id = d.check().id();
        ui.tasks().call(() -> receipts.writePdf(id, ui.messages()::get, ui.messages().locale(), ZoneId.systemDefault(), file))
                .onSuccess(f -> say(ui.messages().get("purchase.receipt.savedAt", f))).onError(this::showError).start();
    }

    /** Sends the open check's receipt to the system's printer. */
    public void print() {
        CheckDetails d = details.get();
        if (d == null) {
            return;
        }
        long id = d.check().id();
        ui.tasks().run(() -> receipts.print(receipts.keep(id, ui.messages()::get, ui.messages().locale(),
                ZoneId.systemDefault()))).onSuccess(v -> say(ui.messages().get("purchase.receipt.printed")))
                .onError(this::showError).start();
    }

    private void showProblem(String text) {
        message.set(text);
        problem.set(true);
    }

    private void showError(Throwable e) {
        message.set(ui.errors().describe(e));
        problem.set(true);
    }

    private void say(String text) {
        message.set(text);
        problem.set(false);
    }

    public javafx.beans.property.ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public PagedList<CheckRow, Order> list() {
        return list;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<ProviderChoice> providerProperty() {
        return provider;
    }

    public ObjectProperty<PurchaseKind> kindProperty() {
        return kind;
    }

    public StringProperty clerkProperty() {
        return clerk;
    }

    public ReadOnlyObjectProperty<CustomerChoice> customerProperty() {
        return customer;
    }

    public ReadOnlyObjectProperty<ProductOffers> productProperty() {
        return product;
    }

    public ObservableList<ProviderChoice> providers() {
        return providers;
    }

    public ReadOnlyObjectProperty<CheckTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<CheckDetails> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
