package org.shopdesk.ui.stock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.stock.BalanceRow;
import org.shopdesk.domain.stock.JournalPage;
import org.shopdesk.domain.stock.JournalQuery;
import org.shopdesk.domain.stock.JournalRow;
import org.shopdesk.domain.stock.StockReason;
import org.shopdesk.service.stock.StockService;
import org.shopdesk.ui.kit.PagedList;
import org.shopdesk.ui.purchases.OpenChecks;
import org.shopdesk.ui.kit.UiContext;

/**
 * The stock journal, newest first: filtered by one balance (product and provider, from a click on
 * a balance), a provider, a reason, a person (the list's search text) and a period; with the
 * units in and out of everything the filter selects.
 */
public final class JournalViewModel {
    public static final int PAGE_SIZE = 100;
    /** Without a balance chosen, the journal opens on the last 30 days: all of it is millions of rows. */
    public static final int DEFAULT_DAYS = 30;

    /** The journal has one order, newest first; the list needs a name for it. */
    public enum Order { NEWEST_FIRST }

    /** The balance whose journal is shown: its goods and provider, and how to name them. */
    public record Pair(long productId, long providerId, String title, String provider) {
    }

    private final UiContext ui;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Pair> pair = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<NamedItem> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<StockReason> reason = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ReadOnlyLongWrapper unitsIn = new ReadOnlyLongWrapper();
    private final ReadOnlyLongWrapper unitsOut = new ReadOnlyLongWrapper();
    private final ObservableList<NamedItem> providers = FXCollections.observableArrayList();
    private final AtomicReference<JournalPage> last = new AtomicReference<>();
    private final StockService stock;
    private final PagedList<JournalRow, Order> list;

    public JournalViewModel(StockService stock, UiContext ui, ZoneId zone, LocalDate today) {
        this.stock = stock;
        this.ui = ui;
        this.zone = zone;
        from.set(today.minusDays(DEFAULT_DAYS - 1L));
        list = new PagedList<JournalRow, Order>(ui.tasks(), ui.errors(), PAGE_SIZE, Order.NEWEST_FIRST, JournalRow::id,
                (r, cancellation) -> page(stock.journal(query(r), cancellation)))
                .restartOn(pair, provider, reason, from, to);
        list.stateProperty().addListener((o, before, state) -> {
            JournalPage page = last.get();
            if (page != null && (state == PagedList.State.SHOWN || state == PagedList.State.EMPTY)) {
                unitsIn.set(page.unitsIn());
                unitsOut.set(page.unitsOut());
            }
        });
    }

    private JournalQuery query(PagedList.Request<Order> r) {
        Pair p = pair.get();
        Long providerId = p != null ? Long.valueOf(p.providerId()) : provider.get() == null ? null : provider.get().id();
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        return new JournalQuery(p == null ? null : p.productId(), providerId, reason.get(), r.text(), start, end,
                r.offset(), r.limit());
    }

    private Page<JournalRow> page(JournalPage page) {
        last.set(page);
        return page.page();
    }

    /** The whole journal of one balance: no period, no other filter. */
    public void open(BalanceRow row) {
        provider.set(null);
        reason.set(null);
        list.searchTextProperty().set("");
        from.set(null);
        to.set(null);
        pair.set(new Pair(row.productId(), row.providerId(), row.title(), row.provider()));
    }

    /** Back to the journal of every balance. */
    public void clearPair() {
        pair.set(null);
    }

    public void load() {
        list.load();
    }

    public void loadReferenceData() {
        ui.tasks().call(stock::providers).onSuccess(providers::setAll).start();
    }

    public PagedList<JournalRow, Order> list() {
        return list;
    }

    public ReadOnlyObjectProperty<Pair> pairProperty() {
        return pair.getReadOnlyProperty();
    }

    public ObjectProperty<NamedItem> providerProperty() {
        return provider;
    }

    public ObjectProperty<StockReason> reasonProperty() {
        return reason;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ReadOnlyLongProperty unitsInProperty() {
        return unitsIn.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty unitsOutProperty() {
        return unitsOut.getReadOnlyProperty();
    }

    public ObservableList<NamedItem> providers() {
        return providers;
    }

    /** Opens the sale or return behind a movement in the Purchases history; false for other movements. */
    public boolean openCheck(JournalRow row) {
        if (row == null || row.purchaseId() == null) {
            return false;
        }
        return ui.navigator().open(OpenChecks.check(row.purchaseId(), row.movedAt().atZone(zone).toLocalDate()));
    }
}
