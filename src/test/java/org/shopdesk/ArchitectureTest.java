package org.shopdesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Entity;
import java.lang.reflect.Method;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shopdesk.data.Db;

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
        servicesNeverTouchTheDatabase("org.shopdesk.service..").check(classes);
    }

    @Test
    void controllersLeaveServicesToTheirViewModels() {
        controllersNeverSeeServices("org.shopdesk.ui..").check(classes);
    }

    @Test
    void viewModelsAreTestedWithoutAToolkit() {
        viewModelsNeverSeeNodes("org.shopdesk.ui..").check(classes);
    }

    @Test
    void theUiRulesCatchAControllerCallingAServiceAndAViewModelHoldingANode() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("org.shopdesk.archfixture.ui");
        var controllers = controllersNeverSeeServices("org.shopdesk.archfixture.ui..").evaluate(fixtures);
        assertThat(controllers.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("ServiceCallingController") && d.contains("CatalogueService"));
        var viewModels = viewModelsNeverSeeNodes("org.shopdesk.archfixture.ui..").evaluate(fixtures);
        assertThat(viewModels.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("NodeHoldingViewModel") && d.contains("javafx.scene.control.Label"));
    }

    static ArchRule controllersNeverSeeServices(String uiPackages) {
        return noClasses().that().resideInAPackage(uiPackages).and().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAPackage("org.shopdesk.service..")
                .because("a controller binds controls to a view model; the view model calls the services");
    }

    /** View models, and the kit's models they compose, hold state and commands only: tests run them without a window. */
    static ArchRule viewModelsNeverSeeNodes(String uiPackages) {
        return noClasses().that().resideInAPackage(uiPackages)
                .and().haveSimpleNameEndingWith("ViewModel")
                .or().belongToAnyOf(org.shopdesk.ui.kit.PagedList.class, org.shopdesk.ui.kit.FormState.class)
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..",
                        "org.controlsfx..", "atlantafx..")
                .because("view models hold state and commands only, so tests run them without a window");
    }

    @Test
    void theServiceRuleCatchesAConnectionHiddenInALambdaOrTakenFromTheHandle() {
        JavaClasses fixtures = new ClassFileImporter().importPackages("org.shopdesk.archfixture.service");
        var result = servicesNeverTouchTheDatabase("org.shopdesk.archfixture.service..").evaluate(fixtures);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("ConnectionInLambdaService") && d.contains("java.sql.Connection"))
                .anyMatch(d -> d.contains("DbHandleOpenedService") && d.contains("Db.connection()"));
    }

    /**
     * Services hand the opaque {@link Db} to the data layer and never see a connection or a
     * session: not as a type they use, not through the handle, and not as a lambda's parameter.
     * ArchUnit folds a lambda's body into its enclosing method and forgets the synthetic
     * method's signature, so that part is read from the compiled class by reflection.
     */
    static ArchRule servicesNeverTouchTheDatabase(String servicePackages) {
        return noClasses().that().resideInAPackage(servicePackages)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.hibernate..",
                        "jakarta.persistence..", "org.postgresql..", "com.zaxxer..")
                .orShould().callMethod(Db.class, "connection")
                .orShould().callMethod(Db.class, "session")
                .orShould(haveNoDatabaseTypesInCompiledSignatures())
                .because("services compose data-layer calls over the Db handle; SQL and sessions live in data");
    }

    private static ArchCondition<JavaClass> haveNoDatabaseTypesInCompiledSignatures() {
        return new ArchCondition<>("take a database type in a compiled method or lambda") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                for (Method m : javaClass.reflect().getDeclaredMethods()) {
                    Stream.concat(Stream.of(m.getParameterTypes()), Stream.of(m.getReturnType()))
                            .filter(t -> DATABASE_TYPE.matcher(t.getName()).lookingAt())
                            .forEach(t -> events.add(SimpleConditionEvent.satisfied(javaClass,
                                    javaClass.getName() + "." + m.getName() + (m.isSynthetic() ? " (a lambda)" : "")
                                            + " takes or returns " + t.getName())));
                }
            }
        };
    }

    private static final Pattern DATABASE_TYPE =
            Pattern.compile("java\\.sql\\.|javax\\.sql\\.|org\\.hibernate\\.|jakarta\\.persistence\\.|org\\.postgresql\\.");

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
