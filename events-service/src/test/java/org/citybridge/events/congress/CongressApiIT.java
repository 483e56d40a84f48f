package org.citybridge.events.congress;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.citybridge.events.EventsClient;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Congresses as organisers plan them and others see them. */
@StackTest
class CongressApiIT {

    static final String ALMELO = TestTokens.organiser("almelo");

    @LocalServerPort
    int port;

    @Test
    void anOrganiserPlansACongressInSeveralLanguagesWithSessions() {
        EventsClient client = new EventsClient(port);
        JsonNode congress = client.congress("almelo", 120, 40, null);

        assertThat(congress.get("id").asString()).isNotBlank();
        assertThat(congress.get("municipality").asString()).isEqualTo("almelo");
        assertThat(congress.get("title").get("en").asString()).startsWith("Congress ");
        assertThat(congress.get("title").get("nl").asString()).startsWith("Congres ");
        assertThat(congress.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(congress.get("freePlaces").asInt()).isEqualTo(120);
        assertThat(congress.get("sessions")).hasSize(3);
        assertThat(congress.get("sessions").get(0).get("freePlaces").asInt()).isEqualTo(40);
        assertThat(congress.get("sessions").get(0).get("speakers").get(0).asString()).isEqualTo("Projectteam KleurRijk");

        JsonNode shown = ApiClient.json(client.api().get("/api/congresses/public/" + congress.get("id").asString(), null));
        assertThat(shown.get("sessions")).hasSize(3);
        assertThat(shown.get("waitListMode").asString()).isEqualTo("AUTOMATIC");
    }

    @Test
    void invalidCongressesAre400WithTheField() {
        EventsClient client = new EventsClient(port);
        String start = EventsClient.START.toString();
        String end = EventsClient.START.plus(Duration.ofHours(4)).toString();
        assertBadRequest(client, "{\"startsAt\": \"%s\", \"endsAt\": \"%s\", \"capacity\": 5}".formatted(start, end),
                "title");
        assertBadRequest(client, "{\"title\": {\"fr\": \"Congrès\"}, \"startsAt\": \"%s\", \"endsAt\": \"%s\", \"capacity\": 5}"
                .formatted(start, end), "title");
        assertBadRequest(client, "{\"title\": {\"nl\": \"x\"}, \"startsAt\": \"%s\", \"endsAt\": \"%s\", \"capacity\": 5}"
                .formatted(end, start), "endsAt");
        assertBadRequest(client, "{\"title\": {\"nl\": \"x\"}, \"startsAt\": \"2301-01-01T10:00:00Z\", "
                + "\"endsAt\": \"2301-01-01T12:00:00Z\", \"capacity\": 5}", "startsAt");
        assertBadRequest(client, "{\"title\": {\"nl\": \"x\"}, \"startsAt\": \"%s\", \"endsAt\": \"%s\", \"capacity\": 0}"
                .formatted(start, end), "capacity");
        assertBadRequest(client, ("{\"title\": {\"nl\": \"x\"}, \"startsAt\": \"%s\", \"endsAt\": \"%s\", \"capacity\": 5, "
                + "\"waitListMode\": \"TIMED_OFFER\"}").formatted(start, end), "offerHours");
        assertBadRequest(client, ("{\"title\": {\"nl\": \"x\"}, \"startsAt\": \"%s\", \"endsAt\": \"%s\", \"capacity\": 5, "
                + "\"sessions\": [{\"title\": {\"nl\": \"te laat\"}, \"startsAt\": \"%s\", \"endsAt\": \"%s\"}]}")
                .formatted(start, end, end, EventsClient.START.plus(Duration.ofHours(6))), "sessions[0]");
    }

    private static void assertBadRequest(EventsClient client, String body, String field) {
        HttpResponse<String> response = client.api().post("/api/congresses", body, ALMELO);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.body()).contains(field);
    }

    @Test
    void aDraftIsTheOrganisersUntilPublishedAndCoOrganisersManageItToo() {
        EventsClient client = new EventsClient(port);
        JsonNode draft = client.congress("almelo", 50, 50,
                "\"draft\": true, \"coOrganisers\": [\"muenster\"], \"visibility\": \"NETWORK\"");
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("organisers").toString()).contains("almelo").contains("muenster");

        assertThat(client.api().get("/api/congresses/public/" + id, null).statusCode()).isEqualTo(404);
        assertThat(client.api().get("/api/congresses/" + id, TestTokens.officer("antwerpen")).statusCode())
                .as("a draft is not shared yet").isEqualTo(404);
        assertThat(client.api().get("/api/congresses/" + id, TestTokens.organiser("muenster")).statusCode())
                .as("the co-organiser sees it").isEqualTo(200);
        assertThat(client.api().post("/api/congresses/" + id + "/publish", "", TestTokens.organiser("antwerpen"))
                .statusCode()).isEqualTo(404);

        HttpResponse<String> published = client.api().post("/api/congresses/" + id + "/publish", "",
                TestTokens.organiser("muenster"));
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(client.api().get("/api/congresses/" + id, TestTokens.officer("antwerpen")).statusCode())
                .as("NETWORK, published").isEqualTo(200);
        assertThat(client.api().post("/api/congresses/" + id + "/publish", "", ALMELO).statusCode())
                .as("published once").isEqualTo(409);
        assertThat(client.api().get("/api/congresses/public/" + id, null).statusCode()).as("not PUBLIC").isEqualTo(404);
    }

    @Test
    void aCongressAtAVenueNamesIt() {
        EventsClient client = new EventsClient(port);
        HttpResponse<String> venue = client.api().post("/api/venues", """
                {"name": "Ontmoetingscentrum Atlas", "address": "Carnotstraat 110, Antwerpen",
                 "rooms": [{"name": "Zaal 1", "capacity": 80}], "visibility": "NETWORK"}
                """, TestTokens.organiser("antwerpen"));
        assertThat(venue.statusCode()).as(venue.body()).isEqualTo(201);
        String venueId = ApiClient.json(venue).get("id").asString();

        JsonNode congress = client.congress("almelo", 10, 10, "\"venueId\": \"" + venueId + "\"");

        assertThat(congress.get("venueName").asString()).isEqualTo("Ontmoetingscentrum Atlas");
        assertThat(client.api().post("/api/congresses", """
                {"title": {"nl": "x"}, "startsAt": "%s", "endsAt": "%s", "capacity": 5, "venueId": "no-such-venue"}
                """.formatted(EventsClient.START, EventsClient.START.plusSeconds(3600)), ALMELO).statusCode())
                .isEqualTo(400);
    }
}
