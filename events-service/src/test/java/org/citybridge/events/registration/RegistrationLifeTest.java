package org.citybridge.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** Every change of a registration: from which status it may happen, what it changes, and what it records. */
class RegistrationLifeTest {

    static final Instant NOW = Instant.parse("2030-04-01T09:00:00Z");
    static final Instant LATER = NOW.plus(Duration.ofHours(3));

    static Attendee attendee() {
        return new Attendee("Ayşe Yılmaz", " Ayse@Example.org ", "Stichting Samen", "org-7", "Almelo", "halal",
                "rolstoel", true, "nl");
    }

    static Registration pending() {
        return Registration.pending("registration-1", "K7QM-4TXP", "congress-1", "almelo", attendee(),
                List.of("s1", "s2"), RegistrationCodes.hash("token"), NOW);
    }

    static Registration in(RegistrationStatus status) {
        Registration registration = pending();
        switch (status) {
            case PENDING -> { }
            case CONFIRMED -> registration.confirm(List.of(SessionPlace.confirmed("s1")), NOW);
            case WAITLISTED -> registration.waitlist(4, NOW);
            case OFFERED -> {
                registration.waitlist(4, NOW);
                registration.offer(LATER, NOW);
            }
            case CANCELLED -> registration.cancel(NOW);
            case EXPIRED -> {
                registration.waitlist(4, NOW);
                registration.offer(LATER, NOW);
                registration.expireOffer(LATER);
            }
        }
        return registration;
    }

    @Test
    void aNewRegistrationIsPendingPrivateToTheCongressCityAndWishesItsSessions() {
        Registration registration = pending();

        assertThat(registration.id()).isEqualTo("registration-1");
        assertThat(registration.code()).isEqualTo("K7QM-4TXP");
        assertThat(registration.congressId()).isEqualTo("congress-1");
        assertThat(registration.municipality()).isEqualTo("almelo");
        assertThat(registration.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(registration.status()).isEqualTo(RegistrationStatus.PENDING);
        assertThat(registration.sessions()).containsExactly(SessionPlace.wished("s1"), SessionPlace.wished("s2"));
        assertThat(registration.sessionIds()).containsExactly("s1", "s2");
        assertThat(registration.confirmedSessionIds()).isEmpty();
        assertThat(registration.registeredAt()).isEqualTo(NOW);
        assertThat(registration.changedAt()).isEqualTo(NOW);
        assertThat(registration.position()).isNull();
        assertThat(registration.offerExpiresAt()).isNull();
        assertThat(registration.personalDataPurged()).isFalse();
        assertThat(RegistrationCodes.matches("token", registration.tokenHash())).isTrue();
        assertThat(registration.recordedEvents()).isEmpty();
        assertThat(Registration.pending("K7QM-4TXP", "congress-1", "almelo", attendee(), List.of(), null, NOW).id())
                .isNotBlank();
    }

    @Test
    void oneRegistrationPerAddressWhateverItsCaseOrSpaces() {
        assertThat(Registration.emailKey(" Ayse@Example.ORG\t")).isEqualTo("ayse@example.org");
        assertThat(Registration.emailKey(null)).isNull();
    }

    @Test
    void aConfirmedRegistrationHoldsItsSessionsAndSaysItRegistered() {
        Registration registration = pending();
        registration.confirm(List.of(SessionPlace.confirmed("s1"), SessionPlace.waitlisted("s2", 2)), LATER);

        assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registration.confirmedSessionIds()).containsExactly("s1");
        assertThat(registration.sessionIds()).containsExactly("s1", "s2");
        assertThat(registration.changedAt()).isEqualTo(LATER);
        assertThat(registration.registeredAt()).isEqualTo(NOW);
        assertThat(registration.recordedEvents()).singleElement().isInstanceOfSatisfying(Registration.Registered.class,
                registered -> assertThat(registered.registration()).isSameAs(registration));
    }

    @Test
    void aWaitingRegistrationKnowsItsPositionAndHoldsNoSession() {
        Registration registration = pending();
        registration.waitlist(7, LATER);

        assertThat(registration.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(registration.position()).isEqualTo(7L);
        assertThat(registration.changedAt()).isEqualTo(LATER);
        assertThat(registration.confirmedSessionIds()).isEmpty();
        assertThat(registration.recordedEvents()).singleElement().isInstanceOf(Registration.Waitlisted.class);
    }

    @Test
    void onlyAPendingRegistrationIsConfirmedOrWaitlisted() {
        for (RegistrationStatus status : List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.OFFERED, RegistrationStatus.CANCELLED, RegistrationStatus.EXPIRED)) {
            assertThatThrownBy(() -> in(status).confirm(List.of(), LATER)).as(status.name())
                    .isInstanceOf(ConflictException.class).hasMessageContaining(status.name());
            assertThatThrownBy(() -> in(status).waitlist(1, LATER)).as(status.name())
                    .isInstanceOf(ConflictException.class);
        }
    }

    @Test
    void aPromotionTakesTheCongressPlaceAndNamesIt() {
        Registration registration = in(RegistrationStatus.WAITLISTED);
        registration.promote(List.of(SessionPlace.confirmed("s2")), LATER);

        assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registration.confirmedSessionIds()).containsExactly("s2");
        assertThat(registration.changedAt()).isEqualTo(LATER);
        assertThat(registration.recordedEvents()).last().isInstanceOfSatisfying(Registration.Promoted.class,
                promoted -> assertThat(promoted.scope()).isEqualTo("congress"));
        assertThatThrownBy(() -> in(RegistrationStatus.PENDING).promote(List.of(), LATER))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anOfferHoldsThePlaceUntilItExpires() {
        Registration registration = in(RegistrationStatus.WAITLISTED);
        registration.offer(LATER, NOW.plusSeconds(5));

        assertThat(registration.status()).isEqualTo(RegistrationStatus.OFFERED);
        assertThat(registration.status().holdsPlace()).isTrue();
        assertThat(registration.offerExpiresAt()).isEqualTo(LATER);
        assertThat(registration.changedAt()).isEqualTo(NOW.plusSeconds(5));
        assertThat(registration.confirmedSessionIds()).as("a ticket waits for the acceptance").isEmpty();
        assertThat(registration.recordedEvents()).last().isInstanceOfSatisfying(Registration.Promoted.class,
                promoted -> assertThat(promoted.scope()).isEqualTo("congress"));
        assertThatThrownBy(() -> in(RegistrationStatus.CONFIRMED).offer(LATER, NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anAcceptedOfferConfirmsAndSaysItChanged() {
        Registration registration = in(RegistrationStatus.OFFERED);
        registration.acceptOffer(List.of(SessionPlace.confirmed("s1")), LATER.minusSeconds(1));

        assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registration.offerExpiresAt()).isNull();
        assertThat(registration.changedAt()).isEqualTo(LATER.minusSeconds(1));
        assertThat(registration.confirmedSessionIds()).containsExactly("s1");
        assertThat(registration.recordedEvents()).last().isInstanceOf(Registration.Changed.class);
        assertThatThrownBy(() -> in(RegistrationStatus.WAITLISTED).acceptOffer(List.of(), NOW))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anOfferAcceptedAtOrAfterItsExpiryIsRefusedAndChangesNothing() {
        Registration registration = in(RegistrationStatus.OFFERED);

        assertThatThrownBy(() -> registration.acceptOffer(List.of(), LATER)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("expired");
        assertThat(registration.status()).isEqualTo(RegistrationStatus.OFFERED);
        assertThat(registration.offerExpiresAt()).isEqualTo(LATER);
    }

    @Test
    void anOfferNotAcceptedExpiresAndOnlyAnOfferCan() {
        Registration registration = in(RegistrationStatus.OFFERED);
        registration.expireOffer(LATER.plusSeconds(1));

        assertThat(registration.status()).isEqualTo(RegistrationStatus.EXPIRED);
        assertThat(registration.changedAt()).isEqualTo(LATER.plusSeconds(1));
        assertThatThrownBy(() -> in(RegistrationStatus.CONFIRMED).expireOffer(LATER))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aPlaceInASessionGoesToTheOneWaitingForIt() {
        Registration registration = pending();
        registration.confirm(List.of(SessionPlace.confirmed("s1"), SessionPlace.waitlisted("s2", 3)), NOW);

        assertThat(registration.waitsInSession("s2", 3)).isTrue();
        assertThat(registration.waitsInSession("s2", 4)).isFalse();
        assertThat(registration.waitsInSession("s1", 3)).as("already holds it").isFalse();
        registration.promoteInSession("s2", LATER);

        assertThat(registration.confirmedSessionIds()).containsExactly("s1", "s2");
        assertThat(registration.waitsInSession("s2", 3)).isFalse();
        assertThat(registration.changedAt()).isEqualTo(LATER);
        assertThat(registration.recordedEvents()).last().isInstanceOfSatisfying(Registration.Promoted.class,
                promoted -> assertThat(promoted.scope()).isEqualTo("s2"));
    }

    @Test
    void noSessionPlaceForOneNotWaitingForItOrNotConfirmed() {
        Registration registration = pending();
        registration.confirm(List.of(SessionPlace.confirmed("s1"), SessionPlace.waitlisted("s2", 3)), NOW);

        assertThatThrownBy(() -> registration.promoteInSession("s1", LATER)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("s1");
        assertThatThrownBy(() -> registration.promoteInSession("s9", LATER)).isInstanceOf(ConflictException.class);
        assertThat(registration.changedAt()).isEqualTo(NOW);
        assertThat(registration.recordedEvents()).hasSize(1);
        assertThatThrownBy(() -> in(RegistrationStatus.WAITLISTED).promoteInSession("s1", LATER))
                .isInstanceOf(ConflictException.class);
        Registration cancelled = pending();
        cancelled.confirm(List.of(SessionPlace.waitlisted("s2", 3)), NOW);
        cancelled.cancel(NOW);
        assertThatThrownBy(() -> cancelled.promoteInSession("s2", LATER)).as("a cancelled one waits for nothing")
                .isInstanceOf(ConflictException.class);
        assertThat(cancelled.waitsInSession("s2", 3)).isFalse();
        Registration waiting = in(RegistrationStatus.WAITLISTED);
        assertThat(waiting.waitsInSession("s1", 0)).isFalse();
    }

    @Test
    void sessionsChangeWhileAPlaceIsHeldOrAwaitedButNotBeforeNorAfter() {
        for (RegistrationStatus status : List.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.OFFERED)) {
            Registration registration = in(status);
            registration.changeSessions(List.of(SessionPlace.wished("s2")), LATER);
            assertThat(registration.sessionIds()).as(status.name()).containsExactly("s2");
            assertThat(registration.changedAt()).isEqualTo(LATER);
            assertThat(registration.recordedEvents()).last().isInstanceOf(Registration.Changed.class);
        }
        for (RegistrationStatus status : List.of(RegistrationStatus.PENDING, RegistrationStatus.CANCELLED,
                RegistrationStatus.EXPIRED)) {
            Registration registration = in(status);
            assertThatThrownBy(() -> registration.changeSessions(List.of(), LATER)).as(status.name())
                    .isInstanceOf(ConflictException.class).hasMessageContaining(status.name());
            assertThat(registration.sessionIds()).isNotEmpty();
        }
    }

    @Test
    void aRegistrationIsCancelledOnceByThePerson() {
        for (RegistrationStatus status : List.of(RegistrationStatus.PENDING, RegistrationStatus.CONFIRMED,
                RegistrationStatus.WAITLISTED, RegistrationStatus.OFFERED)) {
            Registration registration = in(status);
            registration.cancel(LATER);
            assertThat(registration.status()).isEqualTo(RegistrationStatus.CANCELLED);
            assertThat(registration.changedAt()).isEqualTo(LATER);
            assertThat(registration.confirmedSessionIds()).isEmpty();
            assertThat(registration.recordedEvents()).last().isInstanceOfSatisfying(Registration.Cancelled.class,
                    cancelled -> assertThat(cancelled.reason()).isEqualTo("CANCELLED"));
        }
        assertThatThrownBy(() -> in(RegistrationStatus.CANCELLED).cancel(LATER)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("already CANCELLED");
        assertThatThrownBy(() -> in(RegistrationStatus.EXPIRED).cancel(LATER)).isInstanceOf(ConflictException.class);
    }

    @Test
    void retentionTakesNameEmailNeedsTokenAndConsentButLeavesWhatCounts() {
        Registration registration = in(RegistrationStatus.CONFIRMED);
        registration.purgePersonalData();

        Attendee left = registration.attendee();
        assertThat(left.name()).isNull();
        assertThat(left.email()).isNull();
        assertThat(left.dietaryNeeds()).isNull();
        assertThat(left.accessibilityNeeds()).isNull();
        assertThat(left.listed()).isFalse();
        assertThat(left.organisation()).isEqualTo("Stichting Samen");
        assertThat(left.organisationId()).isEqualTo("org-7");
        assertThat(left.municipality()).isEqualTo("Almelo");
        assertThat(left.language()).isEqualTo("nl");
        assertThat(registration.tokenHash()).isNull();
        assertThat(registration.personalDataPurged()).isTrue();
        assertThat(registration.confirmedSessionIds()).containsExactly("s1");
    }

    @Test
    void onlyConfirmedAndOfferedHoldAPlaceAndOnlyCancelledAndExpiredAreOver() {
        assertThat(List.of(RegistrationStatus.values())).filteredOn(RegistrationStatus::holdsPlace)
                .containsExactlyInAnyOrder(RegistrationStatus.CONFIRMED, RegistrationStatus.OFFERED);
        assertThat(List.of(RegistrationStatus.values())).filteredOn(RegistrationStatus::isOver)
                .containsExactlyInAnyOrder(RegistrationStatus.CANCELLED, RegistrationStatus.EXPIRED);
    }

    @Test
    void whatOtherFeaturesLearnIsTheRegistrationWithoutEmailNeedsOrToken() {
        Registration registration = in(RegistrationStatus.CONFIRMED);
        RegistrationFacts facts = RegistrationFacts.of(registration);

        assertThat(facts).isEqualTo(new RegistrationFacts("registration-1", "K7QM-4TXP", "congress-1", "almelo",
                "Ayşe Yılmaz", "Stichting Samen", "Almelo", "nl", RegistrationStatus.CONFIRMED, List.of("s1")));
        assertThat(facts.isConfirmed()).isTrue();
        assertThat(RegistrationFacts.of(in(RegistrationStatus.OFFERED)).isConfirmed()).isFalse();
    }

    @Test
    void aSecondRegistrationOfAnAddressIsAConflictThatNamesTheFirst() {
        AlreadyRegisteredException conflict = new AlreadyRegisteredException("K7QM-4TXP");

        assertThat(conflict.code()).isEqualTo("K7QM-4TXP");
        assertThat(conflict.getMessage()).contains("K7QM-4TXP");
        assertThat(conflict.details()).containsEntry("code", "K7QM-4TXP")
                .containsEntry("registration", "/api/registrations/K7QM-4TXP");
    }

    @Test
    void aSessionPlaceIsConfirmedWaitlistedAtAPositionOrOnlyWished() {
        assertThat(SessionPlace.confirmed("s1").isConfirmed()).isTrue();
        assertThat(SessionPlace.confirmed("s1").isWaitlisted()).isFalse();
        assertThat(SessionPlace.waitlisted("s1", 5).isWaitlisted()).isTrue();
        assertThat(SessionPlace.waitlisted("s1", 5).isConfirmed()).isFalse();
        assertThat(SessionPlace.waitlisted("s1", 5).position()).isEqualTo(5L);
        assertThat(SessionPlace.wished("s1").isConfirmed()).isFalse();
        assertThat(SessionPlace.wished("s1").isWaitlisted()).isFalse();
        assertThat(SessionPlace.wished("s1").position()).isNull();
    }
}
