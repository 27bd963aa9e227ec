package org.shopdesk.data.pricing;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;
import org.shopdesk.data.Db;
import org.shopdesk.domain.common.ConcurrentChangeException;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.domain.pricing.ArticleRow;
import org.shopdesk.domain.pricing.PriceImportProfile;
import org.shopdesk.domain.pricing.PriceListSettings;
import org.shopdesk.domain.pricing.ProviderArticle;

/** Providers' price-list profiles and article numbers, edited through their entities; providers looked up by name. */
public final class PriceListProfileStore {

    public Optional<PriceListSettings> profile(Db db, long providerId) {
        Session s = db.session();
        return s.createSelectionQuery("from PriceImportProfile where providerId = :p", PriceImportProfile.class)
                .setParameter("p", providerId).uniqueResultOptional().map(PriceImportProfile::settings);
    }

    /** Remembers how this provider's list was read, creating the profile the first time. */
    public void saveProfile(Db db, long providerId, PriceListSettings settings) {
        Session s = db.session();
        PriceImportProfile profile = s.createSelectionQuery("from PriceImportProfile where providerId = :p",
                        PriceImportProfile.class).setParameter("p", providerId).uniqueResultOptional()
                .orElseGet(() -> {
                    PriceImportProfile created = new PriceImportProfile(providerId);
                    return created;
                });
        profile.apply(settings);
        if (profile.getId() == null) {
            s.persist(profile);
        }
        s.flush();
    }

    public Optional<ArticleRow> article(Db db, long productId, long providerId) {
        return find(db.session(), productId, providerId)
                .map(a -> new ArticleRow(a.getProductId(), a.getProviderId(), a.getArticle(), a.getVersion()));
    }

    /**
     * Sets (or with a null article removes) the provider's article number of the product.
     * {@code version} is what the user saw (null: there was none); another edit since is a conflict.
     */
    public void saveArticle(Db db, long productId, long providerId, String article, Integer version) {
        Session s = db.session();
        Optional<ProviderArticle> existing = find(s, productId, providerId);
        if (existing.isPresent() != (version != null)
                || existing.isPresent() && existing.get().getVersion() != version) {
            throw new ConcurrentChangeException("article changed by someone else", null);
        }
        if (existing.isEmpty()) {
            if (article != null) {
                s.persist(new ProviderArticle(productId, providerId, article));
            }
        } else if (article == null) {
            s.remove(existing.get());
        } else {
            existing.get().setArticle(article);
        }
        s.flush();
    }

    private static Optional<ProviderArticle> find(Session s, long productId, long providerId) {
        return s.createSelectionQuery("from ProviderArticle where productId = :p and providerId = :v", ProviderArticle.class)
                .setParameter("p", productId).setParameter("v", providerId).uniqueResultOptional();
    }

    /**
     * Providers whose name is {@code nameOrInn} (ignoring case) or, where the provider table has
     * a tax number column (inn), whose INN it is. More than one means the name is ambiguous.
     */
    public List<NamedItem> providersByNameOrInn(Db db, String nameOrInn) throws SQLException {
        boolean hasInn;
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT EXISTS (SELECT 1 FROM information_schema.columns "
                + "WHERE table_schema = current_schema() AND table_name = 'provider' AND column_name = 'inn')")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                hasInn = rs.getBoolean(1);
            }
        }
        String sql = "SELECT id, name, version FROM provider WHERE lower(name) = lower(?)"
                + (hasInn ? " OR inn = ?" : "") + " ORDER BY id";
        List<NamedItem> found = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement(sql)) {
            ps.setString(1, nameOrInn.strip());
            if (hasInn) {
                ps.setString(2, nameOrInn.strip());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(new NamedItem(rs.getLong(1), rs.getString(2), rs.getInt(3), 0));
                }
            }
        }
        return found;
    }

    /** Every provider by name, archived ones too, for pickers. */
    public List<NamedItem> providers(Db db) throws SQLException {
        List<NamedItem> all = new ArrayList<>();
        try (PreparedStatement ps = db.connection().prepareStatement("SELECT v.id, v.name, v.version, "
                + "(SELECT count(*) FROM price x WHERE x.provider_id = v.id AND " + ValidNow.of("x") + ") "
                + "FROM provider v ORDER BY lower(v.name), v.id"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                all.add(new NamedItem(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4)));
            }
        }
        return all;
    }
}
