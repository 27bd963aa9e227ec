package org.shopdesk.domain.pricing;

/**
 * How to read a price-list file. A null encoding, delimiter or decimal comma means "detect it
 * from the file"; a null sheet means a workbook's first sheet.
 *
 * @param encoding     "UTF-8" or "windows-1251"
 * @param delimiter    ';', ',' or a tab
 * @param decimalComma true for "12,50", false for "12.50"
 */
public record PriceListSettings(String encoding, Character delimiter, Boolean decimalComma, String sheet,
                                boolean headerRow, ColumnMapping mapping) {
    public static final String UTF_8 = "UTF-8";
    public static final String WINDOWS_1251 = "windows-1251";

    public PriceListSettings withEncoding(String newEncoding) {
        return new PriceListSettings(newEncoding, delimiter, decimalComma, sheet, headerRow, mapping);
    }

    public PriceListSettings withMapping(ColumnMapping newMapping) {
        return new PriceListSettings(encoding, delimiter, decimalComma, sheet, headerRow, newMapping);
    }

    /** Everything detected, the first sheet, a header row, and this mapping. */
    public static PriceListSettings detect(ColumnMapping mapping) {
        return new PriceListSettings(null, null, null, null, true, mapping);
    }
}
