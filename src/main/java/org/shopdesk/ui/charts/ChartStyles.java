package org.shopdesk.ui.charts;

/** The Charts area's style classes (resources/css/shopdesk.css, "charts"). */
final class ChartStyles {
    static final String KPI_TILE = "kpi-tile";
    static final String KPI_NAME = "kpi-name";
    static final String KPI_VALUE = "kpi-value";
    static final String KPI_CHANGE = "kpi-change";
    static final String KPI_BETTER = "kpi-better";
    static final String KPI_WORSE = "kpi-worse";
    static final String CLICKABLE = "chart-clickable";
    static final String PREVIOUS = "chart-previous";

    private ChartStyles() {
    }
}
