package org.citybridge.events.congress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.citybridge.platform.domain.InvalidValueException;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;

/** What an organiser may plan: the checks a congress's plan passes as a whole, and its defaults. */
class CongressPlanTest {

    static final Instant START = Instant.parse("2030-05-12T07:00:00Z");
    static final Instant END = START.plus(Duration.ofHours(10));
    static final Map<String, String> TITLE = Map.of("nl", "Congres KleurRijk");

    static CongressPlan plan(Instant startsAt, Instant endsAt, Instant opens, Instant closes, int capacity) {
        return new CongressPlan(TITLE, null, null, null, startsAt, endsAt, opens, closes, capacity, null, true, null,
                null);
    }

    @Test
    void withoutChoicesItIsPrivateWithAnAutomaticWaitListAndNoCoOrganisers() {
        CongressPlan plan = plan(START, END, null, null, 100);

        assertThat(plan.visibility()).isEqualTo(Visibility.PRIVATE);
        assertThat(plan.waitListMode()).isEqualTo(WaitListMode.AUTOMATIC);
        assertThat(plan.coOrganisers()).isEmpty();
        assertThat(plan.description()).isEmpty();
    }

    @Test
    void aCityNamedTwiceAsCoOrganiserCountsOnce() {
        CongressPlan plan = new CongressPlan(TITLE, null, List.of("muenster", "muenster", "antwerpen"), null, START, END,
                null, null, 100, Visibility.PUBLIC, true, null, null);

        assertThat(plan.coOrganisers()).containsExactly("muenster", "antwerpen");
        assertThat(plan.visibility()).isEqualTo(Visibility.PUBLIC);
    }

    @Test
    void itEndsAfterItStarts() {
        assertInvalid(() -> plan(START, START, null, null, 100), "endsAt");
        assertInvalid(() -> plan(START, START.minusSeconds(1), null, null, 100), "endsAt");
        assertThatCode(() -> plan(START, START.plusSeconds(1), null, null, 100)).doesNotThrowAnyException();
    }

    @Test
    void itLastsAtMostThirtyOneDays() {
        assertThatCode(() -> plan(START, START.plus(Duration.ofDays(31)), null, null, 100)).doesNotThrowAnyException();
        assertThatThrownBy(() -> plan(START, START.plus(Duration.ofDays(31)).plusSeconds(1), null, null, 100))
                .isInstanceOf(InvalidValueException.class).hasMessageContaining("31 days");
    }

    @Test
    void registrationClosesAfterItOpensAndNotAfterTheEnd() {
        Instant opens = START.minus(Duration.ofDays(30));
        assertInvalid(() -> plan(START, END, opens, opens, 100), "registrationClosesAt");
        assertInvalid(() -> plan(START, END, opens, opens.minusSeconds(1), 100), "registrationClosesAt");
        assertInvalid(() -> plan(START, END, null, END.plusSeconds(1), 100), "registrationClosesAt");
        assertThatCode(() -> plan(START, END, opens, opens.plusSeconds(1), 100)).doesNotThrowAnyException();
        assertThatCode(() -> plan(START, END, null, END, 100)).as("closing as it ends").doesNotThrowAnyException();
        assertThatCode(() -> plan(START, END, opens, null, 100)).doesNotThrowAnyException();
    }

    @Test
    void itHasAtLeastOnePlace() {
        assertInvalid(() -> plan(START, END, null, null, 0), "capacity");
        assertThat(plan(START, END, null, null, 1).capacity()).isEqualTo(1);
    }

    @Test
    void aTimedOfferGivesAtLeastOneHourToAccept() {
        assertInvalid(() -> timedOffer(null), "offerHours");
        assertInvalid(() -> timedOffer(0), "offerHours");
        assertThat(timedOffer(1).offerHours()).isEqualTo(1);
        assertThat(new CongressPlan(TITLE, null, null, null, START, END, null, null, 10, null, true,
                WaitListMode.AUTOMATIC, null).offerHours()).as("hours matter only for a timed offer").isNull();
    }

    @Test
    void itNeedsATitle() {
        assertInvalid(() -> new CongressPlan(Map.of(), null, null, null, START, END, null, null, 10, null, true, null,
                null), "title");
        assertInvalid(() -> new CongressPlan(TITLE, Map.of("nl", "x".repeat(4001)), null, null, START, END, null, null,
                10, null, true, null, null), "description.nl");
    }

    private static CongressPlan timedOffer(Integer hours) {
        return new CongressPlan(TITLE, null, null, null, START, END, null, null, 10, null, true,
                WaitListMode.TIMED_OFFER, hours);
    }

    static void assertInvalid(Runnable planning, String property) {
        assertThatThrownBy(planning::run).isInstanceOfSatisfying(InvalidValueException.class,
                e -> assertThat(e.property()).isEqualTo(property));
    }
}
