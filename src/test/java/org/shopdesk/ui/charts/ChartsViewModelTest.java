package org.shopdesk.ui.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.charts.FilterChoices;
import org.shopdesk.domain.charts.Granularity;
import org.shopdesk.domain.charts.PeriodPreset;
import org.shopdesk.domain.charts.ProductSales;
import org.shopdesk.domain.charts.SalesOverview;
import org.shopdesk.service.SalesAnalyticsFixture;
import org.shopdesk.service.charts.SalesChartService;
import org.shopdesk.testing.ScreenFixture;
import org.shopdesk.testing.TestDatabase;
import org.shopdesk.ui.common.ErrorPresenter;
import org.shopdesk.ui.common.Messages;
import org.shopdesk.ui.common.TaskRunner;
import org.shopdesk.ui.kit.UiContext;
import org.shopdesk.ui.kit.UiSettings;

/** The Charts area's state without a toolkit: presets, range, filters, refusal, drill-down. */
class ChartsViewModelTest {
    static TestDatabase db;
    static SalesChartService charts;

    final List<Throwable> unhandled = new ArrayList<>();
    ChartsViewModel vm;
    LocalDate today = LocalDate.now(ZoneOffset.UTC);

    @BeforeAll
    static void data() {
        db = TestDatabase.create();
        SalesAnalyticsFixture.load(db);
        charts = db.backend().charts();
    }

    @AfterAll
    static void drop() {
        db.close();
    }

    @BeforeEach
    void start() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
        UiContext ui = UiContext.of(messages, TaskRunner.inline(unhandled::add), dialogs,
                new ErrorPresenter(messages, dialogs, "log"), null, UiSettings.inMemory());
        vm = new ChartsViewModel(charts, ui);
        vm.start();
    }

    private BigDecimal net() {
        return vm.overviewProperty().get().kpis().get(0).current().netRevenue();
    }

    @Test
    void startsOnTheLast30DaysAndFollowsPresetsRangeAndFilters() {
        assertThat(vm.fromProperty().get()).isEqualTo(today.minusDays(29));
        assertThat(vm.toProperty().get()).isEqualTo(today);
        assertThat(net()).isEqualByComparingTo("520");
        assertThat(vm.providers()).extracting(FilterChoices.Choice::name).containsExactly("Shop one", "Shop three", "Shop two");

        vm.presetProperty().set(PeriodPreset.LAST_7_DAYS);
        assertThat(vm.fromProperty().get()).isEqualTo(today.minusDays(6));
        assertThat(net()).isEqualByComparingTo("190");

        // A hand-picked range is no preset any more.
        vm.fromProperty().set(today.minusDays(4));
        assertThat(vm.presetProperty().get()).isNull();
        assertThat(net()).isEqualByComparingTo("10");

        vm.providerProperty().set(vm.providers().get(2));
        assertThat(vm.overviewProperty().get().filter().providerId()).isEqualTo(vm.providers().get(2).id());
        assertThat(net()).isEqualByComparingTo("-30");
        vm.stepProperty().set(Granularity.WEEK);
        assertThat(vm.overviewProperty().get().overTime()).hasSize(1);
        assertThat(unhandled).isEmpty();
    }

    @Test
    void aReversedOrTooLongRangeIsRefusedAtTheFieldAndLoadsNothing() {
        SalesOverview shown = vm.overviewProperty().get();
        vm.fromProperty().set(today.plusDays(3));
        assertThat(vm.periodProblemProperty().get()).startsWith("Choose a period of at least one day");
        assertThat(vm.overviewProperty().get()).isSameAs(shown);
        assertThat(vm.loadingProperty().get()).isFalse();
        vm.fromProperty().set(today.minusYears(4));
        assertThat(vm.periodProblemProperty().get()).isNotEmpty();
        vm.fromProperty().set(today.minusDays(29));
        assertThat(vm.periodProblemProperty().get()).isEmpty();
        assertThat(vm.overviewProperty().get()).isNotSameAs(shown);
    }

    @Test
    void opensAProducerAndAChangedFilterClosesIt() {
        var zeta = vm.overviewProperty().get().byProducer().get(1);
        vm.openProducer(zeta);
        assertThat(vm.openedProperty().get()).isEqualTo(zeta);
        assertThat(vm.topProductsProperty().get()).extracting(ProductSales::title).containsExactly("Charger", "Case");
        vm.presetProperty().set(PeriodPreset.LAST_12_MONTHS);
        assertThat(vm.openedProperty().get()).isNull();
        assertThat(vm.topProductsProperty().get()).isEmpty();
    }

    @Test
    void aProvidersBarOpensItsChecksOverTheShownPeriodInThePurchasesHistory() {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        ScreenFixture.RecordingDialogs dialogs = new ScreenFixture.RecordingDialogs();
        UiContext ui = UiContext.of(messages, TaskRunner.inline(unhandled::add), dialogs,
                new ErrorPresenter(messages, dialogs, "log"), null, UiSettings.inMemory());
        java.util.List<String> shown = new java.util.ArrayList<>();
        java.util.List<org.shopdesk.ui.purchases.OpenChecks> asked = new java.util.ArrayList<>();
        ui.navigator().route(org.shopdesk.ui.purchases.OpenChecks.class, "nav.purchases");
        ui.navigator().attach(key -> shown.add(key));
        ui.navigator().handle(org.shopdesk.ui.purchases.OpenChecks.class, asked::add);
        ChartsViewModel charts = new ChartsViewModel(ChartsViewModelTest.charts, ui);
        charts.start();
        charts.presetProperty().set(PeriodPreset.LAST_7_DAYS);
        var provider = charts.overviewProperty().get().byProvider().get(0);

        assertThat(charts.openChecks(provider)).isTrue();
        assertThat(shown).containsExactly("nav.purchases");
        // The chart's period ends the day after its last day; the history's last day is inclusive.
        assertThat(asked).containsExactly(org.shopdesk.ui.purchases.OpenChecks.provider(provider.providerId(),
                provider.provider(), today.minusDays(6), today));
        assertThat(unhandled).isEmpty();
    }
}
