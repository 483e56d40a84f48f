package org.citybridge.platform.sample;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.regex.Pattern;

import org.citybridge.platform.test.ArchitectureRules;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

class PlatformArchitectureTest {

    @Test
    void thePlatformKnowsNoServiceAndNoDomain() {
        noClasses().should().dependOnClassesThat(resideInAPackage("org.citybridge..")
                .and(resideOutsideOfPackages("org.citybridge.platform..", "org.citybridge.devstack..")))
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.citybridge.platform"));
    }

    /** The sample lives in the tests, so its classes are imported from there, without the tests themselves. */
    @Test
    void theSampleServiceFollowsTheRulesEveryServiceFollows() {
        String sample = getClass().getPackageName();
        ArchitectureRules.check(sample, new ClassFileImporter()
                .withImportOption(location -> !location.matches(Pattern.compile(".*(IT|Test)(\\$.*)?\\.class")))
                .importPackages(sample));
    }
}
