package org.shopdesk.service.purchasing;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import javax.print.PrintServiceLookup;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.shopdesk.data.Transactions;
import org.shopdesk.data.purchasing.CheckQueries;
import org.shopdesk.domain.common.NotFoundException;
import org.shopdesk.domain.common.Problem;
import org.shopdesk.domain.common.ValidationException;
import org.shopdesk.domain.purchasing.CheckDetails;

/**
 * Receipts of any check, past or just saved: written as a PDF file, and sent to the system's
 * printer where there is one.
 */
public final class ReceiptService {
    /** The shop's name on receipts: {@code -Dshopdesk.shopName=...} or SHOPDESK_SHOP_NAME, else the bundle's default. */
    public static final String SHOP_NAME_PROPERTY = "shopdesk.shopName";

    private final Transactions tx;
    private final CheckQueries checks;
    private final String shopName;
    private final Path folder;

    /** {@code folder}: where receipts of the checks saved on this computer are kept. */
    public ReceiptService(Transactions tx, CheckQueries checks, String shopName, Path folder) {
        this.tx = tx;
        this.checks = checks;
        this.shopName = shopName;
        this.folder = folder;
    }

    /** Writes the check's receipt into the receipts folder (check-N.pdf) and returns the file. */
    public Path keep(long checkId, ReceiptTexts texts, Locale locale, ZoneId zone) {
        return writePdf(checkId, texts, locale, zone, folder.resolve("check-" + checkId + ".pdf"));
    }

    /** Opens a receipt in the system's PDF viewer; false where the system has none (then the file is all). */
    public boolean open(Path pdf) {
        if (java.awt.GraphicsEnvironment.isHeadless() || !java.awt.Desktop.isDesktopSupported()
                || !java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.OPEN)) {
            return false;
        }
        try {
            java.awt.Desktop.getDesktop().open(pdf.toFile());
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** The shop name configured for this installation, or null to use the bundle's. */
    public static String configuredShopName() {
        String name = System.getProperty(SHOP_NAME_PROPERTY, System.getenv("SHOPDESK_SHOP_NAME"));
        return name == null || name.isBlank() ? null : name.strip();
    }

    /** The check's receipt as PDF bytes. */
    public byte[] pdf(long checkId, ReceiptTexts texts, Locale locale, ZoneId zone) {
        CheckDetails details = tx.query(db -> checks.details(db, checkId))
                .orElseThrow(() -> new NotFoundException("check", checkId));
        String shop = shopName != null ? shopName : texts.text("purchase.receipt.shopDefault");
        return new ReceiptPdf(texts, locale, zone).render(shop, details);
    }

    /** Writes the check's receipt to {@code file} (replacing it) and returns the file. */
    public Path writePdf(long checkId, ReceiptTexts texts, Locale locale, ZoneId zone, Path file) {
        byte[] pdf = pdf(checkId, texts, locale, zone);
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.write(file, pdf);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether this computer has a printer to send receipts to. */
    public boolean canPrint() {
        return PrintServiceLookup.lookupDefaultPrintService() != null;
    }

    /** Sends a receipt PDF to the system's default printer; refused with a message where there is none. */
    public void print(Path pdf) {
        if (!canPrint()) {
            throw new ValidationException(Problem.of("receipt", "purchase.receipt.noPrinter"));
        }
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setJobName(pdf.getFileName().toString());
            job.setPageable(new PDFPageable(doc));
            job.print();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (PrinterException e) {
            throw new IllegalStateException("the printer refused the receipt: " + e.getMessage(), e);
        }
    }
}
