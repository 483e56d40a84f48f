package org.citybridge.events.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.citybridge.platform.domain.ConflictException;
import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

class CongressTest {

    static final Instant START = Instant.parse("2010-11-18T08:30:00Z");

    static CongressPlan plan(boolean publicRegistration) {
        return new CongressPlan(Map.of("nl", "Congres KleurRijk", "de", "Kongress KleurRijk"), null,
                List.of("muenster", "almelo"), null, START, START.plus(Duration.ofHours(8)), null, null, 100,
                Visibility.PUBLIC, publicRegistration, null, null);
    }

    @Test
    void theOwnerAndCoOrganisersManageItAndTheOwnerIsNotItsOwnCoOrganiser() {
        Congress congress = Congress.plan("almelo", plan(true));

        assertThat(congress.organisers()).containsExactly("almelo", "muenster");
        assertThat(congress.isOrganisedBy("muenster")).isTrue();
        assertThat(congress.isOrganisedBy("antwerpen")).isFalse();
        assertThat(congress.isOrganisedBy(null)).isFalse();
    }

    @Test
    void registrationIsOpenOnlyWhenPublishedPublicAndBeforeTheStart() {
        Congress congress = Congress.plan("almelo", plan(true));
        assertThatThrownBy(() -> congress.requireOpenForRegistration(START.minusSeconds(60)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("not open");
        congress.publish(START.minus(Duration.ofDays(60)));
        congress.requireOpenForRegistration(START.minusSeconds(60));
        assertThatThrownBy(() -> congress.requireOpenForRegistration(START)).isInstanceOf(ConflictException.class);
        Congress closed = Congress.plan("almelo", plan(false));
        closed.publish(START.minus(Duration.ofDays(1)));
        assertThatThrownBy(() -> closed.requireOpenForRegistration(START.minusSeconds(60)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("public");
    }

    @Test
    void sessionsLieWithinTheCongressAndOverlapWhenTheirTimesDo() {
        Congress congress = Congress.plan("almelo", plan(true));
        Session morning = congress.addSession(Map.of("nl", "Workshop"), START, START.plus(Duration.ofHours(2)), "Zaal 1",
                40, List.of());
        Session parallel = congress.addSession(Map.of("nl", "Workshop 2"), START.plus(Duration.ofHours(1)),
                START.plus(Duration.ofHours(3)), "Zaal 2", 40, List.of());
        Session after = congress.addSession(Map.of("nl", "Debat"), START.plus(Duration.ofHours(2)),
                START.plus(Duration.ofHours(3)), "Zaal 1", 40, List.of());

        assertThat(morning.overlaps(parallel)).isTrue();
        assertThat(morning.overlaps(after)).as("one ends as the other starts").isFalse();
        assertThatThrownBy(() -> congress.addSession(Map.of("nl", "Te laat"), START.plus(Duration.ofHours(7)),
                START.plus(Duration.ofHours(9)), null, 10, List.of())).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> congress.addSession(Map.of("fr", "Atelier"), START, START.plusSeconds(60), null, 10,
                List.of())).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void aTimedOfferNeedsItsHours() {
        assertThatThrownBy(() -> new CongressPlan(Map.of("nl", "x"), null, null, null, START, START.plusSeconds(60),
                null, null, 5, Visibility.PUBLIC, true, WaitListMode.TIMED_OFFER, null))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("offerHours");
        assertThat(Texts.in(Map.of("de", "Kongress", "nl", "Congres"), "en")).isEqualTo("Congres");
    }
}
