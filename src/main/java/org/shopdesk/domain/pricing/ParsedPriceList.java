package org.shopdesk.domain.pricing;

import java.util.List;

/**
 * A price-list file as read, with how it was read (what was detected or given): the encoding,
 * the delimiter and decimal separator of a CSV file, or the sheet of a workbook, and its header.
 */
public record ParsedPriceList(String fileName, List<String> header, List<ParsedRow> rows, String encoding,
                              Character delimiter, boolean decimalComma, String sheet, List<String> sheets) {
    public ParsedPriceList {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
        sheets = List.copyOf(sheets);
    }

    /** The settings that read this file, to remember as the provider's profile. */
    public PriceListSettings settings(ColumnMapping mapping, boolean headerRow) {
        return new PriceListSettings(encoding, delimiter, decimalComma, sheet, headerRow, mapping);
    }
}
