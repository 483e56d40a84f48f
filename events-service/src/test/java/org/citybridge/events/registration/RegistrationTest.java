package org.citybridge.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.citybridge.platform.domain.ConflictException;
import org.junit.jupiter.api.Test;

/** Which status may follow which, and what each change records. */
class RegistrationTest {

    static final Instant NOW = Instant.parse("2010-10-04T12:00:00Z");

    static Registration pending() {
        return Registration.pending("K7QM-4TXP", "congress-1", "almelo", new Attendee("Ayşe Yılmaz", "Ayse@Example.org ",
                "Stichting Samen", null, "Almelo", "halal", null, true, "nl"), List.of("s1", "s2"),
                RegistrationCodes.hash("token"), NOW);
    }

    @Test
    void aWaitingPersonIsPromotedOnceAndThenHoldsThePlace() {
        Registration registration = pending();
        registration.waitlist(3, NOW);
        registration.promote(List.of(SessionPlace.confirmed("s1"), SessionPlace.waitlisted("s2", 1)), NOW);

        assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registration.confirmedSessionIds()).containsExactly("s1");
        assertThat(registration.recordedEvents()).hasSize(2).last().isInstanceOf(Registration.Promoted.class);
        assertThatThrownBy(() -> registration.promote(List.of(), NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anOfferCanBeAcceptedOnlyBeforeItExpires() {
        Registration registration = pending();
        registration.waitlist(1, NOW);
        registration.offer(NOW.plus(Duration.ofHours(48)), NOW);

        assertThatThrownBy(() -> registration.acceptOffer(List.of(), NOW.plus(Duration.ofHours(48))))
                .isInstanceOf(ConflictException.class);
        registration.acceptOffer(List.of(SessionPlace.confirmed("s1")), NOW.plus(Duration.ofHours(47)));
        assertThat(registration.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registration.offerExpiresAt()).isNull();
    }

    @Test
    void anExpiredOfferIsOverAndCannotBeCancelledAgain() {
        Registration registration = pending();
        registration.waitlist(1, NOW);
        registration.offer(NOW.plusSeconds(10), NOW);
        registration.expireOffer(NOW.plusSeconds(11));

        assertThat(registration.status().isOver()).isTrue();
        assertThat(registration.recordedEvents()).last().isInstanceOfSatisfying(Registration.Cancelled.class,
                cancelled -> assertThat(cancelled.reason()).isEqualTo("OFFER_EXPIRED"));
        assertThatThrownBy(() -> registration.cancel(NOW)).isInstanceOf(ConflictException.class);
    }

    @Test
    void retentionLeavesOrganisationAndCityButNoPersonalData() {
        Registration registration = pending();
        registration.confirm(List.of(), NOW);
        registration.purgePersonalData();

        assertThat(registration.attendee().name()).isNull();
        assertThat(registration.attendee().email()).isNull();
        assertThat(registration.attendee().dietaryNeeds()).isNull();
        assertThat(registration.attendee().organisation()).isEqualTo("Stichting Samen");
        assertThat(registration.attendee().municipality()).isEqualTo("Almelo");
        assertThat(RegistrationCodes.matches("token", registration.tokenHash())).isFalse();
    }

    @Test
    void codesAreShortAndTypableAndTokensAreCheckedAgainstTheirHash() {
        String code = RegistrationCodes.newCode();
        assertThat(code).matches("[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}");
        assertThat(RegistrationCodes.normalise(" k7qm 4txp ")).isEqualTo("K7QM-4TXP");
        String token = RegistrationCodes.newToken();
        assertThat(RegistrationCodes.matches(token, RegistrationCodes.hash(token))).isTrue();
        assertThat(RegistrationCodes.matches(token + "x", RegistrationCodes.hash(token))).isFalse();
        assertThat(Registration.emailKey(" Ayse@Example.org ")).isEqualTo("ayse@example.org");
    }
}
