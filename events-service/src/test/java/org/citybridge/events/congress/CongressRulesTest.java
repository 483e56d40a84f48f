package org.citybridge.events.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citybridge.events.congress.CongressPlanTest.assertInvalid;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** A congress's life: planned, published once, open for registration in its window, its sessions, retention. */
class CongressRulesTest {

    static final Instant START = Instant.parse("2030-05-12T07:00:00Z");
    static final Instant END = START.plus(Duration.ofHours(10));
    static final Instant OPENS = START.minus(Duration.ofDays(60));
    static final Instant CLOSES = START.minus(Duration.ofDays(1));

    static CongressPlan plan(Instant opens, Instant closes) {
        return new CongressPlan(Map.of("nl", "Congres KleurRijk"), Map.of("nl", "Samen"), List.of("muenster"), "venue-1",
                START, END, opens, closes, 120, Visibility.PUBLIC, true, WaitListMode.TIMED_OFFER, 48);
    }

    @Test
    void aPlannedCongressIsADraftOfItsCityWithEverythingThePlanSays() {
        Congress congress = Congress.plan("congress-1", "almelo", plan(OPENS, CLOSES));

        assertThat(congress.id()).isEqualTo("congress-1");
        assertThat(congress.municipality()).isEqualTo("almelo");
        assertThat(congress.visibility()).isEqualTo(Visibility.PUBLIC);
        assertThat(congress.status()).isEqualTo(CongressStatus.DRAFT);
        assertThat(congress.publishedAt()).isNull();
        assertThat(congress.title()).containsEntry("nl", "Congres KleurRijk");
        assertThat(congress.description()).containsEntry("nl", "Samen");
        assertThat(congress.coOrganisers()).containsExactly("muenster");
        assertThat(congress.venueId()).isEqualTo("venue-1");
        assertThat(congress.startsAt()).isEqualTo(START);
        assertThat(congress.endsAt()).isEqualTo(END);
        assertThat(congress.registrationOpensAt()).isEqualTo(OPENS);
        assertThat(congress.registrationClosesAt()).isEqualTo(CLOSES);
        assertThat(congress.capacity()).isEqualTo(120);
        assertThat(congress.publicRegistration()).isTrue();
        assertThat(congress.waitListMode()).isEqualTo(WaitListMode.TIMED_OFFER);
        assertThat(congress.offerHours()).isEqualTo(48);
        assertThat(congress.sessions()).isEmpty();
        assertThat(congress.personalDataPurgedAt()).isNull();
        assertThat(congress.recordedEvents()).isEmpty();
        assertThat(Congress.plan("almelo", plan(null, null)).id()).isNotBlank()
                .isNotEqualTo(Congress.plan("almelo", plan(null, null)).id());
    }

    @Test
    void aCongressIsPublishedOnceAndSaysSo() {
        Congress congress = Congress.plan("almelo", plan(OPENS, CLOSES));
        congress.publish(OPENS);

        assertThat(congress.status()).isEqualTo(CongressStatus.PUBLISHED);
        assertThat(congress.publishedAt()).isEqualTo(OPENS);
        assertThat(congress.recordedEvents()).singleElement().isInstanceOfSatisfying(Congress.Published.class,
                published -> assertThat(published.congress()).isSameAs(congress));
        assertThatThrownBy(() -> congress.publish(OPENS.plusSeconds(1))).isInstanceOf(ConflictException.class);
        assertThat(congress.publishedAt()).isEqualTo(OPENS);
        assertThat(congress.recordedEvents()).hasSize(1);
    }

    @Test
    void registrationIsOpenFromItsOpeningUntilJustBeforeItCloses() {
        Congress congress = Congress.plan("almelo", plan(OPENS, CLOSES));
        congress.publish(OPENS.minus(Duration.ofDays(1)));

        assertThatThrownBy(() -> congress.requireOpenForRegistration(OPENS.minusSeconds(1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("opens");
        assertThatCode(() -> congress.requireOpenForRegistration(OPENS)).doesNotThrowAnyException();
        assertThatCode(() -> congress.requireOpenForRegistration(CLOSES.minusSeconds(1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> congress.requireOpenForRegistration(CLOSES))
                .isInstanceOf(ConflictException.class).hasMessageContaining("closed at " + CLOSES);
    }

    @Test
    void withoutAWindowRegistrationIsOpenFromPublicationUntilTheStart() {
        Congress congress = Congress.plan("almelo", plan(null, null));
        congress.publish(OPENS);

        assertThatCode(() -> congress.requireOpenForRegistration(OPENS.minus(Duration.ofDays(365))))
                .doesNotThrowAnyException();
        assertThatCode(() -> congress.requireOpenForRegistration(START.minusSeconds(1))).doesNotThrowAnyException();
        assertThatThrownBy(() -> congress.requireOpenForRegistration(START))
                .isInstanceOf(ConflictException.class).hasMessageContaining("closed at " + START);
    }

    @Test
    void retentionIsDueOnceTheKeptPeriodAfterTheEndHasPassedAndThenOnlyOnce() {
        Congress congress = Congress.plan("almelo", plan(null, null));
        Duration kept = Duration.ofDays(30);

        assertThat(congress.personalDataDue(END.plus(kept).minusSeconds(1), kept)).isFalse();
        assertThat(congress.personalDataDue(END.plus(kept), kept)).isTrue();
        congress.personalDataPurged(END.plus(kept));
        assertThat(congress.personalDataPurgedAt()).isEqualTo(END.plus(kept));
        assertThat(congress.personalDataDue(END.plus(kept).plusSeconds(1), kept)).isFalse();
    }

    @Test
    void aCongressWhosePersonalDataIsGoneTakesNoRegistrations() {
        Congress congress = Congress.plan("almelo", plan(null, null));
        congress.publish(OPENS);
        congress.personalDataPurged(OPENS);

        assertThatThrownBy(() -> congress.requireOpenForRegistration(OPENS.plusSeconds(1)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("over");
    }

    @Test
    void aSessionEndsAfterItStartsInsideTheCongressWithAtLeastOnePlace() {
        Congress congress = Congress.plan("almelo", plan(null, null));
        Map<String, String> title = Map.of("nl", "Workshop");

        assertInvalid(() -> congress.addSession(title, START, START, null, 10, null), "endsAt");
        assertInvalid(() -> congress.addSession(title, null, START, null, 10, null), "endsAt");
        assertInvalid(() -> congress.addSession(title, START, null, null, 10, null), "endsAt");
        assertInvalid(() -> congress.addSession(title, START.minusSeconds(1), END, null, 10, null), "startsAt");
        assertInvalid(() -> congress.addSession(title, START, END.plusSeconds(1), null, 10, null), "startsAt");
        assertInvalid(() -> congress.addSession(title, START, END, null, 0, null), "capacity");
        assertInvalid(() -> congress.addSession(Map.of(), START, END, null, 1, null), "title");
        assertThat(congress.sessions()).isEmpty();

        Session whole = congress.addSession(title, START, END, "Zaal 1", 1, List.of("Ayşe Yılmaz"));
        assertThat(whole.startsAt()).isEqualTo(START);
        assertThat(whole.endsAt()).isEqualTo(END);
        assertThat(whole.room()).isEqualTo("Zaal 1");
        assertThat(whole.capacity()).isEqualTo(1);
        assertThat(whole.speakers()).containsExactly("Ayşe Yılmaz");
        assertThat(congress.sessions()).containsExactly(whole);
        assertThat(congress.session(whole.id())).contains(whole);
        assertThat(congress.session("elsewhere")).isEmpty();
    }

    @Test
    void aCongressHasAtMostOneHundredSessions() {
        Congress congress = Congress.plan("almelo", plan(null, null));
        for (int i = 0; i < 100; i++) {
            congress.addSession(Map.of("nl", "Ronde " + i), START, END, null, 5, List.of());
        }

        assertThatThrownBy(() -> congress.addSession(Map.of("nl", "Eén te veel"), START, END, null, 5, List.of()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("100");
        assertThat(congress.sessions()).hasSize(100);
    }

    @Test
    void theOwnerCannotBeItsOwnCoOrganiserAndOrganisersListTheOwnerFirst() {
        CongressPlan plan = new CongressPlan(Map.of("nl", "Brug"), null, List.of("almelo", "muenster", "antwerpen"),
                null, START, END, null, null, 10, null, true, null, null);
        Congress congress = Congress.plan("almelo", plan);

        assertThat(congress.coOrganisers()).containsExactly("muenster", "antwerpen");
        assertThat(congress.organisers()).containsExactly("almelo", "muenster", "antwerpen");
        assertThat(congress.isOrganisedBy("almelo")).isTrue();
        assertThat(congress.isOrganisedBy("antwerpen")).isTrue();
        assertThat(congress.title()).containsEntry("nl", "Brug");
        assertThat(congress.capacity()).isEqualTo(10);
        assertThat(congress.publicRegistration()).isTrue();
        CongressPlan invitationOnly = new CongressPlan(Map.of("nl", "Brug"), null, null, null, START, END, null, null,
                10, null, false, null, null);
        assertThat(Congress.plan("almelo", invitationOnly).publicRegistration()).isFalse();
    }

    @Test
    void sessionsWithoutTitleOrSpeakersHaveEmptyOnesAndTouchingTimesDoNotOverlap() {
        Session morning = new Session("s1", null, START, START.plusSeconds(3600), null, 5, null);
        Session noon = new Session("s2", Map.of("nl", "Middag"), START.plusSeconds(3600), START.plusSeconds(7200), null,
                5, List.of());
        Session inside = new Session("s3", null, START.plusSeconds(600), START.plusSeconds(1200), null, 5, null);

        assertThat(morning.title()).isEmpty();
        assertThat(morning.speakers()).isEmpty();
        assertThat(morning.overlaps(noon)).isFalse();
        assertThat(noon.overlaps(morning)).isFalse();
        assertThat(morning.overlaps(inside)).isTrue();
        assertThat(inside.overlaps(morning)).isTrue();
        assertThat(morning.overlaps(morning)).isTrue();
    }
}
