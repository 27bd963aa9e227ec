package org.shopdesk.domain.pricing;

/** A file the price grid is exported to: CSV (UTF-8 with BOM, ';', decimal comma: Excel in a Russian locale opens it as is) or XLSX. */
public enum ExportFormat {
    CSV, XLSX
}
