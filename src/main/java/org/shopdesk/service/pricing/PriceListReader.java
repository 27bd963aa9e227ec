package org.shopdesk.service.pricing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.pricing.ColumnMapping;
import org.shopdesk.domain.pricing.ImportListener;
import org.shopdesk.domain.pricing.ImportProblem;
import org.shopdesk.domain.pricing.ParsedPriceList;
import org.shopdesk.domain.pricing.ParsedRow;
import org.shopdesk.domain.pricing.PriceListSettings;

/**
 * Reads a provider's price list, CSV or XLSX, into rows: Commons CSV for text files (encoding,
 * delimiter and decimal separator detected unless given), Apache POI for workbooks (the first
 * sheet or the one named). Keys stay text, so leading zeros survive; a cell that is not a
 * usable price gives its row a problem instead of stopping the read. Pure: no database.
 */
public final class PriceListReader {
    public static final String FILE = "file";
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int PROGRESS_EVERY = 500;

    /** The raw table of a file: its header (possibly empty), and its data rows with their line numbers. */
    private record Table(List<String> header, List<List<String>> rows, List<Integer> lines, List<BigDecimal[]> numbers,
                         String encoding, Character delimiter, String sheet, List<String> sheets) {
    }

    public ParsedPriceList read(String fileName, byte[] content, PriceListSettings settings, ImportListener listener) {
        Table table = isWorkbook(fileName, content) ? workbook(content, settings, listener) : csv(content, settings, listener);
        return rows(fileName, table, settings, listener);
    }

    /** The column names of a file (its header, or "1", "2", ... without one), for the mapping step. */
    public List<String> columns(String fileName, byte[] content, PriceListSettings settings) {
        Table table = isWorkbook(fileName, content) ? workbook(content, settings, ImportListener.NONE)
                : csv(content, settings, ImportListener.NONE);
        if (settings.headerRow()) {
            return table.header();
        }
        int width = table.rows().stream().mapToInt(List::size).max().orElse(0);
        List<String> numbers = new ArrayList<>();
        for (int i = 1; i <= width; i++) {
            numbers.add(String.valueOf(i));
        }
        return numbers;
    }

    private static boolean isWorkbook(String fileName, byte[] content) {
        boolean zip = content.length > 3 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4;
        return zip || fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    // ------------------------------------------------------------------ CSV

    private static Table csv(byte[] content, PriceListSettings settings, ImportListener listener) {
        int skip = 0;
        String encoding = settings.encoding();
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            skip = 3;
            encoding = encoding == null ? PriceListSettings.UTF_8 : encoding;
        }
        if (encoding == null) {
            encoding = isUtf8(content) ? PriceListSettings.UTF_8 : PriceListSettings.WINDOWS_1251;
        }
        Charset charset = Charset.forName(encoding);
        String text = new String(content, skip, content.length - skip, charset);
        char delimiter = settings.delimiter() != null ? settings.delimiter() : detectDelimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setQuote('"').setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true).get();
        List<String> header = List.of();
        List<List<String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(content, skip, content.length - skip), charset);
             CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            long line = 0;
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                long start = line + 1;
                line = parser.getCurrentLineNumber();
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (settings.headerRow() && header.isEmpty() && rows.isEmpty()) {
                    header = cells.stream().map(String::strip).toList();
                    continue;
                }
                rows.add(cells);
                // The line where the record begins (a quoted field may span lines).
                lines.add((int) Math.max(start, line - countNewlines(cells)));
                if (rows.size() % PROGRESS_EVERY == 0) {
                    tick(listener, rows.size(), -1);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ValidationException(Problem.of(FILE, "prices.validation.unreadable", e.getMessage()));
        }
        return new Table(header, rows, lines, null, encoding, delimiter, null, List.of());
    }

    private static int countNewlines(List<String> cells) {
        int n = 0;
        for (String c : cells) {
            for (int i = 0; i < c.length(); i++) {
                if (c.charAt(i) == '\n') {
                    n++;
                }
            }
        }
        return n;
    }

    /** Whether the bytes are valid UTF-8 (Windows-1251 Cyrillic almost never is). */
    static boolean isUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** The separator that splits the first lines most evenly: ';', tab or ',' (outside quotes). */
    static char detectDelimiter(String text) {
        List<String> firstLines = text.lines().filter(l -> !l.isBlank()).limit(10).toList();
        char best = ';';
        double bestScore = -1;
        for (char candidate : new char[] {';', '\t', ','}) {
            int[] counts = firstLines.stream().mapToInt(l -> countOutsideQuotes(l, candidate)).toArray();
            if (counts.length == 0 || counts[0] == 0) {
                continue;
            }
            long same = java.util.Arrays.stream(counts).filter(c -> c == counts[0]).count();
            double score = counts[0] * (same / (double) counts.length);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static int countOutsideQuotes(String line, char c) {
        int n = 0;
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == c && !quoted) {
                n++;
            }
        }
        return n;
    }

    // ------------------------------------------------------------------ XLSX

    private static Table workbook(byte[] content, PriceListSettings settings, ImportListener listener) {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            List<String> sheets = new ArrayList<>();
            for (int i = 0; i < book.getNumberOfSheets(); i++) {
                sheets.add(book.getSheetName(i));
            }
            Sheet sheet = settings.sheet() == null ? book.getSheetAt(0) : book.getSheet(settings.sheet());
            if (sheet == null) {
                throw new ValidationException(Problem.of(FILE, "prices.validation.noSheet", settings.sheet()));
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<String> header = List.of();
            List<List<String>> rows = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            List<BigDecimal[]> numbers = new ArrayList<>();
            int last = sheet.getLastRowNum();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                BigDecimal[] nums = new BigDecimal[Math.max(0, row.getLastCellNum())];
                for (int c = 0; c < nums.length; c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cellText(cell, formatter));
                    nums[c] = cellNumber(cell);
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (settings.headerRow() && header.isEmpty() && rows.isEmpty()) {
                    header = cells.stream().map(String::strip).toList();
                    continue;
                }
                rows.add(cells);
                numbers.add(nums);
                lines.add(row.getRowNum() + 1);
                if (rows.size() % PROGRESS_EVERY == 0) {
                    tick(listener, row.getRowNum(), last);
                }
            }
            return new Table(header, rows, lines, numbers, null, null, sheet.getSheetName(), sheets);
        } catch (IOException | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException e) {
            throw new ValidationException(Problem.of(FILE, "prices.validation.unreadable", e.getMessage()));
        }
    }

    /** A cell as the user sees it: "000123" stays so, a long EAN stays whole (not 4.6E+12). */
    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && "General".equals(cell.getCellStyle().getDataFormatString())) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static BigDecimal cellNumber(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type != CellType.NUMERIC) {
            return null;
        }
        BigDecimal n = BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros();
        return n.scale() < 0 ? n.setScale(0) : n;
    }

    // ------------------------------------------------------------------ rows

    private static ParsedPriceList rows(String fileName, Table table, PriceListSettings settings, ImportListener listener) {
        ColumnMapping m = settings.mapping();
        if (m == null || !m.hasKey() || m.price() == null) {
            throw new ValidationException(Problem.of(FILE, "prices.validation.mapping"));
        }
        int sku = column(table, settings, m.sku());
        int ean = column(table, settings, m.ean());
        int article = column(table, settings, m.article());
        int price = column(table, settings, m.price());
        int currency = column(table, settings, m.currency());
        int stock = column(table, settings, m.stock());
        boolean decimalComma = settings.decimalComma() != null ? settings.decimalComma()
                : PriceNumbers.detectDecimalComma(table.rows().stream().map(r -> cell(r, price)).toList());
        List<ParsedRow> rows = new ArrayList<>(table.rows().size());
        int total = table.rows().size();
        for (int i = 0; i < total; i++) {
            List<String> r = table.rows().get(i);
            String priceText = cell(r, price);
            BigDecimal number = table.numbers() != null && price < table.numbers().get(i).length
                    ? table.numbers().get(i)[price] : null;
            rows.add(row(table.lines().get(i), upper(cell(r, sku)), digits(cell(r, ean)), blankToNull(cell(r, article)),
                    priceText, number, cell(r, currency), cell(r, stock), decimalComma));
            if (i % PROGRESS_EVERY == 0) {
                tick(listener, i, total);
            }
        }
        tick(listener, total, total);
        return new ParsedPriceList(fileName, table.header(), rows, table.encoding(), table.delimiter(), decimalComma,
                table.sheet(), table.sheets());
    }

    private static ParsedRow row(int line, String sku, String ean, String article, String priceText, BigDecimal number,
                                 String currencyText, String stockText, boolean decimalComma) {
        ImportProblem problem = null;
        if (sku == null && ean == null && article == null) {
            problem = ImportProblem.NO_KEY;
        }
        BigDecimal value = number != null ? number : priceText.isBlank() ? null : PriceNumbers.parse(priceText, decimalComma);
        if (value == null || value.scale() > 2 || value.abs().compareTo(PriceNumbers.MAX_VALUE) > 0) {
            problem = problem != null ? problem : ImportProblem.MALFORMED_NUMBER;
            value = null;
        } else if (value.signum() <= 0) {
            problem = problem != null ? problem : ImportProblem.PRICE_NOT_POSITIVE;
        }
        String currency = currency(currencyText);
        if (currency != null && !CURRENCY.matcher(currency).matches()) {
            problem = problem != null ? problem : ImportProblem.BAD_CURRENCY;
            currency = null;
        }
        Integer stock = null;
        if (!stockText.isBlank()) {
            String s = PriceNumbers.clean(stockText);
            if (DIGITS.matcher(s).matches() && s.length() < 10) {
                stock = Integer.valueOf(s);
            } else {
                problem = problem != null ? problem : ImportProblem.BAD_STOCK;
            }
        }
        return new ParsedRow(line, sku, ean, article, value, currency, stock, problem, priceText.strip());
    }

    private static String currency(String text) {
        String s = text.strip().toUpperCase(Locale.ROOT);
        if (s.isEmpty()) {
            return null;
        }
        return switch (s) {
            case "₽", "РУБ", "РУБ.", "Р.", "RUR" -> "RUB";
            default -> s;
        };
    }

    /** The column index a mapping names: a header's text (ignoring case), or a 1-based number. -1 if not mapped. */
    private static int column(Table table, PriceListSettings settings, String name) {
        if (name == null) {
            return -1;
        }
        if (settings.headerRow()) {
            for (int i = 0; i < table.header().size(); i++) {
                if (table.header().get(i).equalsIgnoreCase(name.strip())) {
                    return i;
                }
            }
        }
        if (DIGITS.matcher(name.strip()).matches()) {
            return Integer.parseInt(name.strip()) - 1;
        }
        throw new ValidationException(Problem.of(FILE, "prices.validation.noColumn", name));
    }

    private static String cell(List<String> row, int index) {
        return index < 0 || index >= row.size() || row.get(index) == null ? "" : row.get(index);
    }

    private static String upper(String s) {
        String t = blankToNull(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    private static String digits(String s) {
        String t = blankToNull(s);
        return t == null ? null : t.replaceAll("[\\s\\u00A0]", "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static void tick(ImportListener listener, long done, long total) {
        if (listener.cancelled()) {
            throw new CancellationException("price list import cancelled");
        }
        listener.progress(ImportListener.Phase.READING, done, total);
    }
}
