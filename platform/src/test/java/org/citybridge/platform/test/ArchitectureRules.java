package org.citybridge.platform.test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;
import java.util.stream.Collectors;

import org.citybridge.platform.store.AggregateRoot;
import org.citybridge.platform.store.AggregateStore;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.store.ReadModel;
import org.citybridge.platform.store.TenantStore;
import org.citybridge.platform.tenancy.TenantOwned;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The platform's rules, checked against a service's main classes by its {@code ArchitectureTest}:
 * forgetting one fails the build, not a review.
 * <ol>
 * <li>No Spring Data repositories: aggregates go through {@link AggregateStores}, read models through
 * {@link ReadModel}, so every read of a tenant-owned document is scoped by the caller.</li>
 * <li>No class that queries MongoDB directly touches a tenant-owned type.</li>
 * <li>Controllers call services, never stores or MongoDB.</li>
 * <li>Web code never reads without a caller ({@code findForSystem}).</li>
 * <li>Nothing depends on {@code messaging}: the domain records its own events, messaging translates
 * them, one direction only.</li>
 * <li>Aggregates, domain classes beside them and services know nothing of HTTP: no statuses, no JSON
 * paths, no web exceptions.</li>
 * <li>Feature packages do not depend on each other in a circle.</li>
 * </ol>
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    /** Checks the service's main classes (its tests may take shortcuts, e.g. query MongoDB to count). */
    public static void check(String servicePackage) {
        check(servicePackage, new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(servicePackage));
    }

    public static void check(String servicePackage, JavaClasses classes) {
        CompositeArchRule.of(noRepositories())
                .and(noDirectQueriesOfTenantOwnedTypes())
                .and(controllersCallServices())
                .and(webReadsOnlyWithACaller())
                .and(nothingDependsOnMessaging())
                .and(domainKnowsNoHttp(classes))
                .and(featuresFreeOfCycles(servicePackage))
                .check(classes);
    }

    static ArchRule noRepositories() {
        return noClasses().should().beAssignableTo(Repository.class)
                .because("aggregates are saved and read through AggregateStores, read models through ReadModel, "
                        + "so that every read is scoped by the caller (docs/platform.md)")
                .allowEmptyShould(true);
    }

    static ArchRule noDirectQueriesOfTenantOwnedTypes() {
        return noClasses().should(new ArchCondition<JavaClass>("query MongoDB directly for a tenant-owned type") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                boolean queries = item.getDirectDependenciesFromSelf().stream()
                        .anyMatch(dependency -> dependency.getTargetClass().isAssignableTo(MongoOperations.class));
                Set<String> tenantOwned = item.getDirectDependenciesFromSelf().stream()
                        .map(dependency -> dependency.getTargetClass())
                        .filter(target -> target.isAssignableTo(TenantOwned.class))
                        .map(JavaClass::getName).collect(Collectors.toSet());
                if (item.isAssignableTo(TenantOwned.class)) {
                    tenantOwned.add(item.getName());
                }
                if (queries && !tenantOwned.isEmpty()) {
                    events.add(SimpleConditionEvent.violated(item, item.getName() + " uses MongoOperations and "
                            + tenantOwned + "; read them through a TenantStore or ReadModel"));
                }
            }
        })
                .allowEmptyShould(true);
    }

    static ArchRule controllersCallServices() {
        return noClasses().that().areAnnotatedWith(RestController.class).or().areAnnotatedWith(Controller.class)
                .should().dependOnClassesThat().areAssignableTo(AggregateStore.class)
                .orShould().dependOnClassesThat().areAssignableTo(AggregateStores.class)
                .orShould().dependOnClassesThat().areAssignableTo(ReadModel.class)
                .orShould().dependOnClassesThat().areAssignableTo(MongoOperations.class)
                .because("controllers are thin: the use case, with its tenancy rules, lives in a service")
                .allowEmptyShould(true);
    }

    static ArchRule webReadsOnlyWithACaller() {
        return noClasses().that().resideInAPackage("..web..")
                .should().callMethodWhere(new DescribedPredicate<JavaMethodCall>("a read without a caller") {
                    @Override
                    public boolean test(JavaMethodCall call) {
                        return call.getName().endsWith("ForSystem")
                                && (call.getTargetOwner().isAssignableTo(TenantStore.class)
                                        || call.getTargetOwner().isAssignableTo(ReadModel.class));
                    }
                })
                .allowEmptyShould(true);
    }

    static ArchRule nothingDependsOnMessaging() {
        return noClasses().that().resideOutsideOfPackage("..messaging..")
                .should().dependOnClassesThat().resideInAPackage("..messaging..")
                .because("the domain records its own events and messaging translates them: one direction only")
                .allowEmptyShould(true);
    }

    static ArchRule domainKnowsNoHttp(JavaClasses classes) {
        Set<String> domainPackages = classes.stream().filter(javaClass -> javaClass.isAssignableTo(AggregateRoot.class))
                .map(JavaClass::getPackageName).collect(Collectors.toSet());
        DescribedPredicate<JavaClass> domain = new DescribedPredicate<>("domain classes and services") {
            @Override
            public boolean test(JavaClass javaClass) {
                return domainPackages.contains(javaClass.getPackageName()) || javaClass.isAnnotatedWith(Service.class);
            }
        };
        return noClasses().that(domain)
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                        "org.springframework.web..", "org.citybridge.platform.web..", "jakarta.servlet..")
                .because("the web layer maps domain exceptions to statuses and fields to JSON paths")
                .allowEmptyShould(true);
    }

    static ArchRule featuresFreeOfCycles(String servicePackage) {
        return slices().matching(servicePackage + ".(*)..").should().beFreeOfCycles()
                .allowEmptyShould(true);
    }
}
