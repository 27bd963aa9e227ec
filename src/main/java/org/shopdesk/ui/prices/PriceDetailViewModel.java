package org.shopdesk.ui.prices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
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
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.pricing.ArticleRow;
import org.shopdesk.domain.pricing.OfferRow;
import org.shopdesk.domain.pricing.PriceChange;
import org.shopdesk.domain.pricing.PriceHistoryRow;
import org.shopdesk.service.pricing.PriceRules;
import org.shopdesk.service.pricing.PriceService;
import org.shopdesk.ui.kit.UiContext;

/**
 * One product's prices: its offers at every provider, the offer being edited (value, currency,
 * valid from now or a date, the provider's article number), and its history for the table and
 * the chart. A save carries the price the user saw; a conflict says so and shows the new one.
 */
public final class PriceDetailViewModel {
    /** What the form edits: a product at a provider, and the price valid now that the user sees. */
    public record Target(long productId, String title, long providerId, String provider, Long priceId,
                         BigDecimal value, String currency) {
    }

    private final PriceService prices;
    private final UiContext ui;
    private final ZoneId zone;
    private final ReadOnlyObjectWrapper<Long> product = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper productTitle = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>();
    private final StringProperty value = new SimpleStringProperty("");
    private final StringProperty currency = new SimpleStringProperty("RUB");
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final StringProperty article = new SimpleStringProperty("");
    private final BooleanProperty historyAllProviders = new SimpleBooleanProperty(false);
    private final ReadOnlyStringWrapper valueProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper next = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper conflict = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<OfferRow> offers = FXCollections.observableArrayList();
    private final ObservableList<PriceHistoryRow> history = FXCollections.observableArrayList();
    private Integer articleVersion;
    private Runnable onSaved = () -> { };

    public PriceDetailViewModel(PriceService prices, UiContext ui) {
        this.prices = prices;
        this.ui = ui;
        this.zone = ZoneId.systemDefault();
        historyAllProviders.addListener(o -> loadHistory());
        // A field corrected clears its message.
        value.addListener(o -> valueProblem.set(""));
    }

    /** A change scheduled for later, shown beside the form ("32 000,00 from 01.12.2026"); nothing when none. */
    public void showNext(BigDecimal value, Instant from) {
        next.set(value == null ? "" : ui.messages().get("prices.form.next", ui.formats().money(value),
                ui.formats().dateTime(from)));
    }

    public ReadOnlyStringProperty nextProperty() {
        return next.getReadOnlyProperty();
    }

    public void setOnSaved(Runnable onSaved) {
        this.onSaved = onSaved;
    }

    /** Shows a product's offers and history (no offer edited: the all-providers view). */
    public void showProduct(long productId, String title) {
        product.set(productId);
        productTitle.set(title);
        target.set(null);
        clearForm();
        loadOffersAndHistory();
    }

    /** Edits the product's price at a provider. */
    public void edit(Target t) {
        Target before = target.get();
        boolean same = before != null && before.productId() == t.productId() && before.providerId() == t.providerId();
        product.set(t.productId());
        productTitle.set(t.title());
        target.set(t);
        // The same offer read again (the list reloaded after a save) keeps the form's message.
        if (!same) {
            clearForm();
            next.set("");
        }
        value.set(t.value() == null ? "" : t.value().toPlainString().replace('.', decimalSeparator()));
        currency.set(t.currency() == null ? "RUB" : t.currency());
        ui.tasks().call(() -> prices.article(t.productId(), t.providerId())).onSuccess(a -> {
            articleVersion = a.version();
            article.set(a.article() == null ? "" : a.article());
        }).start();
        loadOffersAndHistory();
    }

    /** Edits one of the shown offers (the all-providers view). */
    public void edit(OfferRow offer) {
        edit(new Target(product.get(), productTitle.get(), offer.providerId(), offer.provider(), offer.priceId(),
                offer.value(), offer.currency()));
    }

    private void clearForm() {
        message.set("");
        valueProblem.set("");
        conflict.set(false);
        validFrom.set(null);
        article.set("");
        articleVersion = null;
    }

    private void loadOffersAndHistory() {
        Long id = product.get();
        if (id == null) {
            return;
        }
        ui.tasks().call(() -> prices.offers(id)).onSuccess(offers::setAll).start();
        loadHistory();
    }

    private void loadHistory() {
        Long id = product.get();
        if (id == null) {
            return;
        }
        Long provider = historyAllProviders.get() || target.get() == null ? null : target.get().providerId();
        ui.tasks().call(() -> prices.history(id, provider)).onSuccess(history::setAll).start();
    }

    private char decimalSeparator() {
        return java.text.DecimalFormatSymbols.getInstance(ui.messages().locale()).getDecimalSeparator();
    }

    /** The price as typed: "1 234,50" or "1234.50"; null when it is not a number. */
    static BigDecimal parse(String text) {
        String s = text == null ? "" : text.replaceAll("[\\s\\u00A0\\u202F]", "").replace(',', '.');
        if (s.isEmpty() || !s.matches("-?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(s);
    }

    public void save() {
        Target t = target.get();
        if (t == null || busy.get()) {
            return;
        }
        BigDecimal v = parse(value.get());
        if (v == null) {
            valueProblem.set(ui.messages().get(value.get().isBlank() ? "prices.validation.required" : "prices.form.notANumber"));
            message.set(ui.messages().get("prices.form.notSaved"));
            return;
        }
        var problem = PriceRules.checkValue(v).or(() -> PriceRules.checkCurrency(currency.get().strip()));
        if (problem.isPresent()) {
            showProblem(problem.get());
            return;
        }
        Instant from = validFrom.get() == null || !validFrom.get().isAfter(LocalDate.now(zone))
                ? null : validFrom.get().atStartOfDay(zone).toInstant();
        PriceChange change = new PriceChange(t.productId(), t.providerId(), t.priceId(), v, currency.get().strip(), from);
        busy.set(true);
        ui.tasks().call(() -> prices.changePrice(change)).onSuccess(id -> {
            message.set(ui.messages().get(from == null ? "prices.form.saved" : "prices.form.scheduled"));
            Target now = from == null ? new Target(t.productId(), t.title(), t.providerId(), t.provider(), id, v,
                    change.currency()) : t;
            target.set(now);
            loadOffersAndHistory();
            onSaved.run();
        }).onError(this::failed).onFinally(() -> busy.set(false)).start();
    }

    /** Ends the offer now; its history stays. Asks first. */
    public void remove() {
        Target t = target.get();
        if (t == null || t.priceId() == null || busy.get()
                || !ui.dialogs().confirm(ui.messages().get("prices.remove.title"),
                        ui.messages().get("prices.remove.question", t.title(), t.provider()))) {
            return;
        }
        busy.set(true);
        ui.tasks().run(() -> prices.removeOffer(t.productId(), t.providerId(), t.priceId())).onSuccess(x -> {
            message.set(ui.messages().get("prices.form.removed"));
            target.set(new Target(t.productId(), t.title(), t.providerId(), t.provider(), null, null, t.currency()));
            loadOffersAndHistory();
            onSaved.run();
        }).onError(this::failed).onFinally(() -> busy.set(false)).start();
    }

    public void saveArticle() {
        Target t = target.get();
        if (t == null || busy.get()) {
            return;
        }
        var problem = PriceRules.checkArticle(article.get());
        if (problem.isPresent()) {
            showProblem(problem.get());
            return;
        }
        busy.set(true);
        ui.tasks().call(() -> prices.saveArticle(t.productId(), t.providerId(), article.get(), articleVersion))
                .onSuccess(a -> {
                    articleVersion = a.version();
                    message.set(ui.messages().get("prices.form.articleSaved"));
                    onSaved.run();
                }).onError(this::failed).onFinally(() -> busy.set(false)).start();
    }

    /** Reads the offer again after a conflict: the form shows what is there now. */
    public void reloadAfterConflict() {
        Target t = target.get();
        if (t == null) {
            return;
        }
        conflict.set(false);
        ui.tasks().call(() -> prices.offers(t.productId())).onSuccess(list -> {
            OfferRow now = list.stream().filter(o -> o.providerId() == t.providerId()).findFirst().orElse(null);
            edit(new Target(t.productId(), t.title(), t.providerId(), t.provider(), now == null ? null : now.priceId(),
                    now == null ? null : now.value(), now == null ? t.currency() : now.currency()));
            onSaved.run();
        }).start();
    }

    private void failed(Throwable e) {
        Throwable cause = e.getCause() != null && !(e instanceof ValidationException) ? e.getCause() : e;
        if (e instanceof ConcurrentChangeException || cause instanceof ConcurrentChangeException) {
            conflict.set(true);
            message.set(ui.messages().get("prices.form.conflict"));
        } else if (e instanceof ValidationException v && v.problems().size() == 1) {
            showProblem(v.problems().get(0));
        } else {
            message.set(ui.errors().describe(e));
        }
    }

    private void showProblem(Problem p) {
        String text = ui.messages().problem(p);
        if (PriceRules.VALUE.equals(p.field())) {
            valueProblem.set(text);
            message.set(ui.messages().get("prices.form.notSaved"));
        } else {
            message.set(text);
        }
    }

    public BooleanBinding editing() {
        return target.isNotNull();
    }

    public BooleanBinding canRemove() {
        return Bindings.createBooleanBinding(() -> target.get() != null && target.get().priceId() != null && !busy.get(),
                target, busy);
    }

    public ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> productProperty() {
        return product.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty productTitleProperty() {
        return productTitle.getReadOnlyProperty();
    }

    public StringProperty valueProperty() {
        return value;
    }

    public StringProperty currencyProperty() {
        return currency;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public StringProperty articleProperty() {
        return article;
    }

    public BooleanProperty historyAllProvidersProperty() {
        return historyAllProviders;
    }

    public ReadOnlyStringProperty valueProblemProperty() {
        return valueProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty conflictProperty() {
        return conflict.getReadOnlyProperty();
    }

    public ObservableList<OfferRow> offers() {
        return offers;
    }

    public ObservableList<PriceHistoryRow> history() {
        return history;
    }

    /** The history rows that were in effect (cancelled ones never were), for the chart. */
    public List<PriceHistoryRow> chartRows() {
        return history.stream().filter(h -> !h.cancelled()).toList();
    }
}
