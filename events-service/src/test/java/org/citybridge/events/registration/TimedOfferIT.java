package org.citybridge.events.registration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;

import org.citybridge.events.EventsClient;
import org.citybridge.events.TestMail;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A TIMED_OFFER wait list: the first person waiting is offered a freed place for N hours; an offer not
 * accepted in time passes to the next. The sweep is called with the time it should believe.
 */
@StackTest
class TimedOfferIT {

    @LocalServerPort
    int port;

    @Autowired
    RegistrationService registrations;

    @Test
    void anOfferNotAcceptedInTimePassesToTheNextWhoCanAcceptIt() {
        EventsClient client = new EventsClient(port);
        String congress = client.congress("almelo", 1, 1, "\"waitListMode\": \"TIMED_OFFER\", \"offerHours\": 24")
                .get("id").asString();
        JsonNode holder = client.registered(congress, EventsClient.email(), null);
        String slowEmail = EventsClient.email();
        JsonNode slow = client.registered(congress, slowEmail, "\"language\": \"en\"");
        JsonNode quick = client.registered(congress, EventsClient.email(), null);

        Instant cancelledAt = Instant.now();
        assertThat(client.cancel(holder).statusCode()).isEqualTo(204);

        JsonNode offered = client.current(slow);
        assertThat(offered.get("status").asString()).isEqualTo("OFFERED");
        Instant expires = Instant.parse(offered.get("offerExpiresAt").asString());
        assertThat(expires).isBetween(cancelledAt.plus(Duration.ofHours(24)).minusSeconds(5),
                Instant.now().plus(Duration.ofHours(24)).plusSeconds(5));
        assertThat(client.current(quick).get("status").asString()).isEqualTo("WAITLISTED");

        // The sweep looks at every congress; this test looks only at its own people.
        registrations.expireOffersDue(expires.minusSeconds(60));
        assertThat(client.current(slow).get("status").asString()).as("not yet due").isEqualTo("OFFERED");

        registrations.expireOffersDue(expires.plusMillis(1));
        registrations.expireOffersDue(expires.plusMillis(1));

        assertThat(client.current(slow).get("status").asString()).isEqualTo("EXPIRED");
        assertThat(client.accept(slow).statusCode()).as("too late").isEqualTo(409);
        assertThat(client.current(quick).get("status").asString()).as("passed on once, to the next")
                .isEqualTo("OFFERED");
        assertThat(client.accept(quick).statusCode()).isEqualTo(200);
        assertThat(client.current(quick).get("status").asString()).isEqualTo("CONFIRMED");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(TestMail.to(slowEmail))
                .extracting(TestMail.Received::subject)
                .anySatisfy(subject -> assertThat(subject).startsWith("Place offered"))
                .anySatisfy(subject -> assertThat(subject).startsWith("Offer expired")));
    }

    @Test
    void aPersonOfferedAPlaceWhoCancelsPassesItOn() {
        EventsClient client = new EventsClient(port);
        String congress = client.congress("almelo", 1, 1, "\"waitListMode\": \"TIMED_OFFER\", \"offerHours\": 2")
                .get("id").asString();
        JsonNode holder = client.registered(congress, EventsClient.email(), null);
        JsonNode offeredOne = client.registered(congress, EventsClient.email(), null);
        JsonNode next = client.registered(congress, EventsClient.email(), null);
        client.cancel(holder);
        assertThat(client.current(offeredOne).get("status").asString()).isEqualTo("OFFERED");

        assertThat(client.cancel(offeredOne).statusCode()).isEqualTo(204);

        assertThat(client.current(next).get("status").asString()).isEqualTo("OFFERED");
    }
}
