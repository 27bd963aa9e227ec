package org.shopdesk.domain.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import org.shopdesk.domain.catalogue.Product;
import org.shopdesk.domain.party.Provider;

/**
 * One provider's price of one product over a period. A row is history once written: past sales
 * point at it, so a change closes it ({@link #close}) and a new row takes over. The database
 * allows one open row per product and provider and refuses any other change.
 */
@Entity
@Table(name = "price")
public class Price {
    public static final String DEFAULT_CURRENCY = "RUB";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal value;

    @Column(nullable = false, length = 3, columnDefinition = "bpchar(3)", updatable = false)
    private String currency;

    @Column(name = "valid_from", nullable = false, updatable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    @Column(name = "created_at", insertable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", insertable = false, updatable = false)
    private String createdBy;

    /** When and by whom the end was set: the trigger writes both, never the application. */
    @Column(name = "closed_at", insertable = false, updatable = false)
    private Instant closedAt;

    @Column(name = "closed_by", insertable = false, updatable = false)
    private String closedBy;

    protected Price() {
    }

    public Price(Product product, Provider provider, BigDecimal value, String currency, Instant validFrom) {
        this.product = product;
        this.provider = provider;
        this.value = value;
        this.currency = currency;
        this.validFrom = validFrom;
    }

    public void close(Instant at) {
        if (validTo != null) {
            throw new IllegalStateException("price " + id + " is already closed");
        }
        this.validTo = at;
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public Provider getProvider() {
        return provider;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getCurrency() {
        return currency;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }

    public boolean isCurrent() {
        return validTo == null;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }
}
