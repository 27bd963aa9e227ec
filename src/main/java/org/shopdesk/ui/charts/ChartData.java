package org.shopdesk.ui.charts;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.shopdesk.domain.charts.AbcClass;
import org.shopdesk.domain.charts.CoverBucket;
import org.shopdesk.domain.charts.OfferCover;
import org.shopdesk.domain.charts.ProducerSales;
import org.shopdesk.domain.charts.ProductSales;
import org.shopdesk.domain.charts.ProviderSales;
import org.shopdesk.domain.charts.TimePoint;
import org.shopdesk.ui.common.Formats;
import org.shopdesk.ui.common.Messages;

/**
 * Turns the charts' records into JavaFX chart data, one series per currency (never added
 * together), each bar, point and slice with a tooltip of its exact figures. Charts show the
 * first {@link #BARS} of a ranking; the table beside shows them all.
 */
final class ChartData {
    static final int BARS = 15;

    private final Messages messages;
    private final Formats formats;

    ChartData(Messages messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    String money(BigDecimal value, String currency) {
        return value == null ? "—" : formats.money(value) + (currency == null ? "" : " " + currency);
    }

    /** A figure with the decimals it was computed with (money 2, percentages and days 1 or 2). */
    String number(BigDecimal value) {
        if (value == null) {
            return "—";
        }
        NumberFormat f = NumberFormat.getNumberInstance(messages.locale());
        f.setMinimumFractionDigits(Math.max(0, value.scale()));
        f.setMaximumFractionDigits(Math.max(0, value.scale()));
        return f.format(value);
    }

    String date(java.time.LocalDate day) {
        return formats.date(day);
    }

    String integer(long value) {
        return formats.integer(value);
    }

    /** Bars of {@code rows} (best first), a series per currency, with tooltips and a click. */
    <R> ObservableList<XYChart.Series<String, Number>> bars(List<R> rows, Function<R, String> currency,
                                                           Function<R, String> label, Function<R, Number> value,
                                                           Function<R, String> tooltip, Consumer<R> onClick) {
        Map<String, XYChart.Series<String, Number>> byCurrency = new LinkedHashMap<>();
        Map<String, Integer> shown = new LinkedHashMap<>();
        for (R r : rows) {
            String c = currency.apply(r) == null ? "" : currency.apply(r);
            if (shown.merge(c, 1, Integer::sum) > BARS) {
                continue;
            }
            XYChart.Series<String, Number> s = byCurrency.computeIfAbsent(c, k -> {
                XYChart.Series<String, Number> n = new XYChart.Series<>();
                n.setName(k);
                return n;
            });
            XYChart.Data<String, Number> d = new XYChart.Data<>(label.apply(r), value.apply(r));
            decorate(d, tooltip.apply(r), onClick == null ? null : () -> onClick.accept(r));
            s.getData().add(d);
        }
        return FXCollections.observableArrayList(byCurrency.values());
    }

    ObservableList<XYChart.Series<String, Number>> providerRevenue(List<ProviderSales> rows, Consumer<ProviderSales> open) {
        return bars(rows, ProviderSales::currency, ProviderSales::provider, ProviderSales::netRevenue, this::providerTip, open);
    }

    ObservableList<XYChart.Series<String, Number>> providerChecks(List<ProviderSales> rows, Consumer<ProviderSales> open) {
        List<ProviderSales> byChecks = new ArrayList<>(rows);
        byChecks.sort((a, b) -> Integer.compare(a.checksRank(), b.checksRank()));
        return bars(byChecks, ProviderSales::currency, ProviderSales::provider, ProviderSales::checks, this::providerTip, open);
    }

    private String providerTip(ProviderSales p) {
        return p.provider() + "\n" + messages.get("charts.measure.netRevenue.name") + ": " + money(p.netRevenue(), p.currency())
                + " (" + messages.get("charts.column.rank") + " " + p.revenueRank() + ", " + number(p.share()) + " %)\n"
                + messages.get("charts.measure.checks.name") + ": " + integer(p.checks()) + " (" + messages.get("charts.column.rank")
                + " " + p.checksRank() + ")\n" + messages.get("charts.measure.averageCheck.name") + ": "
                + money(p.averageCheck(), p.currency()) + "\n" + messages.get("charts.measure.units.name") + ": " + integer(p.units())
                + "\n" + messages.get("charts.measure.returns.name") + ": " + integer(p.returns()) + " ("
                + money(p.returned(), p.currency()) + ")";
    }

    ObservableList<XYChart.Series<String, Number>> producerRevenue(List<ProducerSales> rows, Consumer<ProducerSales> open) {
        return bars(rows, ProducerSales::currency, ProducerSales::producer, ProducerSales::netRevenue,
                p -> p.producer() + "\n" + messages.get("charts.measure.netRevenue.name") + ": " + money(p.netRevenue(), p.currency())
                        + " (" + messages.get("charts.column.rank") + " " + p.revenueRank() + ", " + number(p.share()) + " %)\n"
                        + messages.get("charts.measure.units.name") + ": " + integer(p.units()) + " ("
                        + messages.get("charts.column.rank") + " " + p.unitsRank() + ")\n" + messages.get("charts.producer.open"),
                open);
    }

    ObservableList<XYChart.Series<String, Number>> topProducts(List<ProductSales> rows) {
        return bars(rows, ProductSales::currency, ProductSales::title, ProductSales::netRevenue,
                p -> p.sku() + " " + p.title() + "\n" + messages.get("charts.measure.netRevenue.name") + ": "
                        + money(p.netRevenue(), p.currency()) + " (" + number(p.share()) + " %)\n"
                        + messages.get("charts.measure.units.name") + ": " + integer(p.units()), null);
    }

    ObservableList<XYChart.Series<String, Number>> buckets(List<CoverBucket> buckets) {
        XYChart.Series<String, Number> s = new XYChart.Series<>();
        s.setName(messages.get("charts.column.offers"));
        for (CoverBucket b : buckets) {
            XYChart.Data<String, Number> d = new XYChart.Data<>(messages.get("charts.bucket." + b.kind().name()), b.offers());
            decorate(d, messages.get("charts.bucket." + b.kind().name()) + "\n" + messages.get("charts.column.offers") + ": "
                    + integer(b.offers()) + "\n" + messages.get("charts.column.stock") + ": " + integer(b.stock()) + "\n"
                    + messages.get("charts.measure.units.name") + ": " + integer(b.units()), null);
            s.getData().add(d);
        }
        return FXCollections.observableArrayList(List.of(s));
    }

    /** Stock now (x) against units sold (y), one point per offer. */
    ObservableList<XYChart.Series<Number, Number>> scatter(List<OfferCover> points) {
        XYChart.Series<Number, Number> s = new XYChart.Series<>();
        s.setName(messages.get("charts.cover.scatter"));
        for (OfferCover o : points) {
            XYChart.Data<Number, Number> d = new XYChart.Data<>(o.stock(), o.units());
            decorate(d, offerTip(o), null);
            s.getData().add(d);
        }
        return FXCollections.observableArrayList(List.of(s));
    }

    String offerTip(OfferCover o) {
        return o.sku() + " " + o.title() + " — " + o.provider() + "\n" + messages.get("charts.column.stock") + ": "
                + integer(o.stock()) + "\n" + messages.get("charts.measure.units.name") + ": " + integer(o.units()) + "\n"
                + messages.get("charts.measure.cover.name") + ": " + number(o.coverDays()) + "\n"
                + messages.get("charts.measure.sellThrough.name") + ": " + number(o.sellThrough());
    }

    /** ABC classes of one currency as slices sized by net revenue. */
    ObservableList<PieChart.Data> abc(List<AbcClass> classes) {
        ObservableList<PieChart.Data> slices = FXCollections.observableArrayList();
        for (AbcClass c : classes) {
            if (c.count() == 0) {
                continue;
            }
            PieChart.Data d = new PieChart.Data(c.abcClass() + (c.currency() == null ? "" : " " + c.currency())
                    + " (" + integer(c.count()) + ")", c.netRevenue().doubleValue());
            String tip = messages.get("charts.measure.abc.name") + " " + c.abcClass() + "\n" + messages.get("charts.column.count")
                    + ": " + integer(c.count()) + "\n" + messages.get("charts.measure.netRevenue.name") + ": "
                    + money(c.netRevenue(), c.currency()) + " (" + number(c.share()) + " %)";
            d.nodeProperty().addListener((o, old, node) -> install(node, tip));
            slices.add(d);
        }
        return slices;
    }

    /** This period's line and the previous period's, per currency, step by step. */
    ObservableList<XYChart.Series<String, Number>> overTime(List<TimePoint> points, boolean checks) {
        Map<String, XYChart.Series<String, Number>> lines = new LinkedHashMap<>();
        for (TimePoint t : points) {
            String c = t.currency() == null ? "" : t.currency();
            String x = formats.date(t.start());
            XYChart.Series<String, Number> now = lines.computeIfAbsent(c + "now", k -> series(messages.get("charts.column.current")
                    + (c.isEmpty() ? "" : " " + c)));
            XYChart.Series<String, Number> before = lines.computeIfAbsent(c + "before", k -> series(
                    messages.get("charts.column.previous") + (c.isEmpty() ? "" : " " + c)));
            XYChart.Data<String, Number> d = new XYChart.Data<>(x, checks ? t.checks() : t.netRevenue());
            XYChart.Data<String, Number> p = new XYChart.Data<>(x, checks ? t.previousChecks() : t.previousNetRevenue());
            String tip = x + "\n" + messages.get("charts.measure.netRevenue.name") + ": " + money(t.netRevenue(), t.currency())
                    + "\n" + messages.get("charts.measure.checks.name") + ": " + integer(t.checks()) + "\n" + formats.date(t.previousStart()) + "\n"
                    + messages.get("charts.measure.netRevenue.name") + ": " + money(t.previousNetRevenue(), t.currency()) + "\n"
                    + messages.get("charts.measure.checks.name") + ": " + integer(t.previousChecks());
            decorate(d, tip, null);
            decorate(p, tip, null);
            now.getData().add(d);
            before.getData().add(p);
        }
        return FXCollections.observableArrayList(lines.values());
    }

    private static <X, Y> XYChart.Series<X, Y> series(String name) {
        XYChart.Series<X, Y> s = new XYChart.Series<>();
        s.setName(name);
        return s;
    }

    private static void decorate(XYChart.Data<?, ?> d, String tip, Runnable onClick) {
        d.nodeProperty().addListener((o, old, node) -> {
            install(node, tip);
            if (onClick != null && node != null) {
                node.setOnMouseClicked(e -> onClick.run());
                node.getStyleClass().add(ChartStyles.CLICKABLE);
            }
        });
    }

    private static void install(Node node, String tip) {
        if (node != null) {
            Tooltip t = new Tooltip(tip);
            t.setShowDelay(Duration.millis(150));
            Tooltip.install(node, t);
        }
    }
}
