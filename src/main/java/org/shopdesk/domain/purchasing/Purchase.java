package org.shopdesk.domain.purchasing;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.shopdesk.domain.catalogue.Product;
import org.shopdesk.domain.party.Customer;
import org.shopdesk.domain.party.Provider;
import org.shopdesk.domain.pricing.Price;

/**
 * A check: one customer buys from one provider. The total is kept by the database as the sum of
 * the lines, the clerk is the database session user, and the client key makes a retried save
 * land once only.
 */
@Entity
@Table(name = "purchase")
public class Purchase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "customer_id", nullable = false, updatable = false)
    private Customer customer;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6, updatable = false)
    private PurchaseKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "returns_id", updatable = false)
    private Purchase returns;

    @Column(name = "purchased_at", nullable = false, updatable = false)
    private Instant purchasedAt;

    @Column(insertable = false, updatable = false)
    private String clerk;

    @Column(precision = 14, scale = 2, insertable = false, updatable = false)
    private BigDecimal total;

    @Column(nullable = false, length = 3, columnDefinition = "bpchar(3)", updatable = false)
    private String currency;

    @Column(name = "client_key", nullable = false, updatable = false)
    private UUID clientKey;

    @OneToMany(mappedBy = "purchase", cascade = CascadeType.PERSIST)
    private List<PurchaseLine> lines = new ArrayList<>();

    protected Purchase() {
    }

    public Purchase(Customer customer, Provider provider, PurchaseKind kind, Purchase returns,
                    Instant purchasedAt, String currency, UUID clientKey) {
        this.customer = customer;
        this.provider = provider;
        this.kind = kind;
        this.returns = returns;
        this.purchasedAt = purchasedAt;
        this.currency = currency;
        this.clientKey = clientKey;
    }

    public PurchaseLine addLine(Product product, Price price, int quantity) {
        PurchaseLine line = new PurchaseLine(this, product, price, quantity);
        lines.add(line);
        return line;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public Provider getProvider() {
        return provider;
    }

    public PurchaseKind getKind() {
        return kind;
    }

    public Purchase getReturns() {
        return returns;
    }

    public Instant getPurchasedAt() {
        return purchasedAt;
    }

    public String getClerk() {
        return clerk;
    }

    /** The total as the database computed it; read it again after the lines are flushed. */
    public BigDecimal getTotal() {
        return total;
    }

    public String getCurrency() {
        return currency;
    }

    public UUID getClientKey() {
        return clientKey;
    }

    public List<PurchaseLine> getLines() {
        return Collections.unmodifiableList(lines);
    }
}
