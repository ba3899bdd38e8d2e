package org.commonground.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The lines DESIGN.md draws between the modules, checked on the whole application's classes. */
class ArchitectureTest {

    // The other modules' classes come as jars when the whole build runs, so jars are imported too:
    // only the packages of this project are.
    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.commonground");

    @Test
    void theCoreIsPlainJava() {
        noClasses().that().resideInAPackage("org.commonground.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "net.dv8tion..",
                        "org.telegram..", "java.sql..", "javax.sql..", "org.h2..", "org.flywaydb..",
                        "com.fasterxml..", "com.github.benmanes..", "okhttp3..", "org.apache..", "jakarta..")
                .because("bot-core holds the product; frameworks, SDKs and SQL stay in the adapters")
                .check(CLASSES);
    }

    @Test
    void theCoreKnowsNoAdapterAndNoApplication() {
        noClasses().that().resideInAPackage("org.commonground.core..")
                .should().dependOnClassesThat().resideInAnyPackage("org.commonground.adapter..", "org.commonground.app..")
                .check(CLASSES);
    }

    @Test
    void adaptersDoNotDependOnEachOther() {
        slices().matching("org.commonground.adapter.(*)..").should().notDependOnEachOther().check(CLASSES);
    }

    @Test
    void adaptersDoNotReachIntoTheApplication() {
        noClasses().that().resideInAPackage("org.commonground.adapter..")
                .should().dependOnClassesThat().resideInAPackage("org.commonground.app..")
                .check(CLASSES);
    }

    @Test
    void onlyTheLauncherTouchesTheProcessStreams() {
        noClasses().that().doNotHaveFullyQualifiedName("org.commonground.CommonGround")
                .should(ACCESS_STANDARD_STREAMS)
                .because("output goes to the shell's writer or the log")
                .check(CLASSES);
    }
}
