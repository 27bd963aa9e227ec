package org.shopdesk.domain.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What one provider calls one of our products in its price list (its own article number). Kept
 * as text, so that "000123" stays "000123". A price-list import can match rows by it.
 */
@Entity
@Table(name = "provider_article")
public class ProviderArticle {
    public static final int ARTICLE_MAX = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "product_id", nullable = false, updatable = false)
    private long productId;

    @Column(name = "provider_id", nullable = false, updatable = false)
    private long providerId;

    @Column(nullable = false, length = ARTICLE_MAX)
    private String article;

    @Version
    private int version;

    protected ProviderArticle() {
    }

    public ProviderArticle(long productId, long providerId, String article) {
        this.productId = productId;
        this.providerId = providerId;
        this.article = article;
    }

    public Long getId() {
        return id;
    }

    public long getProductId() {
        return productId;
    }

    public long getProviderId() {
        return providerId;
    }

    public String getArticle() {
        return article;
    }

    public void setArticle(String article) {
        this.article = article;
    }

    public int getVersion() {
        return version;
    }
}
