package org.mspportal.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import jakarta.persistence.Entity;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each module's layers, checked on the compiled classes: the domain is plain Java that depends on nothing of
 * the module's application services, web views or infrastructure; application services do not reach into
 * infrastructure or views; no two packages of a module depend on each other both ways.
 */
class LayersInsideModulesTest {

    static JavaClasses portal;

    @BeforeAll
    static void importPortal() {
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mspportal");
    }

    @ParameterizedTest
    @ValueSource(strings = {"survey", "referencegroup", "search"})
    void theDomainDependsOnNoOtherLayer(String module) {
        String base = "org.mspportal." + module;
        noClasses().that().resideInAPackage(base + ".domain..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".application..", base + ".interfaces..",
                        base + ".infrastructure..")
                .check(portal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"survey", "referencegroup", "search"})
    void applicationServicesDependOnNeitherInfrastructureNorViews(String module) {
        String base = "org.mspportal." + module;
        noClasses().that().resideInAPackage(base + ".application..")
                .should().dependOnClassesThat().resideInAnyPackage(base + ".interfaces..", base + ".infrastructure..")
                .check(portal);
    }

    /** Not yet the survey's statement catalogue and team pick-lists, nor the search module's pages (issue 16 goes on). */
    @ParameterizedTest
    @ValueSource(strings = {"referencegroup"})
    void viewsHoldRecordsNotEntities(String module) {
        noClasses().that().resideInAPackage("org.mspportal." + module + ".interfaces..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .check(portal);
    }

    @ParameterizedTest
    @ValueSource(strings = {"core", "survey", "referencegroup", "search"})
    void noTwoPackagesOfAModuleDependOnEachOtherBothWays(String module) {
        slices().matching("org.mspportal." + module + ".(**)").should().beFreeOfCycles().check(portal);
    }

    @Test
    void onlyTheCoreTouchesTheSearchOutboxsStorage() {
        noClasses().that().resideOutsideOfPackage("org.mspportal.core.search..")
                .should().dependOnClassesThat().resideInAPackage("org.mspportal.core.search.outbox..")
                .check(portal);
    }

}
