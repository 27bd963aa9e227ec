package org.shopdesk.data;

import java.util.List;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.shopdesk.domain.catalogue.Category;
import org.shopdesk.domain.catalogue.Producer;
import org.shopdesk.domain.catalogue.Product;
import org.shopdesk.domain.party.Contacts;
import org.shopdesk.domain.party.Customer;
import org.shopdesk.domain.party.Provider;
import org.shopdesk.domain.pricing.Price;
import org.shopdesk.domain.pricing.PriceImportProfile;
import org.shopdesk.domain.pricing.ProviderArticle;
import org.shopdesk.domain.purchasing.Purchase;
import org.shopdesk.domain.purchasing.PurchaseLine;
import org.shopdesk.domain.stock.StockGoods;
import org.shopdesk.domain.stock.StockMovement;

/** Builds Hibernate over the shared pool. Hibernate validates the schema Flyway made; it never changes it. */
public final class Persistence {
    public static final List<Class<?>> ENTITIES = List.of(
            Category.class, Producer.class, Provider.class, Contacts.class, Customer.class,
            Product.class, Price.class, Purchase.class, PurchaseLine.class,
            StockGoods.class, StockMovement.class, ProviderArticle.class, PriceImportProfile.class);

    private Persistence() {
    }

    /**
     * Builds Hibernate without looking at the tables yet, so that it can be built while Flyway
     * brings the schema up to date; call {@link #validate} once the migration is done.
     */
    public static SessionFactory sessionFactory(DataSource dataSource, boolean collectStatistics) {
        return new HibernatePersistenceConfiguration("shopdesk")
                .managedClasses(ENTITIES)
                .property("jakarta.persistence.nonJtaDataSource", dataSource)
                .schemaToolingAction(Action.NONE)
                .property("hibernate.jdbc.batch_size", 50)
                .property("hibernate.order_inserts", true)
                .property("hibernate.jdbc.time_zone", "UTC")
                .collectStatistics(collectStatistics)
                .createEntityManagerFactory();
    }

    /** Checks every mapped table and column against the database; throws if the two disagree. */
    public static void validate(SessionFactory sessionFactory) {
        sessionFactory.getSchemaManager().validateMappedObjects();
    }
}
