package org.shopdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers stay honest: ui -> service -> data -> database; entities and records in domain. */
class ArchitectureTest {
    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.shopdesk");
    }

    @Test
    void layersPointOneWay() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("App").definedBy("org.shopdesk", "org.shopdesk.app..")
                .layer("Ui").definedBy("org.shopdesk.ui..")
                .layer("Service").definedBy("org.shopdesk.service..")
                .layer("Data").definedBy("org.shopdesk.data..")
                .layer("Domain").definedBy("org.shopdesk.domain..")
                .whereLayer("App").mayNotBeAccessedByAnyLayer()
                .whereLayer("Ui").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Service").mayOnlyBeAccessedByLayers("App", "Ui")
                .whereLayer("Data").mayOnlyBeAccessedByLayers("App", "Service")
                .whereLayer("Domain").mayOnlyBeAccessedByLayers("App", "Ui", "Service", "Data")
                .check(classes);
    }

    @Test
    void onlyTheUiKnowsJavaFx() {
        noClasses().that().resideInAnyPackage("org.shopdesk.domain..", "org.shopdesk.data..", "org.shopdesk.service..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..")
                .check(classes);
    }

    @Test
    void theUiNeverTouchesTheDatabase() {
        noClasses().that().resideInAPackage("org.shopdesk.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("org.hibernate..", "jakarta.persistence..",
                        "java.sql..", "javax.sql..", "org.postgresql..", "com.zaxxer..")
                .check(classes);
    }

    @Test
    void theUiSeesRecordsNotEntities() {
        noClasses().that().resideInAPackage("org.shopdesk.ui..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(classes);
    }

    @Test
    void servicesLeaveSqlAndQueriesToTheDataLayer() {
        noClasses().that().resideInAPackage("org.shopdesk.service..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..",
                        "org.hibernate.query..", "jakarta.persistence..", "org.postgresql..")
                .orShould().callMethodWhere(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "a query method of a Hibernate session",
                        call -> call.getTargetOwner().isAssignableTo(org.hibernate.SharedSessionContract.class)
                                && call.getName().matches("create.*Query|createNative.*|doWork|doReturningWork")))
                .check(classes);
    }

    @Test
    void noConsoleOutputAndNoStackTracesOnScreen() {
        noClasses().that().resideInAPackage("org.shopdesk..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .orShould().callMethod(Throwable.class, "printStackTrace")
                .check(classes);
    }

    @Test
    void loggingThroughSlf4jOnly() {
        // OwnerOnlyLogAppender is not a way of logging but Logback's file, opened 0600 (named in logback.xml).
        noClasses().that().resideInAPackage("org.shopdesk..").and().doNotHaveSimpleName("OwnerOnlyLogAppender")
                .should().dependOnClassesThat().resideInAnyPackage("java.util.logging..", "org.apache.log4j..",
                        "ch.qos.logback..")
                .check(classes);
    }
}
