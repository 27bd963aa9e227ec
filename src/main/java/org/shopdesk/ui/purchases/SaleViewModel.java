package org.shopdesk.ui.purchases;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.shopdesk.domain.common.DatabaseUnavailableException;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.BasketDraft;
import org.shopdesk.domain.purchasing.BasketLine;
import org.shopdesk.domain.purchasing.BasketReceipt;
import org.shopdesk.domain.purchasing.CustomerChoice;
import org.shopdesk.domain.purchasing.LineRefusal;
import org.shopdesk.domain.purchasing.Offer;
import org.shopdesk.domain.purchasing.ProductOffers;
import org.shopdesk.domain.purchasing.SaleReceipt;
import org.shopdesk.domain.purchasing.SaleRefusedException;
import org.shopdesk.service.purchasing.ReceiptService;
import org.shopdesk.service.purchasing.SaleLookupService;
import org.shopdesk.service.purchasing.SaleService;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.kit.UiContext;

/**
 * The clerk's sale: a customer, a basket of offers from any providers, the running total, and Save.
 * A scanned code (the code and Enter) becomes a line at once with the cheapest offer in stock; a
 * typed fragment lists products and their offers, cheapest first. The client key lives until the
 * sale is saved, so saving again after a failure (a lost connection) never makes a second sale;
 * a refusal names each line, and the new prices can be taken with one command.
 */
public final class SaleViewModel {
    /** What a scanner types: a SKU or an EAN, no spaces. */
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{2,39}");

    /** A line of the basket as the screen shows it. */
    public record Line(long productId, String sku, String title, long providerId, String provider, long priceId,
                       BigDecimal price, String currency, int quantity) {
        public BigDecimal sum() {
            return price.multiply(BigDecimal.valueOf(quantity));
        }

        Line withQuantity(int q) {
            return new Line(productId, sku, title, providerId, provider, priceId, price, currency, q);
        }

        Line withPrice(long newPriceId, BigDecimal newPrice) {
            return new Line(productId, sku, title, providerId, provider, newPriceId, newPrice, currency, quantity);
        }
    }

    private final SaleService sales;
    private final SaleLookupService lookup;
    private final ReceiptService receipts;
    private final UiContext ui;

    private final ObservableList<CustomerChoice> customers = FXCollections.observableArrayList();
    private final ObjectProperty<CustomerChoice> customer = new SimpleObjectProperty<>();
    private final ObservableList<ProductOffers> products = FXCollections.observableArrayList();
    private final ObjectProperty<ProductOffers> product = new SimpleObjectProperty<>();
    private final ObservableList<Offer> offers = FXCollections.observableArrayList();
    private final ObservableList<Line> lines = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<BigDecimal> total = new ReadOnlyObjectWrapper<>(BigDecimal.ZERO);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper problem = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper newPrices = new ReadOnlyBooleanWrapper(false);
    private final BooleanProperty receiptsReady = new SimpleBooleanProperty(false);
    private final List<LineRefusal> priceRefusals = new ArrayList<>();
    private final List<Path> lastReceipts = new ArrayList<>();
    private UUID clientKey = UUID.randomUUID();
    private TaskRunner.Running customerSearch;
    private TaskRunner.Running productSearch;

    public SaleViewModel(SaleService sales, SaleLookupService lookup, ReceiptService receipts, UiContext ui) {
        this.sales = sales;
        this.lookup = lookup;
        this.receipts = receipts;
        this.ui = ui;
        lines.addListener((ListChangeListener<Line>) c -> total.set(lines.stream().map(Line::sum)
                .reduce(BigDecimal.ZERO, BigDecimal::add)));
        product.addListener((o, before, after) -> offers.setAll(after == null ? List.of() : after.offers()));
    }

    // ------------------------------------------------------------------ customer

    /** Customers matching what the clerk typed; the previous search is cancelled. */
    public void searchCustomers(String text) {
        if (customerSearch != null) {
            customerSearch.cancel();
        }
        customerSearch = ui.tasks().call(() -> lookup.findCustomers(text)).onSuccess(customers::setAll)
                .onError(this::showError).start();
    }

    public void chooseCustomer(CustomerChoice c) {
        customer.set(c);
        customers.clear();
    }

    // ------------------------------------------------------------------ products and lines

    /**
     * Enter in the product field. A code that is exactly one product's SKU or EAN adds a line at
     * once; anything else lists products, and {@code notScanned} runs (the screen gives the text
     * back to the field it cleared for the next scan).
     */
    public void enterProduct(String text, Runnable notScanned) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return;
        }
        boolean code = CODE.matcher(t).matches();
        if (productSearch != null && !code) {
            productSearch.cancel();
        }
        TaskRunner.Running running = ui.tasks().call(() -> code ? lookup.byCode(t) : List.<ProductOffers>of())
                .onSuccess(exact -> {
                    if (exact.size() == 1) {
                        addBest(exact.get(0));
                    } else {
                        notScanned.run();
                        searchProducts(t);
                    }
                })
                .onError(this::showError).start();
        if (!code) {
            productSearch = running;
        }
    }

    /** Products whose title or SKU holds {@code text}; the first one's offers are shown. */
    public void searchProducts(String text) {
        if (productSearch != null) {
            productSearch.cancel();
        }
        productSearch = ui.tasks().call(() -> lookup.findProducts(text)).onSuccess(found -> {
            products.setAll(found);
            product.set(found.isEmpty() ? null : found.get(0));
            if (found.isEmpty()) {
                say(ui.messages().get("purchase.sale.noProduct", text), true);
            }
        }).onError(this::showError).start();
    }

    /** The cheapest offer with stock becomes a line (or one more of it). */
    private void addBest(ProductOffers p) {
        products.setAll(p);
        product.set(p);
        if (p.offers().isEmpty()) {
            say(ui.messages().get("purchase.sale.notOffered", p.title()), true);
            return;
        }
        Offer best = p.offers().stream().filter(o -> o.available() > 0).findFirst().orElse(null);
        if (best == null) {
            say(ui.messages().get("purchase.sale.noStock", p.title()), true);
            return;
        }
        add(p, best);
    }

    /** Adds one of this offer: a new line, or one more on the line that has it. */
    public void add(ProductOffers p, Offer o) {
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.productId() == p.productId() && l.providerId() == o.providerId()) {
                lines.set(i, l.withQuantity(Math.min(SaleService.MAX_QUANTITY, l.quantity() + 1)));
                say("", false);
                return;
            }
        }
        lines.add(new Line(p.productId(), p.sku(), p.title(), o.providerId(), o.provider(), o.priceId(), o.price(),
                o.currency(), 1));
        say("", false);
    }

    /** The quantity typed for line {@code index}; refused with the rule's message. True if taken. */
    public boolean setQuantity(int index, String text) {
        if (index < 0 || index >= lines.size()) {
            return false;
        }
        try {
            lines.set(index, lines.get(index).withQuantity(SaleService.parseQuantity(text)));
            say("", false);
            return true;
        } catch (ValidationException e) {
            say(ui.errors().describe(e), true);
            return false;
        }
    }

    public void remove(int index) {
        if (index >= 0 && index < lines.size()) {
            lines.remove(index);
        }
    }

    // ------------------------------------------------------------------ save

    public void save() {
        if (saving.get()) {
            return;
        }
        CustomerChoice c = customer.get();
        BasketDraft draft = new BasketDraft(clientKey, c == null ? null : c.id(), lines.stream()
                .map(l -> new BasketLine(l.productId(), l.providerId(), l.priceId(), l.quantity())).toList());
        saving.set(true);
        ui.tasks().call(() -> sales.recordBasket(draft))
                .onSuccess(this::saved)
                .onError(this::refused)
                .onFinally(() -> saving.set(false))
                .start();
    }

    private void saved(BasketReceipt receipt) {
        List<String> numbers = new ArrayList<>();
        for (SaleReceipt r : receipt.checks()) {
            String provider = lines.stream().filter(l -> l.providerId() == r.providerId()).map(Line::provider).findFirst()
                    .orElse("");
            numbers.add(ui.messages().get("purchase.sale.checkNo", r.purchaseId(), provider));
        }
        String text = ui.messages().get("purchase.sale.saved", String.join(", ", numbers),
                ui.formats().money(receipt.total()));
        clear();
        say(text, false);
        receiptsReady.set(false);
        List<Long> ids = receipt.checks().stream().map(SaleReceipt::purchaseId).toList();
        ui.tasks().call(() -> ids.stream().map(id -> receipts.keep(id, ui.messages()::get, ui.messages().locale(),
                        ZoneId.systemDefault())).toList())
                .onSuccess(files -> {
                    lastReceipts.clear();
                    lastReceipts.addAll(files);
                    receiptsReady.set(true);
                })
                .onError(this::showError).start();
    }

    private void refused(Throwable e) {
        priceRefusals.clear();
        if (e instanceof SaleRefusedException r) {
            r.refusals().stream().filter(x -> x.reason() == LineRefusal.Reason.PRICE_CHANGED && x.currentPriceId() != null)
                    .forEach(priceRefusals::add);
            say(ui.messages().get("purchase.sale.refused") + "\n" + ui.errors().describe(e), true);
        } else if (e instanceof DatabaseUnavailableException) {
            say(ui.messages().get("purchase.sale.notSaved", ui.errors().describe(e)), true);
        } else {
            say(ui.errors().describe(e), true);
        }
        newPrices.set(!priceRefusals.isEmpty());
    }

    /** Takes the prices the refusal named (the clerk agreed them with the customer); save again next. */
    public void takeNewPrices() {
        for (LineRefusal r : priceRefusals) {
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.productId() == r.productId() && l.providerId() == r.providerId()) {
                    lines.set(i, l.withPrice(r.currentPriceId(), r.currentPrice()));
                }
            }
        }
        priceRefusals.clear();
        newPrices.set(false);
        say(ui.messages().get("purchase.sale.pricesTaken"), false);
    }

    /** A new sale: empty basket, no customer, a new client key. */
    public void newSale() {
        clear();
        say("", false);
    }

    private void clear() {
        lines.clear();
        customer.set(null);
        customers.clear();
        products.clear();
        product.set(null);
        priceRefusals.clear();
        newPrices.set(false);
        clientKey = UUID.randomUUID();
    }

    /** Opens the receipts of the last saved sale in the system's PDF viewer (or says where they are). */
    public void openReceipts() {
        List<Path> files = List.copyOf(lastReceipts);
        if (files.isEmpty()) {
            return;
        }
        ui.tasks().call(() -> files.stream().allMatch(receipts::open)).onSuccess(opened -> {
            if (!opened) {
                say(ui.messages().get("purchase.receipt.savedAt", files.get(0).getParent()), false);
            }
        }).onError(this::showError).start();
    }

    public List<Path> lastReceipts() {
        return List.copyOf(lastReceipts);
    }

    private void showError(Throwable e) {
        say(ui.errors().describe(e), true);
    }

    private void say(String text, boolean isProblem) {
        message.set(text);
        problem.set(isProblem);
    }

    // ------------------------------------------------------------------ properties

    public ObservableList<CustomerChoice> customers() {
        return customers;
    }

    public ReadOnlyObjectProperty<CustomerChoice> customerProperty() {
        return customer;
    }

    public ObservableList<ProductOffers> products() {
        return products;
    }

    public ObjectProperty<ProductOffers> productProperty() {
        return product;
    }

    public ObservableList<Offer> offers() {
        return offers;
    }

    public ObservableList<Line> lines() {
        return lines;
    }

    public ReadOnlyObjectProperty<BigDecimal> totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty newPricesProperty() {
        return newPrices.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty receiptsReadyProperty() {
        return receiptsReady;
    }
}
