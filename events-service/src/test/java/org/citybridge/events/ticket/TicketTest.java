package org.citybridge.events.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** When a stored ticket still fits its registration, and when it must be re-issued. */
class TicketTest {

    static final Instant FROM = Instant.parse("2030-05-12T07:00:00.123456789Z");
    static final Instant UNTIL = Instant.parse("2030-05-12T18:00:00Z");

    @Test
    void theSameSessionsInAnotherOrderAndTheSameSecondStillFit() {
        TicketHolder holder = holder(List.of("plenair", "workshop"), FROM);
        Ticket ticket = Ticket.issue(holder, new TicketPayload("t-1", "r-1", "c-1", holder.sessionIds(), FROM, UNTIL),
                "secret", UNTIL);

        assertThat(ticket.validFrom()).as("the secret carries seconds").isEqualTo(Instant.parse("2030-05-12T07:00:00Z"));
        assertThat(ticket.describes(holder(List.of("workshop", "plenair"), FROM.plusNanos(5)))).isTrue();
    }

    @Test
    void otherSessionsOrAnotherWindowOrARevokedSecretDoNot() {
        TicketHolder holder = holder(List.of("plenair"), FROM);
        Ticket ticket = Ticket.issue(holder, new TicketPayload("t-1", "r-1", "c-1", holder.sessionIds(), FROM, UNTIL),
                "secret", UNTIL);

        assertThat(ticket.describes(holder(List.of("plenair", "workshop"), FROM))).isFalse();
        assertThat(ticket.describes(holder(List.of("plenair"), FROM.plusSeconds(3600)))).isFalse();
        ticket.withdraw();
        assertThat(ticket.describes(holder)).isFalse();
        assertThat(ticket.hasCurrent()).isFalse();
    }

    private static TicketHolder holder(List<String> sessions, Instant from) {
        return new TicketHolder("r-1", "R1", "c-1", "almelo", "Jan", null, "Almelo", "nl", true, sessions, from, UNTIL);
    }
}
