package org.shopdesk.service.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shopdesk.domain.stock.CountSheetLine;

class CountSheetExportTest {
    @Test
    void writesOneQuotedLinePerBalanceWithAnEmptyCountedColumn() throws Exception {
        StringWriter out = new StringWriter();
        CountSheetExport.write(out, List.of(
                new CountSheetLine(1, "H-1", "Молоток, 500 г", "Tools", 12, Instant.parse("2026-11-20T10:00:00Z")),
                new CountSheetLine(2, "S-1", "Screwdriver \"Pro\"", "Tools", 0, null)),
                new CountSheetExport.Headings("SKU", "Product", "Category", "Books", "Counted", "Last counted"),
                ZoneOffset.UTC);
        assertThat(out.toString()).isEqualTo("\ufeffSKU,Product,Category,Books,Counted,Last counted\r\n"
                + "H-1,\"Молоток, 500 г\",Tools,12,,2026-11-20\r\n"
                + "S-1,\"Screwdriver \"\"Pro\"\"\",Tools,0,,\r\n");
    }
}
