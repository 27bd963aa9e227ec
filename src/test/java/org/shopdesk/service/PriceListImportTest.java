package org.shopdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.pricing.ColumnMapping;
import org.shopdesk.domain.pricing.ImportListener;
import org.shopdesk.domain.pricing.ImportOptions;
import org.shopdesk.domain.pricing.ImportPreview;
import org.shopdesk.domain.pricing.ImportProblem;
import org.shopdesk.domain.pricing.ImportRow;
import org.shopdesk.domain.pricing.ImportStatus;
import org.shopdesk.domain.pricing.ImportSummary;
import org.shopdesk.domain.pricing.MissingOffer;
import org.shopdesk.domain.pricing.ParsedPriceList;
import org.shopdesk.domain.pricing.PriceListSettings;
import org.shopdesk.service.pricing.PriceImportService;
import org.shopdesk.testing.TestDatabase;

/** Every sample price list of src/test/resources/pricelists read, previewed and applied against a real database. */
class PriceListImportTest {
    private static final ColumnMapping BY_SKU = new ColumnMapping("Артикул", null, null, "Цена", "Валюта", null);
    private static TestDatabase db;
    private static PriceImportService imports;
    private static int providers;

    @BeforeAll
    static void setUp() {
        db = TestDatabase.create();
        db.sql("INSERT INTO category(name) VALUES ('Phones')",
                "INSERT INTO producer(name) VALUES ('Acme')",
                "INSERT INTO products(sku, ean, title, category_id, producer_id) VALUES "
                        + "('SKU-1', '4600000000011', 'Phone', 1, 1), ('SKU-2', '4600000000021', 'Case', 1, 1), "
                        + "('SKU-3', '4600000000031', 'Charger', 1, 1), ('SKU-4', '4600000000041', 'Cable', 1, 1), "
                        + "('SKU-5', NULL, 'Stand', 1, 1), ('SKU-6', NULL, 'Stand XL', 1, 1)");
        imports = db.backend().priceImport();
    }

    @AfterAll
    static void tearDown() {
        db.close();
    }

    /** A fresh provider selling SKU-1 at 1000, SKU-2 at 12,990, SKU-3 at 99.90 and SKU-5 at 70, with two articles. */
    private static long provider() {
        providers++;
        long id = db.count("INSERT INTO provider(name) VALUES ('Provider " + providers + "') RETURNING id");
        db.sql("INSERT INTO price(product_id, provider_id, value, valid_from) VALUES "
                        + "(1, " + id + ", 1000, now() - interval '1 day'), (2, " + id + ", 12990, now() - interval '1 day'), "
                        + "(3, " + id + ", 99.90, now() - interval '1 day'), (5, " + id + ", 70, now() - interval '1 day')",
                "INSERT INTO provider_article(product_id, provider_id, article) VALUES (3, " + id + ", '000123'), "
                        + "(5, " + id + ", '000777'), (6, " + id + ", '000777')");
        return id;
    }

    static byte[] file(String name) {
        try (InputStream in = PriceListImportTest.class.getResourceAsStream("/pricelists/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ParsedPriceList read(String name, PriceListSettings settings) {
        return imports.read(name, file(name), settings, ImportListener.NONE);
    }

    private static List<String> statuses(ImportPreview preview) {
        return preview.rows().stream().map(r -> r.line() + " " + r.key() + " " + (r.problem() != null ? r.problem()
                : r.status() + (r.oldValue() != null && r.status() == ImportStatus.CHANGED ? " " + r.oldValue() + "->"
                + r.newValue() + " " + r.percent() + "%" : ""))).toList();
    }

    private static List<String> goodOutcome() {
        return List.of("2 SKU-1 CHANGED 1000.00->1234.50 23.5%", "3 SKU-2 UNCHANGED", "4 SKU-3 UNCHANGED", "5 SKU-4 NEW");
    }

    private static void assertGoodFileImportsOnceAndOnlyOnce(long provider, ParsedPriceList list) {
        ImportPreview preview = imports.preview(provider, list, ImportListener.NONE);
        assertThat(statuses(preview)).containsExactlyElementsOf(goodOutcome());
        assertThat(preview.missing()).extracting(MissingOffer::sku).containsExactly("SKU-5");
        assertThat(db.count("SELECT count(*) FROM price WHERE provider_id = " + provider)).as("a preview writes nothing")
                .isEqualTo(4);

        ImportSummary first = imports.apply(provider, list, ImportOptions.STRICT, ImportListener.NONE);
        assertThat(first).isEqualTo(new ImportSummary(1, 1, 2, 0, 0));
        assertThat(db.count("SELECT value * 100 FROM price WHERE provider_id = " + provider
                + " AND product_id = 1 AND valid_to IS NULL")).isEqualTo(123450);
        long rows = db.count("SELECT count(*) FROM price WHERE provider_id = " + provider);
        ImportSummary second = imports.apply(provider, list, ImportOptions.STRICT, ImportListener.NONE);
        assertThat(second).isEqualTo(new ImportSummary(0, 0, 4, 0, 0));
        assertThat(second.changedAnything()).isFalse();
        assertThat(db.count("SELECT count(*) FROM price WHERE provider_id = " + provider)).isEqualTo(rows);
    }

    @Test
    void utf8WithBomSemicolonsDecimalCommaQuotesAndNoBreakSpaces() {
        ParsedPriceList list = read("good-utf8-bom.csv", PriceListSettings.detect(BY_SKU));
        assertThat(list.encoding()).isEqualTo("UTF-8");
        assertThat(list.delimiter()).isEqualTo(';');
        assertThat(list.decimalComma()).isTrue();
        assertThat(list.header()).startsWith("Артикул", "Наименование");
        assertGoodFileImportsOnceAndOnlyOnce(provider(), list);
    }

    @Test
    void windows1251TabSeparatedIsDetectedAndTheEncodingCanBeOverridden() {
        ColumnMapping mapping = new ColumnMapping("Артикул", null, null, "Цена", null, null);
        ParsedPriceList list = read("good-windows-1251-tab.csv", PriceListSettings.detect(mapping));
        assertThat(list.encoding()).isEqualTo("windows-1251");
        assertThat(list.delimiter()).isEqualTo('\t');
        assertGoodFileImportsOnceAndOnlyOnce(provider(), list);

        // Read as UTF-8 on purpose, the Cyrillic header is garbage and its column is not found.
        assertThatThrownBy(() -> read("good-windows-1251-tab.csv", PriceListSettings.detect(mapping).withEncoding("UTF-8")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("prices.validation.noColumn"));
    }

    @Test
    void commasBetweenFieldsAndADecimalPoint() {
        ColumnMapping mapping = new ColumnMapping("sku", null, null, "price", null, null);
        ParsedPriceList list = read("good-utf8-comma-point.csv", PriceListSettings.detect(mapping));
        assertThat(list.delimiter()).isEqualTo(',');
        assertThat(list.decimalComma()).isFalse();
        assertGoodFileImportsOnceAndOnlyOnce(provider(), list);
    }

    @Test
    void rowsMatchByTheProvidersArticleWithItsLeadingZerosOrByEan() {
        long provider = provider();
        ColumnMapping mapping = new ColumnMapping(null, "EAN", "Код поставщика", "Цена", null, null);
        ImportPreview preview = imports.preview(provider, read("by-article-and-ean.csv", PriceListSettings.detect(mapping)),
                ImportListener.NONE);
        assertThat(preview.rows()).extracting(ImportRow::key, ImportRow::sku, ImportRow::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("000123", "SKU-3", ImportStatus.CHANGED),
                org.assertj.core.groups.Tuple.tuple("4600000000041", "SKU-4", ImportStatus.NEW));
    }

    @Test
    void everyKindOfBadRowIsNamedAndNothingIsWrittenUntilBadRowsAreSkipped() {
        long provider = provider();
        ColumnMapping mapping = new ColumnMapping("Артикул", "EAN", "Код", "Цена", "Валюта", null);
        ParsedPriceList list = read("bad-rows.csv", PriceListSettings.detect(mapping));
        ImportPreview preview = imports.preview(provider, list, ImportListener.NONE);
        assertThat(preview.rows()).extracting(r -> r.line() + " " + (r.problem() == null ? r.status() : r.problem()))
                .containsExactly("2 CHANGED", "3 " + ImportProblem.UNKNOWN_PRODUCT, "4 " + ImportProblem.PRICE_NOT_POSITIVE,
                        "5 " + ImportProblem.PRICE_NOT_POSITIVE, "6 " + ImportProblem.MALFORMED_NUMBER,
                        "7 " + ImportProblem.DUPLICATE_ROW, "8 " + ImportProblem.AMBIGUOUS_MATCH,
                        "9 " + ImportProblem.AMBIGUOUS_MATCH, "10 " + ImportProblem.NO_KEY, "11 " + ImportProblem.BAD_CURRENCY);
        assertThat(preview.rows().get(5).firstLine()).isEqualTo(2);
        assertThat(preview.errors()).isEqualTo(9);

        long before = db.count("SELECT count(*) FROM price");
        assertThatThrownBy(() -> imports.apply(provider, list, ImportOptions.STRICT, ImportListener.NONE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems().get(0).messageKey())
                        .isEqualTo("prices.validation.rowsInError"));
        assertThat(db.count("SELECT count(*) FROM price")).as("nothing written while rows are in error").isEqualTo(before);

        ImportSummary summary = imports.apply(provider, list, new ImportOptions(true, false), ImportListener.NONE);
        assertThat(summary).isEqualTo(new ImportSummary(0, 1, 0, 9, 0));
        assertThat(db.count("SELECT value FROM price WHERE provider_id = " + provider
                + " AND product_id = 1 AND valid_to IS NULL")).isEqualTo(1300);
    }

    @Test
    void offersMissingFromTheListCanBeEnded() {
        long provider = provider();
        ParsedPriceList list = read("good-utf8-bom.csv", PriceListSettings.detect(BY_SKU));
        ImportSummary summary = imports.apply(provider, list, new ImportOptions(false, true), ImportListener.NONE);
        assertThat(summary.closed()).isEqualTo(1);
        assertThat(db.count("SELECT count(*) FROM price WHERE provider_id = " + provider
                + " AND product_id = 5 AND (valid_to IS NULL OR valid_to > now())")).isZero();
        assertThat(db.count("SELECT count(*) FROM price WHERE provider_id = " + provider + " AND product_id = 5"))
                .as("its history stays").isEqualTo(1);
    }

    @Test
    void aWorkbooksFirstOrChosenSheetWithTextArticlesAndNumericEans() throws IOException {
        byte[] xlsx = workbook();
        ColumnMapping mapping = new ColumnMapping(null, "EAN", "Код", "Цена", null, "Остаток");
        ParsedPriceList first = imports.read("prices.xlsx", xlsx, PriceListSettings.detect(mapping), ImportListener.NONE);
        assertThat(first.sheet()).isEqualTo("Прайс");
        assertThat(first.sheets()).containsExactly("Прайс", "Акция");
        assertThat(first.rows()).extracting(r -> r.article() + "|" + r.ean() + "|" + r.value() + "|" + r.stock())
                .containsExactly("000123|null|110.5|7", "null|4600000000041|160|0");
        long provider = provider();
        assertThat(statuses(imports.preview(provider, first, ImportListener.NONE)))
                .containsExactly("2 000123 CHANGED 99.90->110.50 10.6%", "3 4600000000041 NEW");

        PriceListSettings promo = new PriceListSettings(null, null, null, "Акция", true, mapping);
        ParsedPriceList chosen = imports.read("prices.xlsx", xlsx, promo, ImportListener.NONE);
        assertThat(chosen.rows()).singleElement().satisfies(r -> assertThat(r.article()).isEqualTo("000123"));
        assertThat(imports.apply(provider, chosen, ImportOptions.STRICT, ImportListener.NONE))
                .isEqualTo(new ImportSummary(0, 1, 0, 0, 0));
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = book.createCellStyle();
            text.setDataFormat(book.createDataFormat().getFormat("@"));
            Sheet list = book.createSheet("Прайс");
            header(list.createRow(0));
            Row a = list.createRow(1);
            a.createCell(0).setCellValue("000123");
            a.getCell(0).setCellStyle(text);
            a.createCell(2).setCellValue(110.5);
            a.createCell(3).setCellValue(7);
            Row b = list.createRow(2);
            b.createCell(1).setCellValue(4600000000041d);
            b.createCell(2).setCellValue(160);
            b.createCell(3).setCellValue(0);
            Sheet promo = book.createSheet("Акция");
            header(promo.createRow(0));
            Row c = promo.createRow(1);
            c.createCell(0).setCellValue("000123");
            c.createCell(2).setCellValue(95);
            book.write(out);
            return out.toByteArray();
        }
    }

    private static void header(Row row) {
        row.createCell(0).setCellValue("Код");
        row.createCell(1).setCellValue("EAN");
        row.createCell(2).setCellValue("Цена");
        row.createCell(3).setCellValue("Остаток");
    }

    @Test
    void theProvidersProfileIsRemembered() {
        long provider = provider();
        assertThat(imports.profile(provider)).isEmpty();
        ParsedPriceList list = read("good-windows-1251-tab.csv",
                PriceListSettings.detect(new ColumnMapping("Артикул", null, null, "Цена", null, null)));
        PriceListSettings used = list.settings(new ColumnMapping("Артикул", null, null, "Цена", null, null), true);
        imports.saveProfile(provider, used);
        assertThat(imports.profile(provider)).contains(used);
        assertThat(imports.provider("provider " + (providers)).id()).isEqualTo(provider);
        assertThat(imports.provider("PROVIDER " + providers).name()).isEqualTo("Provider " + providers);
    }

    @Test
    void progressIsReportedAndACancelledImportWritesNothing() {
        long provider = provider();
        ParsedPriceList list = read("good-utf8-bom.csv", PriceListSettings.detect(BY_SKU));
        AtomicLong reports = new AtomicLong();
        long before = db.count("SELECT count(*) FROM price");
        ImportListener cancelWhileApplying = new ImportListener() {
            @Override
            public void progress(Phase phase, long done, long total) {
                reports.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return reports.get() >= 2;
            }
        };
        assertThatThrownBy(() -> imports.apply(provider, list, ImportOptions.STRICT, cancelWhileApplying))
                .isInstanceOf(CancellationException.class);
        assertThat(reports.get()).isGreaterThanOrEqualTo(2);
        assertThat(db.count("SELECT count(*) FROM price")).isEqualTo(before);
    }
}
