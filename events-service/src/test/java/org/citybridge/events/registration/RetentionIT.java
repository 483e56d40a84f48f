package org.citybridge.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.citybridge.events.EventsClient;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** A congress's personal data goes N days (90 by default) after it ended; its counts stay. */
@StackTest
class RetentionIT {

    @LocalServerPort
    int port;

    @Autowired
    PersonalDataRetention retention;

    @Autowired
    RetentionProperties properties;

    @Test
    void namesEmailsAndNeedsArePurgedAfterTheRetentionPeriodLeavingCounts() {
        EventsClient client = new EventsClient(port);
        JsonNode congress = client.congress("almelo", 5, 5, null);
        String id = congress.get("id").asString();
        String email = EventsClient.email();
        JsonNode registration = client.registered(id, email, "\"dietaryNeeds\": \"halal\", \"accessibilityNeeds\": \"rolstoel\"");
        Instant ended = Instant.parse(congress.get("endsAt").asString());

        retention.purgeDue(ended.plus(properties.keptAfterEnd()).minus(Duration.ofHours(1)));
        assertThat(attendees(client, id)).as("not yet").contains(email).contains("halal");

        retention.purgeDue(ended.plus(properties.keptAfterEnd()).plusSeconds(1));

        String after = attendees(client, id);
        assertThat(after).doesNotContain(email).doesNotContain("halal").doesNotContain("rolstoel")
                .doesNotContain("Attendee ").contains("Stichting Samen");
        JsonNode counts = ApiClient.json(client.api().get("/api/congresses/" + id + "/attendees/counts",
                TestTokens.organiser("almelo")));
        assertThat(counts.get("confirmed").asInt()).isEqualTo(1);
        assertThat(counts.get("confirmedByMunicipality").get("Almelo").asInt()).isEqualTo(1);
        assertThat(client.get(registration).statusCode()).as("the management token went too").isEqualTo(404);
    }

    private static String attendees(EventsClient client, String congress) {
        return client.api().get("/api/congresses/" + congress + "/attendees", TestTokens.organiser("almelo")).body();
    }
}
