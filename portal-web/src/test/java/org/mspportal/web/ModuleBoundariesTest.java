package org.mspportal.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The plugin architecture, checked on the compiled classes: modules reach each other only through the
 * core's contract and CDI events, and neither the core nor the shell knows any module.
 */
class ModuleBoundariesTest {

    static final String SURVEY = "org.mspportal.survey..";
    static final String REFERENCE_GROUP = "org.mspportal.referencegroup..";
    static final String SEARCH = "org.mspportal.search..";

    static JavaClasses portal;

    @BeforeAll
    static void importPortal() {
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.mspportal");
    }

    @Test
    void shellAndCoreKnowNoModule() {
        noClasses().that().resideInAnyPackage("org.mspportal.web..", "org.mspportal.core..", "org.mspportal.health..")
                .should().dependOnClassesThat().resideInAnyPackage(SURVEY, REFERENCE_GROUP, SEARCH)
                .check(portal);
    }

    @Test
    void surveyModuleDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(SURVEY)
                .should().dependOnClassesThat().resideInAnyPackage(REFERENCE_GROUP, SEARCH, "org.mspportal.web..")
                .check(portal);
    }

    @Test
    void referenceGroupModuleDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(REFERENCE_GROUP)
                .should().dependOnClassesThat().resideInAnyPackage(SURVEY, SEARCH, "org.mspportal.web..")
                .check(portal);
    }

    @Test
    void searchModuleDependsOnNoOtherModule() {
        noClasses().that().resideInAPackage(SEARCH)
                .should().dependOnClassesThat().resideInAnyPackage(SURVEY, REFERENCE_GROUP, "org.mspportal.web..")
                .check(portal);
    }

    @Test
    void coreDoesNotDependOnTheWebShell() {
        noClasses().that().resideInAPackage("org.mspportal.core..")
                .should().dependOnClassesThat().resideInAPackage("org.mspportal.web..")
                .check(portal);
    }
}
