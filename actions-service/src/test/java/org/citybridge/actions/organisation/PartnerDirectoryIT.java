package org.citybridge.actions.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.citybridge.actions.organisation.remote.OrganisationsUnavailableException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.store.AggregateStores;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.citybridge.platform.tenancy.Visibility;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.web.DependencyUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;

/**
 * The partner check against the read model and a stub organisations-service that answers, answers
 * 404, hangs, is stopped, or sits behind an open circuit.
 */
@StackTest
class PartnerDirectoryIT {

    private static final String PROPERTY = "partners";
    private static final Caller ALMELO_OFFICER = new Caller("officer@almelo", "almelo", Set.of(Role.OFFICER));
    private static final String TOKEN = TestTokens.officer("almelo");

    @Autowired
    PartnerDirectory partners;

    @Autowired
    AggregateStores stores;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    private final StubOrganisationsService organisationsService = StubOrganisationsService.get();

    @BeforeEach
    void aRequestWithAToken() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/programmes");
        request.addHeader("Authorization", TOKEN);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        circuit().reset();
    }

    @AfterEach
    void organisationsServiceBackAsItWas() {
        RequestContextHolder.resetRequestAttributes();
        organisationsService.reset();
        circuit().reset();
    }

    @Test
    void anActiveOrganisationOfTheCallersCityInTheReadModelPassesWithoutAskingOrganisationsService() {
        String known = inReadModel("almelo", "ACTIVE");

        partners.requireActive(ALMELO_OFFICER, PROPERTY, List.of(known));

        assertThat(organisationsService.requestsFor(known)).isEmpty();
    }

    @Test
    void anOrganisationOnlyOrganisationsServiceKnowsIsAskedForWithTheCallersToken() {
        String fresh = fresh();
        organisationsService.knows(fresh, "almelo", "ACTIVE");

        partners.requireActive(ALMELO_OFFICER, PROPERTY, List.of(fresh));

        assertThat(organisationsService.requestsFor(fresh)).singleElement()
                .satisfies(request -> assertThat(request.authorization()).isEqualTo(TOKEN));
    }

    @Test
    void anIdOrganisationsServiceAnswers404ForNamesNoOrganisation() {
        String unknown = fresh();

        assertRefused(List.of(unknown), "names no organisation of almelo: " + unknown);
        assertThat(organisationsService.requestsFor(unknown)).hasSize(1);
    }

    @Test
    void anotherCitysOrganisationNamesNoOrganisationOfTheCallersCityWhereverItIsKnown() {
        String inReadModel = inReadModel("antwerpen", "ACTIVE");
        String onlyRemote = fresh();
        organisationsService.knows(onlyRemote, "antwerpen", "ACTIVE");

        assertRefused(List.of(inReadModel), "names no organisation of almelo: " + inReadModel);
        assertRefused(List.of(onlyRemote), "names no organisation of almelo: " + onlyRemote);
    }

    @Test
    void anInactiveOrganisationIsRefusedWhereverItIsKnown() {
        String inReadModel = inReadModel("almelo", "INACTIVE");
        String onlyRemote = fresh();
        organisationsService.knows(onlyRemote, "almelo", "INACTIVE");

        assertRefused(List.of(inReadModel), "organisation " + inReadModel + " is inactive");
        assertRefused(List.of(onlyRemote), "organisation " + onlyRemote + " is inactive");
    }

    @Test
    void somethingThatCannotBeAnIdIsNoOrganisationAndIsNotSentOn() {
        String probe = "../admin/outbox";

        assertRefused(List.of(probe), "names no organisation of almelo: " + probe);
        assertRefused(List.of(".."), "names no organisation of almelo: ..");
        assertThat(organisationsService.requests()).noneMatch(request -> request.path().contains("admin"));
    }

    /** The requirement: with organisations-service down, actions whose partners are in the read model still save. */
    @Test
    void withOrganisationsServiceStoppedTheReadModelStillAnswers() {
        String known = inReadModel("almelo", "ACTIVE");
        String foreign = inReadModel("antwerpen", "ACTIVE");
        String unknown = fresh();
        organisationsService.stop();

        partners.requireActive(ALMELO_OFFICER, PROPERTY, List.of(known));
        assertThatThrownBy(() -> partners.requireActive(ALMELO_OFFICER, PROPERTY, List.of(known, unknown)))
                .as("503 with Retry-After").isInstanceOf(OrganisationsUnavailableException.class)
                .isInstanceOf(DependencyUnavailableException.class);
        assertRefused(List.of(unknown, foreign), "names no organisation of almelo: " + foreign);
    }

    @Test
    void aHangingOrganisationsServiceIsGivenUpAfterTwoSeconds() {
        String hanging = fresh();
        organisationsService.knows(hanging, "almelo", "ACTIVE");
        organisationsService.answersSlowly(hanging);

        long started = System.nanoTime();
        assertThatThrownBy(() -> partners.requireActive(ALMELO_OFFICER, PROPERTY, List.of(hanging)))
                .isInstanceOf(OrganisationsUnavailableException.class);
        Duration waited = Duration.ofNanos(System.nanoTime() - started);

        // The time limiter (2 s), not the platform's default one (5 s) or the HTTP read time-out (5 s).
        assertThat(waited).isBetween(Duration.ofMillis(1800), Duration.ofMillis(4000));
    }

    @Test
    void anOpenCircuitDoesNotAskAndTheReadModelStillAnswers() {
        String known = inReadModel("almelo", "ACTIVE");
        String onlyRemote = fresh();
        organisationsService.knows(onlyRemote, "almelo", "ACTIVE");
        circuit().transitionToOpenState();

        partners.requireActive(ALMELO_OFFICER, PROPERTY, List.of(known));
        assertThatThrownBy(() -> partners.requireActive(ALMELO_OFFICER, PROPERTY, List.of(onlyRemote)))
                .isInstanceOf(OrganisationsUnavailableException.class);
        assertThat(organisationsService.requestsFor(onlyRemote)).isEmpty();
    }

    @Test
    void repeatedFailuresOpenTheCircuit() {
        organisationsService.stop();

        for (int call = 0; call < 5; call++) {
            assertThatThrownBy(() -> partners.requireActive(ALMELO_OFFICER, PROPERTY, List.of(fresh())))
                    .isInstanceOf(OrganisationsUnavailableException.class);
        }

        assertThat(circuit().getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void theReadModelSaysWhetherAnOrganisationIsActiveAndItsName() {
        String active = inReadModel("almelo", "ACTIVE");
        String inactive = inReadModel("almelo", "INACTIVE");

        assertThat(partners.isActive(active)).isTrue();
        assertThat(partners.isActive(inactive)).isFalse();
        assertThat(partners.isActive(fresh())).isFalse();
        assertThat(partners.name(active)).contains("Organisation " + active);
        assertThat(partners.name(fresh())).isEmpty();
    }

    private void assertRefused(List<String> ids, String reason) {
        assertThatThrownBy(() -> partners.requireActive(ALMELO_OFFICER, PROPERTY, ids))
                .isInstanceOfSatisfying(InvalidValueException.class, refused -> {
                    assertThat(refused.property()).isEqualTo(PROPERTY);
                    assertThat(refused.reason()).isEqualTo(reason);
                });
    }

    private String inReadModel(String municipality, String status) {
        String id = fresh();
        stores.readModel(OrganisationView.class).put(new OrganisationView(id, municipality, "Organisation " + id,
                Visibility.NETWORK, status, 1L, true));
        return id;
    }

    private CircuitBreaker circuit() {
        return circuitBreakers.circuitBreaker("organisations");
    }

    private static String fresh() {
        return "org-" + UUID.randomUUID();
    }
}
