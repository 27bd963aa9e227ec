package org.shopdesk.ui.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.shopdesk.domain.charts.Kpi;
import org.shopdesk.ui.common.Messages;

/** The KPI tiles: per currency, each figure with its change against the previous period and its definition on hover. */
final class KpiTiles {
    private final Messages messages;
    private final ChartData format;

    KpiTiles(Messages messages, ChartData format) {
        this.messages = messages;
        this.format = format;
    }

    List<Node> tiles(List<Kpi> kpis) {
        List<Node> tiles = new ArrayList<>();
        for (Kpi k : kpis) {
            String c = k.currency();
            tiles.add(tile("netRevenue", format.money(k.current().netRevenue(), c), k.netRevenueChange(),
                    format.money(k.previous().netRevenue(), c), false));
            tiles.add(tile("checks", format.integer(k.current().checks()), k.checksChange(),
                    format.integer(k.previous().checks()), false));
            tiles.add(tile("averageCheck", format.money(k.current().averageCheck(), c), k.averageCheckChange(),
                    format.money(k.previous().averageCheck(), c), false));
            tiles.add(tile("units", format.integer(k.current().units()), k.unitsChange(), format.integer(k.previous().units()), false));
            tiles.add(tile("returns", format.integer(k.current().returns()) + " · " + format.money(k.current().returned(), c),
                    k.returnsChange(), format.integer(k.previous().returns()), true));
        }
        return tiles;
    }

    /** {@code lessIsBetter}: more returns than before is the bad direction. */
    private Node tile(String measure, String value, BigDecimal change, String previous, boolean lessIsBetter) {
        Label name = new Label(messages.get("charts.measure." + measure + ".name"));
        name.getStyleClass().add(ChartStyles.KPI_NAME);
        Label figure = new Label(value);
        figure.getStyleClass().add(ChartStyles.KPI_VALUE);
        figure.setId("kpi-" + measure);
        String changeText = change == null ? messages.get("charts.kpi.noChange", previous)
                : messages.get("charts.kpi.change", (change.signum() > 0 ? "+" : "") + format.number(change), previous);
        Label delta = new Label(changeText);
        delta.getStyleClass().add(ChartStyles.KPI_CHANGE);
        if (change != null && change.signum() != 0) {
            delta.getStyleClass().add((change.signum() > 0) != lessIsBetter ? ChartStyles.KPI_BETTER : ChartStyles.KPI_WORSE);
        }
        VBox tile = new VBox(2, name, figure, delta);
        tile.getStyleClass().add(ChartStyles.KPI_TILE);
        Tooltip help = new Tooltip(messages.get("charts.measure." + measure + ".help") + "\n\n"
                + messages.get("charts.measure.change.help"));
        help.setWrapText(true);
        help.setMaxWidth(420);
        help.setShowDelay(Duration.millis(200));
        Tooltip.install(tile, help);
        return tile;
    }
}
