package org.speakup.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The engine must stay usable without the application: no Spring, Jakarta, servlet or persistence types. */
class EngineIsFrameworkFreeTest {

    @Test
    void engineUsesNoFrameworkTypes() {
        JavaClasses engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.speakup.engine");
        noClasses()
                .that()
                .resideInAPackage("org.speakup.engine..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta..",
                        "javax.servlet..",
                        "javax.persistence..",
                        "org.hibernate..")
                .check(engine);
    }
}
