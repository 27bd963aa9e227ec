package org.shopdesk.service.purchasing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.shopdesk.domain.purchasing.CheckDetails;
import org.shopdesk.domain.purchasing.CheckLineRow;
import org.shopdesk.domain.purchasing.CheckRow;

/**
 * A check as a printable A4 document: the shop, the provider with its INN, the check's number,
 * date and time, clerk and customer, the lines (quantity, price, sum) and the total; a return says
 * so and names the sale it returns. DejaVu Sans (shipped in resources/fonts, Bitstream Vera
 * licence) is embedded as a subset, so Cyrillic renders on any viewer or printer.
 */
final class ReceiptPdf {
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float LINE = 14;
    private static final float SIZE = 10;
    // Columns: number, product, quantity, price, sum (right edges for the figures).
    private static final float COL_PRODUCT = 24;
    private static final float COL_QTY_RIGHT = WIDTH - 170;
    private static final float COL_PRICE_RIGHT = WIDTH - 85;
    private static final float COL_SUM_RIGHT = WIDTH;

    private final ReceiptTexts texts;
    private final Locale locale;
    private final ZoneId zone;
    private PDDocument doc;
    private PDType0Font regular;
    private PDType0Font bold;
    private PDPageContentStream out;
    private float y;
    private final Map<Integer, Boolean> glyphs = new HashMap<>();

    ReceiptPdf(ReceiptTexts texts, Locale locale, ZoneId zone) {
        this.texts = texts;
        this.locale = locale;
        this.zone = zone;
    }

    byte[] render(String shop, CheckDetails details) {
        try (PDDocument document = new PDDocument()) {
            doc = document;
            regular = font("/fonts/DejaVuSans.ttf");
            bold = font("/fonts/DejaVuSans-Bold.ttf");
            CheckRow c = details.check();
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title(details));
            info.setCreator("ShopDesk");
            newPage();
            text(bold, 16, 0, shop);
            y -= 8;
            text(bold, 13, 0, title(details));
            if (details.isReturn()) {
                text(regular, SIZE, 0, texts.text("purchase.receipt.returnOf", c.returnsId()));
            }
            y -= 4;
            DateTimeFormatter when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone);
            text(regular, SIZE, 0, texts.text("purchase.receipt.date", when.format(c.purchasedAt())));
            text(regular, SIZE, 0, texts.text("purchase.receipt.provider", c.provider(),
                    details.providerInn() == null ? "—" : details.providerInn()));
            text(regular, SIZE, 0, texts.text("purchase.receipt.clerk", c.clerk()));
            text(regular, SIZE, 0, texts.text("purchase.receipt.customer", c.customer()));
            y -= 10;
            header();
            int n = 1;
            for (CheckLineRow line : details.lines()) {
                line(n++, line, c.currency());
            }
            // Just below the last line's descenders (y is the next row's baseline).
            rule(y + SIZE + 1);
            y -= 6;
            String total = money(c.total(), c.currency());
            String label = texts.text(details.isReturn() ? "purchase.receipt.totalReturned" : "purchase.receipt.total");
            right(bold, 12, COL_SUM_RIGHT, total);
            text(bold, 12, COL_PRODUCT, label);
            y -= 10;
            text(regular, SIZE, 0, texts.text(details.isReturn() ? "purchase.receipt.thanksReturn" : "purchase.receipt.thanks"));
            out.close();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String title(CheckDetails details) {
        return texts.text(details.isReturn() ? "purchase.receipt.titleReturn" : "purchase.receipt.title", details.check().id());
    }

    private PDType0Font font(String resource) throws IOException {
        try (InputStream in = ReceiptPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("font missing from the application: " + resource);
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private void header() throws IOException {
        float top = y;
        text(bold, SIZE, 0, texts.text("purchase.receipt.col.no"));
        y = top;
        text(bold, SIZE, COL_PRODUCT, texts.text("purchase.receipt.col.product"));
        y = top;
        right(bold, SIZE, COL_QTY_RIGHT, texts.text("purchase.receipt.col.qty"));
        right(bold, SIZE, COL_PRICE_RIGHT, texts.text("purchase.receipt.col.price"));
        right(bold, SIZE, COL_SUM_RIGHT, texts.text("purchase.receipt.col.sum"));
        // Just below the headings' descenders; the first line starts a row further down.
        rule(top - 4);
        y = top - 4 - LINE;
    }

    /** A line: its number, SKU and title wrapped to at most two rows in the product column, and the figures. */
    private void line(int n, CheckLineRow l, String currency) throws IOException {
        List<String> rows = wrap(l.sku() + " — " + l.title(), COL_QTY_RIGHT - 50 - COL_PRODUCT, 2);
        if (y - rows.size() * LINE < MARGIN + 3 * LINE) {
            out.close();
            newPage();
            header();
        }
        float top = y;
        text(regular, SIZE, 0, Integer.toString(n));
        y = top;
        for (String row : rows) {
            text(regular, SIZE, COL_PRODUCT, row);
        }
        float after = y;
        y = top;
        right(regular, SIZE, COL_QTY_RIGHT, NumberFormat.getIntegerInstance(locale).format(l.quantity()));
        right(regular, SIZE, COL_PRICE_RIGHT, money(l.unitPrice(), null));
        right(regular, SIZE, COL_SUM_RIGHT, money(l.lineTotal(), null));
        y = after - 2;
    }

    private String money(BigDecimal amount, String currency) {
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return currency == null ? f.format(amount) : f.format(amount) + " " + currency;
    }

    private void newPage() throws IOException {
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void rule(float at) throws IOException {
        out.setLineWidth(0.5f);
        out.moveTo(MARGIN, at);
        out.lineTo(MARGIN + WIDTH, at);
        out.stroke();
    }

    /** Writes one row of text at {@code x} from the left margin and moves down. */
    private void text(PDType0Font font, float size, float x, String s) throws IOException {
        String safe = printable(font, s);
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(MARGIN + x, y);
        out.showText(safe);
        out.endText();
        y -= size + 4;
    }

    /** Writes {@code s} ending at {@code rightEdge}, on the current row, without moving down. */
    private void right(PDType0Font font, float size, float rightEdge, String s) throws IOException {
        String safe = printable(font, s);
        float w = font.getStringWidth(safe) / 1000 * size;
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(MARGIN + rightEdge - w, y);
        out.showText(safe);
        out.endText();
    }

    private List<String> wrap(String s, float width, int maxRows) throws IOException {
        String safe = printable(regular, s);
        List<String> rows = new ArrayList<>();
        StringBuilder row = new StringBuilder();
        for (String word : safe.split(" ")) {
            String candidate = row.isEmpty() ? word : row + " " + word;
            if (width(candidate) <= width || row.isEmpty()) {
                row.setLength(0);
                row.append(candidate);
            } else {
                rows.add(row.toString());
                row.setLength(0);
                row.append(word);
            }
        }
        rows.add(row.toString());
        List<String> kept = new ArrayList<>(rows.subList(0, Math.min(maxRows, rows.size())));
        boolean cut = rows.size() > maxRows;
        for (int i = 0; i < kept.size(); i++) {
            String r = kept.get(i);
            boolean last = i == kept.size() - 1;
            while (width(r + (last && cut ? "…" : "")) > width && r.length() > 1) {
                r = r.substring(0, r.length() - 1);
                cut = cut || last;
            }
            kept.set(i, last && cut ? r + "…" : r);
        }
        return kept;
    }

    private float width(String s) throws IOException {
        return regular.getStringWidth(s) / 1000 * SIZE;
    }

    /** The text with every character the font cannot draw (an emoji in a title) replaced by '?'. */
    private String printable(PDType0Font font, String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(cp -> {
            boolean ok = glyphs.computeIfAbsent(cp, c -> {
                try {
                    font.encode(new String(Character.toChars(c)));
                    return true;
                } catch (IllegalArgumentException | IOException e) {
                    return false;
                }
            });
            b.append(ok ? new String(Character.toChars(cp)) : "?");
        });
        return b.toString();
    }
}
