package org.shopdesk.ui.common;

/** Style classes used from code; their looks are in resources/css/shopdesk.css. */
public final class Styles {
    public static final String STYLESHEET = "/css/shopdesk.css";
    public static final String STATUS_OK = "status-ok";
    public static final String STATUS_WARNING = "status-warning";
    public static final String STATUS_ERROR = "status-error";
    public static final String FORM_ERROR = "form-error";
    public static final String ARCHIVED_ROW = "archived-row";
    public static final String NUMBER_CELL = "number-cell";

    private Styles() {
    }
}
