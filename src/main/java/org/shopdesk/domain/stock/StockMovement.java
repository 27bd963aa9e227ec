package org.shopdesk.domain.stock;

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
import jakarta.persistence.Table;
import java.time.Instant;
import org.shopdesk.domain.catalogue.Product;
import org.shopdesk.domain.party.Provider;
import org.shopdesk.domain.purchasing.Purchase;

/** One entry of the stock journal. Written once; the database applies it to the balance. */
@Entity
@Table(name = "stock_movement")
public class StockMovement {
    public static final int NOTE_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Column(nullable = false, updatable = false)
    private int delta;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private StockReason reason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "purchase_id", updatable = false)
    private Purchase purchase;

    @Enumerated(EnumType.STRING)
    @Column(name = "write_off_reason", length = 8, updatable = false)
    private WriteOffReason writeOffReason;

    @Column(length = NOTE_MAX, updatable = false)
    private String note;

    @Column(name = "moved_at", insertable = false, updatable = false)
    private Instant movedAt;

    @Column(name = "moved_by", insertable = false, updatable = false)
    private String movedBy;

    protected StockMovement() {
    }

    public StockMovement(Product product, Provider provider, int delta, StockReason reason,
                         Purchase purchase, String note) {
        this.product = product;
        this.provider = provider;
        this.delta = delta;
        this.reason = reason;
        this.purchase = purchase;
        this.note = note;
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

    public int getDelta() {
        return delta;
    }

    public StockReason getReason() {
        return reason;
    }

    public Purchase getPurchase() {
        return purchase;
    }

    public WriteOffReason getWriteOffReason() {
        return writeOffReason;
    }

    public String getNote() {
        return note;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    public String getMovedBy() {
        return movedBy;
    }
}
