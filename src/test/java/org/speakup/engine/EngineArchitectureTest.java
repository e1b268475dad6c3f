package org.speakup.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine is plain Java, so it can be tested, benchmarked and reused without the application. */
@AnalyzeClasses(packages = "org.speakup", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule engineUsesNoFramework = noClasses()
            .that()
            .resideInAPackage("org.speakup.engine..")
            .and()
            .doNotHaveSimpleName("package-info")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta..",
                    "javax.servlet..",
                    "javax.persistence..",
                    "org.hibernate..",
                    "org.flywaydb..",
                    "org.thymeleaf..",
                    "java.sql..");

    @ArchTest
    static final ArchRule engineDependsOnNoOtherModule = noClasses()
            .that()
            .resideInAPackage("org.speakup.engine..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.speakup.identity..", "org.speakup.platform..", "org.speakup.progress..")
            .allowEmptyShould(true);
}
