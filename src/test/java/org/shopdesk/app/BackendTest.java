package org.shopdesk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.shopdesk.domain.catalogue.ProductQuery;
import org.shopdesk.domain.common.NamedItem;
import org.shopdesk.testing.TestDatabase;

/** Connecting: the schema is migrated, then Hibernate's model is checked against the real tables. */
class BackendTest {

    @Test
    void refusesADatabaseWhoseTablesDoNotMatchTheModel() {
        try (TestDatabase db = TestDatabase.create()) {
            db.sql("ALTER TABLE products DROP COLUMN ean");
            assertThatThrownBy(() -> Backend.connect(db.target(), TestDatabase.testDirs(), false))
                    .isInstanceOfSatisfying(ConnectFailedException.class, e -> {
                        assertThat(e.reason()).isEqualTo(ConnectFailedException.Reason.MIGRATION);
                        assertThat(e.getMessage()).contains("do not match").contains("ean");
                    });
        }
    }

    @Test
    void theWindowsConnectionListsAtOnceAndBuildsHibernateOnlyWhenAsked() {
        try (TestDatabase db = TestDatabase.create();
             Backend backend = Backend.open(db.target(), TestDatabase.testDirs())) {
            assertThat(backend.catalogue().findProducts(ProductQuery.firstPage(10)).total()).isZero();
            assertThat(backend.catalogue().categories()).isEmpty();
            assertThat(backend.setup().isEmpty()).isTrue();
            assertThat(backend.hibernateStarted()).as("lists and searches need no Hibernate").isFalse();

            // A save before anyone asked builds it on demand.
            NamedItem made = backend.catalogue().createCategory("Phones");
            assertThat(backend.hibernateStarted()).isTrue();
            assertThat(backend.catalogue().categories()).containsExactly(made);
            assertThat(backend.finishStarting()).succeedsWithin(java.time.Duration.ofSeconds(30));
        }
    }

    @Test
    void tablesThatDoNotMatchAreFoundWhenTheWindowFinishesStarting() {
        try (TestDatabase db = TestDatabase.create()) {
            db.sql("ALTER TABLE products DROP COLUMN ean");
            try (Backend backend = Backend.open(db.target(), TestDatabase.testDirs())) {
                assertThat(backend.finishStarting()).failsWithin(java.time.Duration.ofSeconds(30))
                        .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                        .havingCause().isInstanceOfSatisfying(ConnectFailedException.class, e ->
                                assertThat(e.reason()).isEqualTo(ConnectFailedException.Reason.MIGRATION));
                assertThatThrownBy(() -> backend.catalogue().createCategory("Phones"))
                        .isInstanceOf(ConnectFailedException.class);
            }
        }
    }

    @Test
    void aFailedMigrationLeavesNoHalfDoneSchema() {
        try (TestDatabase db = TestDatabase.createBlank()) {
            // A table in the way of the first migration: it fails, and rolls back whole.
            db.sql("CREATE TABLE category (id int)");
            assertThatThrownBy(() -> Backend.connect(db.target(), TestDatabase.testDirs(), false))
                    .isInstanceOfSatisfying(ConnectFailedException.class, e ->
                            assertThat(e.reason()).isEqualTo(ConnectFailedException.Reason.MIGRATION));
            assertThat(db.count("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' "
                    + "AND table_name IN ('producer', 'products', 'purchase')")).isZero();
        }
    }
}
