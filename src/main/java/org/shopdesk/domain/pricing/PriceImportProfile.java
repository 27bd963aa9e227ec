package org.shopdesk.domain.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * How one provider's price list is read, remembered after an import so that the next file of
 * the same provider needs no mapping: encoding, separators, sheet and which column holds what.
 */
@Entity
@Table(name = "price_import_profile")
public class PriceImportProfile {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(length = 20)
    private String encoding;

    @Column(length = 1)
    private String delimiter;

    @Column(name = "decimal_comma")
    private Boolean decimalComma;

    @Column(length = 100)
    private String sheet;

    @Column(name = "header_row", nullable = false)
    private boolean headerRow;

    @Column(name = "sku_column", length = 100)
    private String skuColumn;

    @Column(name = "ean_column", length = 100)
    private String eanColumn;

    @Column(name = "article_column", length = 100)
    private String articleColumn;

    @Column(name = "price_column", nullable = false, length = 100)
    private String priceColumn;

    @Column(name = "currency_column", length = 100)
    private String currencyColumn;

    @Column(name = "stock_column", length = 100)
    private String stockColumn;

    @Version
    private int version;

    protected PriceImportProfile() {
    }

    public PriceImportProfile(long providerId) {
        this.providerId = providerId;
    }

    /** Takes every setting of {@code s}. */
    public void apply(PriceListSettings s) {
        encoding = s.encoding();
        delimiter = s.delimiter() == null ? null : String.valueOf(s.delimiter());
        decimalComma = s.decimalComma();
        sheet = s.sheet();
        headerRow = s.headerRow();
        skuColumn = s.mapping().sku();
        eanColumn = s.mapping().ean();
        articleColumn = s.mapping().article();
        priceColumn = s.mapping().price();
        currencyColumn = s.mapping().currency();
        stockColumn = s.mapping().stock();
    }

    public PriceListSettings settings() {
        return new PriceListSettings(encoding, delimiter == null || delimiter.isEmpty() ? null : delimiter.charAt(0),
                decimalComma, sheet, headerRow,
                new ColumnMapping(skuColumn, eanColumn, articleColumn, priceColumn, currencyColumn, stockColumn));
    }

    public Long getId() {
        return id;
    }

    public long getProviderId() {
        return providerId;
    }

    public int getVersion() {
        return version;
    }
}
