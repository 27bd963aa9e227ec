package org.shopdesk.ui.prices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.pricing.BulkChange;
import org.shopdesk.domain.pricing.BulkPreview;
import org.shopdesk.domain.pricing.BulkPreviewRow;
import org.shopdesk.domain.pricing.Rounding;
import org.shopdesk.service.pricing.PriceService;
import org.shopdesk.ui.kit.GoodsFilter;
import org.shopdesk.ui.kit.UiContext;

/**
 * "Provider X, category Y (producer Z): +5 % rounded to ...90": the preview the database computes
 * (every row old -> new and the count), then apply in one transaction. Changing any input drops
 * the preview, so what is applied is always what was last previewed.
 */
public final class BulkChangeViewModel {
    private final PriceService prices;
    private final UiContext ui;
    /** The goods the change applies to; the pickers offer the grid's entries (its own lists stay empty). */
    private final GoodsFilter goods = new GoodsFilter();
    private final ObjectProperty<NamedItem> provider = goods.providerProperty();
    private final ObjectProperty<NamedItem> category = goods.categoryProperty();
    private final ObjectProperty<NamedItem> producer = goods.producerProperty();
    private final ObjectProperty<BulkChange.Kind> kind = new SimpleObjectProperty<>(BulkChange.Kind.PERCENT);
    private final StringProperty amount = new SimpleStringProperty("");
    private final ObjectProperty<Rounding> rounding = new SimpleObjectProperty<>(Rounding.KOPECKS);
    private final ObjectProperty<LocalDate> validFrom = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<BulkPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ObservableList<BulkPreviewRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper amountProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private Runnable onApplied = () -> { };

    public BulkChangeViewModel(PriceService prices, UiContext ui) {
        this.prices = prices;
        this.ui = ui;
        for (Observable o : new Observable[] {provider, category, producer, kind, amount, rounding, validFrom}) {
            o.addListener(x -> dropPreview());
        }
    }

    public void setOnApplied(Runnable onApplied) {
        this.onApplied = onApplied;
    }

    private void dropPreview() {
        if (preview.get() != null) {
            preview.set(null);
            rows.clear();
            summary.set("");
        }
        amountProblem.set("");
    }

    public void preview() {
        if (provider.get() == null) {
            summary.set(ui.messages().get("prices.bulk.pickProvider"));
            return;
        }
        BigDecimal a = PriceDetailViewModel.parse(amount.get());
        if (a == null) {
            amountProblem.set(ui.messages().get("prices.form.notANumber"));
            return;
        }
        ZoneId zone = ZoneId.systemDefault();
        Instant from = validFrom.get() == null || !validFrom.get().isAfter(LocalDate.now(zone))
                ? null : validFrom.get().atStartOfDay(zone).toInstant();
        BulkChange change = new BulkChange(provider.get().id(), idOf(category.get()), idOf(producer.get()), kind.get(), a,
                rounding.get(), from);
        busy.set(true);
        ui.tasks().call(() -> prices.previewBulk(change)).onSuccess(p -> {
            preview.set(p);
            rows.setAll(p.rows());
            summary.set(ui.messages().get("prices.bulk.previewSummary", p.count(), p.changed(), p.invalid()));
        }).onError(e -> amountProblem.set(ui.errors().describe(e))).onFinally(() -> busy.set(false)).start();
    }

    public void apply() {
        BulkPreview p = preview.get();
        if (p == null || busy.get()) {
            return;
        }
        busy.set(true);
        ui.tasks().call(() -> prices.applyBulk(p)).onSuccess(r -> {
            preview.set(null);
            rows.clear();
            summary.set(ui.messages().get("prices.bulk.applied", r.changed(), ui.formats().dateTime(r.validFrom())));
            onApplied.run();
        }).onError(e -> summary.set(ui.errors().describe(e))).onFinally(() -> busy.set(false)).start();
    }

    public BooleanBinding canApply() {
        return Bindings.createBooleanBinding(() -> preview.get() != null && preview.get().invalid() == 0
                && preview.get().changed() > 0 && !busy.get(), preview, busy);
    }

    private static Long idOf(NamedItem item) {
        return item == null || item.id() < 0 ? null : item.id();
    }

    /** Provider, category and producer of the goods to change. */
    public GoodsFilter goods() {
        return goods;
    }

    public ObjectProperty<BulkChange.Kind> kindProperty() {
        return kind;
    }

    public StringProperty amountProperty() {
        return amount;
    }

    public ObjectProperty<Rounding> roundingProperty() {
        return rounding;
    }

    public ObjectProperty<LocalDate> validFromProperty() {
        return validFrom;
    }

    public ReadOnlyObjectProperty<BulkPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableList<BulkPreviewRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty amountProblemProperty() {
        return amountProblem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
