package org.citybridge.events.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.citybridge.events.congress.Congress;
import org.citybridge.events.congress.CongressPlan;
import org.citybridge.events.congress.CongressService;
import org.citybridge.platform.domain.NotFoundException;
import org.citybridge.platform.tenancy.Caller;
import org.citybridge.platform.tenancy.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/** How tickets reach registrations and congresses: loudly when unwired, by the congress routes' rule. */
class TicketSeamsTest {

    @Test
    void withoutRegistrationsWiredTicketsFailLoudlyInsteadOfSeeingNobody() {
        @SuppressWarnings("unchecked")
        ObjectProvider<TicketHolders> none = mock(ObjectProvider.class);
        TicketHoldersSeam seam = new TicketHoldersSeam(none);

        seam.sayWhetherWired();
        assertThatThrownBy(seam::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("not wired");
    }

    @Test
    void withRegistrationsWiredTicketsReadThroughThem() {
        @SuppressWarnings("unchecked")
        ObjectProvider<TicketHolders> wired = mock(ObjectProvider.class);
        TicketHolders holders = mock(TicketHolders.class);
        when(wired.getIfAvailable()).thenReturn(holders);
        TicketHoldersSeam seam = new TicketHoldersSeam(wired);

        seam.sayWhetherWired();
        assertThat(seam.get()).isSameAs(holders);
    }

    @Test
    void anOrganiserReachesTheCongressTheirCityOrganisesAndNoOther() {
        CongressService congresses = mock(CongressService.class);
        Caller muenster = new Caller("organiser-ms", "muenster", Set.of(Role.ORGANISER));
        Congress joint = Congress.plan("congress-1", "almelo", new CongressPlan(Map.of("nl", "Brug"), null,
                List.of("muenster"), null, Instant.parse("2030-05-12T07:00:00Z"), Instant.parse("2030-05-12T17:00:00Z"),
                null, null, 10, null, true, null, null));
        when(congresses.managed(muenster, "congress-1")).thenReturn(joint);
        when(congresses.managed(muenster, "congress-2")).thenThrow(NotFoundException.of("Congress", "congress-2"));
        CongressAccess access = new CongressAccess(congresses);

        assertThat(access.requireOrganiser(muenster, "congress-1")).isSameAs(joint);
        assertThatThrownBy(() -> access.requireOrganiser(muenster, "congress-2")).isInstanceOf(NotFoundException.class);
    }
}
