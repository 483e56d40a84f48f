package org.citybridge.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressPlan;
import org.citybridge.events.congress.CongressService;
import org.citybridge.events.ticket.TicketHolder;
import org.citybridge.platform.tenancy.Visibility;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/**
 * Registrations as tickets and door devices see them: the doors open two hours before the congress and
 * close two hours after it; anything longer than a code is no code; a registration without its congress
 * admits nobody.
 */
class RegistrationTicketHoldersTest {

    static final Instant START = Instant.parse("2030-05-12T07:00:00Z");
    static final Instant END = START.plus(Duration.ofHours(10));

    final RegistrationLookup lookup = mock(RegistrationLookup.class);
    final CongressService congresses = mock(CongressService.class);
    final RegistrationTicketHolders holders = new RegistrationTicketHolders(lookup, congresses);
    final Congress congress = Congress.plan("congress-1", "almelo", new CongressPlan(Map.of("nl", "Congres"), null,
            null, null, START, END, null, null, 100, Visibility.PUBLIC, true, null, null));

    static RegistrationFacts facts(String id, RegistrationStatus status, List<String> sessions) {
        return new RegistrationFacts(id, "K7QM-4TXP", "congress-1", "almelo", "Ayşe Yılmaz", "Stichting Samen",
                "Almelo", "nl", status, sessions);
    }

    @Test
    void aCodeFindsItsHolderWithTheDoorsOpenTwoHoursAroundTheCongress() {
        when(lookup.byCode("k7qm-4txp")).thenReturn(Optional.of(facts("r-1", RegistrationStatus.CONFIRMED,
                List.of("s1"))));
        when(congresses.forSystem("congress-1")).thenReturn(Optional.of(congress));

        assertThat(holders.byCode("k7qm-4txp")).contains(new TicketHolder("r-1", "K7QM-4TXP", "congress-1", "almelo",
                "Ayşe Yılmaz", "Stichting Samen", "Almelo", "nl", true, List.of("s1"), START.minus(Duration.ofHours(2)),
                END.plus(Duration.ofHours(2))));
    }

    @Test
    void aCancelledRegistrationIsAHolderWithoutAPlace() {
        when(lookup.byId("r-1")).thenReturn(Optional.of(facts("r-1", RegistrationStatus.CANCELLED, List.of())));
        when(congresses.forSystem("congress-1")).thenReturn(Optional.of(congress));

        assertThat(holders.byRegistrationId("r-1")).hasValueSatisfying(holder -> {
            assertThat(holder.confirmed()).isFalse();
            assertThat(holder.sessionIds()).isEmpty();
        });
    }

    @Test
    void aRegistrationWhoseCongressIsGoneAdmitsNobody() {
        when(lookup.byId("r-1")).thenReturn(Optional.of(facts("r-1", RegistrationStatus.CONFIRMED, List.of())));
        when(congresses.forSystem("congress-1")).thenReturn(Optional.empty());

        assertThat(holders.byRegistrationId("r-1")).isEmpty();
        assertThat(holders.byRegistrationId("r-2")).isEmpty();
    }

    @Test
    void blankOrLongerThanACodeIsNotLookedUp() {
        assertThat(holders.byCode(null)).isEmpty();
        assertThat(holders.byCode("  ")).isEmpty();
        assertThat(holders.byCode("A".repeat(41))).isEmpty();
        verify(lookup, never()).byCode(anyString());
        holders.byCode(" " + "A".repeat(40) + " ");
        verify(lookup).byCode(" " + "A".repeat(40) + " ");
    }

    @Test
    void aBadgeSheetReadsTheCongressOnceForAllItsHolders() {
        when(lookup.confirmedOf(any(), any())).thenReturn(new PageImpl<>(List.of(
                facts("r-1", RegistrationStatus.CONFIRMED, List.of("s1")),
                facts("r-2", RegistrationStatus.CONFIRMED, List.of())), PageRequest.of(1, 2), 4));
        when(congresses.forSystem("congress-1")).thenReturn(Optional.of(congress));

        Page<TicketHolder> page = holders.confirmedOf("congress-1", PageRequest.of(1, 2));

        assertThat(page.getContent()).extracting(TicketHolder::registrationId).containsExactly("r-1", "r-2");
        assertThat(page.getTotalElements()).isEqualTo(4);
        verify(lookup).confirmedOf("congress-1", PageRequest.of(1, 2));
        verify(congresses, times(1)).forSystem("congress-1");
    }

    @Test
    void aConfirmedRegistrationOfNoCongressIsAnErrorOnTheSheetNotASilentGap() {
        when(lookup.confirmedOf(any(), any())).thenReturn(new PageImpl<>(List.of(
                facts("r-1", RegistrationStatus.CONFIRMED, List.of()))));
        when(congresses.forSystem("congress-1")).thenReturn(Optional.empty());

        assertThatThrownBy(() -> holders.confirmedOf("congress-1", PageRequest.of(0, 20)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("r-1");
    }

    @Test
    void theTokenIsCheckedOnlyForSomethingShapedLikeACode() {
        when(lookup.tokenMatches("K7QM-4TXP", "token")).thenReturn(true);

        assertThat(holders.registrationTokenMatches("K7QM-4TXP", "token")).isTrue();
        assertThat(holders.registrationTokenMatches("K7QM-4TXP", "other")).isFalse();
        assertThat(holders.registrationTokenMatches(null, "token")).isFalse();
        assertThat(holders.registrationTokenMatches("A".repeat(41), "token")).isFalse();
        verify(lookup, never()).tokenMatches(null, "token");
        when(lookup.tokenMatches("A".repeat(40), "token")).thenReturn(true);
        assertThat(holders.registrationTokenMatches("A".repeat(40), "token")).isTrue();
    }
}
