package org.shopdesk.ui.charts;

import java.time.LocalDate;
import java.util.List;
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
import javafx.collections.ObservableList;
import org.shopdesk.domain.charts.ChartFilter;
import org.shopdesk.domain.charts.FilterChoices;
import org.shopdesk.domain.charts.Granularity;
import org.shopdesk.domain.charts.PeriodPreset;
import org.shopdesk.domain.charts.ProducerSales;
import org.shopdesk.domain.charts.ProductSales;
import org.shopdesk.domain.charts.SalesOverview;
import org.shopdesk.domain.charts.ChartTables;
import org.shopdesk.service.charts.SalesChartService;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.domain.charts.ProviderSales;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.purchases.OpenChecks;

/**
 * The Charts area's state: the period (a preset or a range, both days included), the filters
 * and the over-time step; the figures of the last load; a producer opened for its top products.
 * Any change loads again in the background and cancels the load it replaces (on the server
 * too). A range that is reversed or too long is refused at the field and loads nothing.
 */
public final class ChartsViewModel {
    private final SalesChartService charts;
    private final UiContext ui;
    private final ChartTables tables;

    private final ObjectProperty<PeriodPreset> preset = new SimpleObjectProperty<>(PeriodPreset.LAST_30_DAYS);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoices.Choice> category = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoices.Choice> producer = new SimpleObjectProperty<>();
    private final ObjectProperty<FilterChoices.Choice> provider = new SimpleObjectProperty<>();
    private final ObjectProperty<Granularity> step = new SimpleObjectProperty<>(Granularity.DAY);
    private final ObservableList<FilterChoices.Choice> categories = FXCollections.observableArrayList();
    private final ObservableList<FilterChoices.Choice> producers = FXCollections.observableArrayList();
    private final ObservableList<FilterChoices.Choice> providers = FXCollections.observableArrayList();

    private final ReadOnlyObjectWrapper<SalesOverview> overview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper periodProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ProducerSales> opened = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<List<ProductSales>> topProducts = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanProperty started = new SimpleBooleanProperty(false);

    private TaskRunner.Running load;
    private TaskRunner.Running drill;
    private boolean settingPreset;
    private LocalDate today;

    public ChartsViewModel(SalesChartService charts, UiContext ui) {
        this.charts = charts;
        this.ui = ui;
        this.tables = new ChartTables(key -> ui.messages().get(key));
        preset.addListener((o, old, p) -> applyPreset());
        from.addListener((o, old, v) -> rangeEdited());
        to.addListener((o, old, v) -> rangeEdited());
        category.addListener((o, old, v) -> reload());
        producer.addListener((o, old, v) -> reload());
        provider.addListener((o, old, v) -> reload());
        step.addListener((o, old, v) -> reload());
    }

    /** First look: today in the shop's time zone, the filters' choices, then the figures. */
    public void start() {
        loading.set(true);
        ui.tasks().call(() -> new Object[] {charts.today(), charts.choices()}).onSuccess(r -> {
            today = (LocalDate) r[0];
            FilterChoices c = (FilterChoices) r[1];
            categories.setAll(c.categories());
            producers.setAll(c.producers());
            providers.setAll(c.providers());
            started.set(true);
            applyPreset();
        }).onError(e -> {
            loading.set(false);
            ui.errors().show(e);
        }).start();
    }

    private void applyPreset() {
        if (today == null || preset.get() == null) {
            return;
        }
        ChartFilter f = preset.get().range(today, ChartFilter.period(today, today.plusDays(1)));
        settingPreset = true;
        try {
            from.set(f.from());
            to.set(f.to().minusDays(1));
        } finally {
            settingPreset = false;
        }
        reload();
    }

    private void rangeEdited() {
        if (!settingPreset) {
            preset.set(null);
            reload();
        }
    }

    /** The filter of the fields, or null (and the problem said) when the range cannot be shown. */
    public ChartFilter filter() {
        if (from.get() == null || to.get() == null) {
            periodProblem.set(ui.messages().get("charts.period.missing"));
            return null;
        }
        ChartFilter f = new ChartFilter(from.get(), to.get().plusDays(1), id(category.get()), id(producer.get()), id(provider.get()));
        try {
            SalesChartService.check(f);
        } catch (org.shopdesk.domain.common.ValidationException e) {
            periodProblem.set(ui.messages().problem(e.problems().get(0)));
            return null;
        }
        periodProblem.set("");
        return f;
    }

    private static Long id(FilterChoices.Choice c) {
        return c == null ? null : c.id();
    }

    /** Loads every chart for the fields as they are now, cancelling a load still running. */
    public void reload() {
        if (!started.get()) {
            return;
        }
        if (load != null) {
            load.cancel();
        }
        ChartFilter f = filter();
        if (f == null) {
            loading.set(false);
            return;
        }
        Granularity g = step.get();
        closeProducer();
        loading.set(true);
        load = ui.tasks().cancellable(cancel -> charts.overview(f, g, cancel))
                .onSuccess(overview::set)
                .onFinally(() -> loading.set(false))
                .start();
    }

    /**
     * The checks behind a provider's bar in the Purchases history: that provider over the shown
     * period (the history's days are inclusive, the chart's end is not); false when nothing is shown.
     */
    public boolean openChecks(ProviderSales p) {
        ChartFilter f = overview.get() == null ? null : overview.get().filter();
        if (f == null || p == null) {
            return false;
        }
        return ui.navigator().open(OpenChecks.provider(p.providerId(), p.provider(), f.from(), f.to().minusDays(1)));
    }

    /** A producer's top products in the same period and filters (a click on its bar). */
    public void openProducer(ProducerSales p) {
        ChartFilter f = overview.get() == null ? null : overview.get().filter();
        if (f == null) {
            return;
        }
        if (drill != null) {
            drill.cancel();
        }
        opened.set(p);
        topProducts.set(List.of());
        drill = ui.tasks().cancellable(cancel -> charts.topProducts(f, p.producerId(), cancel)).onSuccess(topProducts::set).start();
    }

    public void closeProducer() {
        if (drill != null) {
            drill.cancel();
        }
        opened.set(null);
        topProducts.set(List.of());
    }

    public ChartTables tables() {
        return tables;
    }

    public ObjectProperty<PeriodPreset> presetProperty() {
        return preset;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<FilterChoices.Choice> categoryProperty() {
        return category;
    }

    public ObjectProperty<FilterChoices.Choice> producerProperty() {
        return producer;
    }

    public ObjectProperty<FilterChoices.Choice> providerProperty() {
        return provider;
    }

    public ObjectProperty<Granularity> stepProperty() {
        return step;
    }

    public ObservableList<FilterChoices.Choice> categories() {
        return categories;
    }

    public ObservableList<FilterChoices.Choice> producers() {
        return producers;
    }

    public ObservableList<FilterChoices.Choice> providers() {
        return providers;
    }

    public ReadOnlyObjectProperty<SalesOverview> overviewProperty() {
        return overview.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty periodProblemProperty() {
        return periodProblem.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ProducerSales> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<ProductSales>> topProductsProperty() {
        return topProducts.getReadOnlyProperty();
    }
}
