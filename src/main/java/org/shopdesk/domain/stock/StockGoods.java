package org.shopdesk.domain.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.shopdesk.domain.catalogue.Product;
import org.shopdesk.domain.party.Provider;

/**
 * How many units of a product a provider holds. Read-only here: the balance is kept by the
 * database as the sum of the {@link StockMovement} journal and can never go below zero.
 */
@Entity
@Table(name = "stock_goods")
public class StockGoods {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", nullable = false, updatable = false)
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    @Column(name = "goods_balance", nullable = false, insertable = false, updatable = false)
    private int goodsBalance;

    /** At or below this balance the goods need reordering; null when nobody watches them. */
    @Column(name = "reorder_level")
    private Integer reorderLevel;

    /** Bumped by edits of the level only: the journal changes the balance without touching it. */
    @Version
    private int version;

    protected StockGoods() {
    }

    public StockGoods(Product product, Provider provider) {
        this.product = product;
        this.provider = provider;
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

    public int getGoodsBalance() {
        return goodsBalance;
    }

    public Integer getReorderLevel() {
        return reorderLevel;
    }

    public void setReorderLevel(Integer reorderLevel) {
        this.reorderLevel = reorderLevel;
    }

    public int getVersion() {
        return version;
    }
}
