package org.shopdesk.service.pricing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.shopdesk.domain.common.Page;
import org.shopdesk.domain.pricing.ExportFormat;
import org.shopdesk.domain.pricing.PriceGridQuery;
import org.shopdesk.domain.pricing.ProductPricesRow;
import org.shopdesk.domain.pricing.ProviderPriceRow;

/**
 * The price grid's current view (its filters and order, every page) written to a file. Rows are
 * fetched a slice at a time, so a view of ten thousand products is never held twice.
 */
public final class PriceExport {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final PriceService prices;
    private final ZoneId zone;

    public PriceExport(PriceService prices, ZoneId zone) {
        this.prices = prices;
        this.zone = zone;
    }

    /**
     * Writes the view; {@code headers} are the column titles in the user's language (provider view:
     * SKU, title, category, producer, article, price, currency, valid from; all providers: SKU,
     * title, category, producer, offers, min, max, spread, spread %, cheapest provider). Returns rows written.
     */
    public int export(PriceGridQuery view, ExportFormat format, List<String> headers, OutputStream out) throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        int offset = 0;
        while (true) {
            PriceGridQuery slice = view.withLimit(offset, PriceGridQuery.EXPORT_SLICE);
            int got;
            if (view.oneProvider()) {
                Page<ProviderPriceRow> page = prices.providerPrices(slice);
                page.items().forEach(r -> rows.add(java.util.Arrays.asList(r.sku(), r.title(), r.category(), r.producer(),
                        r.article(), r.value(), r.currency(), r.validFrom() == null ? null : DATE.format(r.validFrom().atZone(zone)))));
                got = page.items().size();
            } else {
                Page<ProductPricesRow> page = prices.productPrices(slice);
                page.items().forEach(r -> rows.add(java.util.Arrays.asList(r.sku(), r.title(), r.category(), r.producer(),
                        r.offers(), r.min(), r.max(), r.spread(), r.spreadPercent(), r.cheapestProvider())));
                got = page.items().size();
            }
            offset += got;
            if (got < PriceGridQuery.EXPORT_SLICE) {
                break;
            }
        }
        if (format == ExportFormat.CSV) {
            csv(headers, rows, out);
        } else {
            xlsx(headers, rows, out);
        }
        return rows.size();
    }

    private static void csv(List<String> headers, List<List<Object>> rows, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setDelimiter(';').setRecordSeparator("\r\n").get());
        printer.printRecord(headers);
        for (List<Object> row : rows) {
            List<String> cells = new ArrayList<>(row.size());
            for (Object v : row) {
                cells.add(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString().replace('.', ',') : v.toString());
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    private static void xlsx(List<String> headers, List<List<Object>> rows, OutputStream out) throws IOException {
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        try {
            Sheet sheet = book.createSheet("Prices");
            CellStyle money = book.createCellStyle();
            money.setDataFormat(book.createDataFormat().getFormat("#,##0.00"));
            Row head = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                head.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof BigDecimal d) {
                        var cell = row.createCell(c);
                        cell.setCellValue(d.doubleValue());
                        cell.setCellStyle(money);
                    } else if (v instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            book.write(out);
        } finally {
            book.close();
        }
    }
}
