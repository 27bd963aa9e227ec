package org.shopdesk.ui.suppliers;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.party.ProviderCheck;
import org.shopdesk.domain.party.ProviderOffer;
import org.shopdesk.domain.party.ProviderStock;
import org.shopdesk.domain.party.ProviderTabQuery;
import org.shopdesk.service.suppliers.SupplierService;
import org.shopdesk.ui.kit.PagedList;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.prices.OpenPrices;
import org.shopdesk.ui.stock.OpenStock;

/**
 * The provider's read-only tabs: its current offers, its stock and its checks, each a paged list
 * of the provider the card shows. A tab loads when it is looked at, not on every pick in the list:
 * a provider's checks run into tens of thousands.
 */
public final class SupplierTabsViewModel {
    public static final int PAGE_SIZE = 50;

    /** The tabs besides the card. */
    public enum Tab { OFFERS, STOCK, SALES }

    /** These lists have one order each (title; newest check first): nothing to choose. */
    public enum Order { FIXED }

    private final PagedList<ProviderOffer, Order> offers;
    private final PagedList<ProviderStock, Order> stock;
    private final PagedList<ProviderCheck, Order> sales;
    private final Map<Tab, PagedList<?, Order>> lists = new EnumMap<>(Tab.class);
    private final Set<Tab> stale = EnumSet.allOf(Tab.class);
    private volatile Long providerId;
    private String providerName;
    private final ReadOnlyBooleanWrapper providerShown = new ReadOnlyBooleanWrapper(false);
    private final UiContext ui;
    private Tab active;

    public SupplierTabsViewModel(SupplierService suppliers, UiContext ui) {
        this.ui = ui;
        offers = new PagedList<>(ui.tasks(), ui.errors(), PAGE_SIZE, Order.FIXED, ProviderOffer::productId,
                (r, c) -> providerId == null ? empty(r) : suppliers.offers(query(r), c));
        stock = new PagedList<>(ui.tasks(), ui.errors(), PAGE_SIZE, Order.FIXED, ProviderStock::productId,
                (r, c) -> providerId == null ? empty(r) : suppliers.stock(query(r), c));
        sales = new PagedList<>(ui.tasks(), ui.errors(), PAGE_SIZE, Order.FIXED, ProviderCheck::id,
                (r, c) -> providerId == null ? empty(r) : suppliers.sales(query(r), c));
        lists.put(Tab.OFFERS, offers);
        lists.put(Tab.STOCK, stock);
        lists.put(Tab.SALES, sales);
    }

    /** The card now shows this provider (null: a new one): every tab is out of date, the one in view reloads. */
    public void showProvider(Long id) {
        showProvider(id, null);
    }

    /** As {@link #showProvider(Long)}, with the provider's name for the screens the tabs lead to. */
    public void showProvider(Long id, String name) {
        providerId = id;
        providerName = name;
        providerShown.set(id != null);
        stale.addAll(lists.keySet());
        refreshActive();
    }

    /** The user looks at {@code tab} (null: the card): it loads if it is out of date. */
    public void setActive(Tab tab) {
        active = tab;
        refreshActive();
    }

    private void refreshActive() {
        if (active != null && stale.remove(active)) {
            lists.get(active).restart();
        }
    }

    private ProviderTabQuery query(PagedList.Request<Order> r) {
        return new ProviderTabQuery(providerId, r.offset(), r.limit());
    }

    private static <T> Page<T> empty(PagedList.Request<Order> r) {
        return new Page<>(java.util.List.of(), 0, r.offset(), r.limit());
    }

    /** The Prices screen on this provider's prices (where they are edited); false when none is shown. */
    public boolean openPrices() {
        Long id = providerId;
        return id != null && ui.navigator().open(new OpenPrices(id, providerName));
    }

    /** The Stock screen's balances of this provider; false when none is shown. */
    public boolean openStock() {
        Long id = providerId;
        return id != null && ui.navigator().open(new OpenStock(id, providerName));
    }

    public ReadOnlyBooleanProperty providerShownProperty() {
        return providerShown.getReadOnlyProperty();
    }

    public PagedList<ProviderOffer, Order> offers() {
        return offers;
    }

    public PagedList<ProviderStock, Order> stock() {
        return stock;
    }

    public PagedList<ProviderCheck, Order> sales() {
        return sales;
    }
}
