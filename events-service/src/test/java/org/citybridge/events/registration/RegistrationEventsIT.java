package org.citybridge.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citybridge.events.EventsClient;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Each event of a congress and its registrations goes out shaped like its documented example
 * (docs/events/), and none carries personal data.
 */
@StackTest
class RegistrationEventsIT {

    @LocalServerPort
    int port;

    @Test
    void aCongressAndTheLifeOfItsRegistrationsEmitEventsShapedLikeTheExamples() {
        EventsClient client = new EventsClient(port);
        String start = EventsClient.START.toString();
        String end = EventsClient.START.plus(Duration.ofHours(2)).toString();
        HttpResponseJson created = new HttpResponseJson(client.api().post("/api/congresses", """
                {"title": {"nl": "Congres KleurRijk", "de": "Kongress KleurRijk"}, "startsAt": "%s", "endsAt": "%s",
                 "capacity": 1, "publicRegistration": true, "visibility": "PUBLIC",
                 "sessions": [{"title": {"nl": "Plenair", "de": "Plenum"}, "startsAt": "%s", "endsAt": "%s",
                               "room": "Grote zaal", "capacity": 1}]}
                """.formatted(start, end, start, end), TestTokens.organiser("almelo")));
        String congress = created.json.get("id").asString();
        String session = created.json.get("sessions").get(0).get("id").asString();
        String email = EventsClient.email();
        JsonNode first = client.registered(congress, email, "\"sessions\": [\"" + session + "\"]");
        JsonNode second = client.registered(congress, EventsClient.email(), "\"sessions\": [\"" + session + "\"]");
        assertThat(client.changeSessions(first, "[]").statusCode()).isEqualTo(200);
        assertThat(client.changeSessions(first, "[\"" + session + "\"]").statusCode()).isEqualTo(200);
        assertThat(client.cancel(first).statusCode()).isEqualTo(204);

        String firstId = first.get("id").asString();
        String secondId = second.get("id").asString();
        TopicProbe.awaitRecords(EventsClient.TOPIC, record -> is(record, secondId, "attendee.promoted.v1"));
        List<ConsumerRecord<String, String>> records = TopicProbe.readAll(EventsClient.TOPIC);

        EventEnvelope published = only(records, congress, "congress.published.v1");
        assertThat(published.payload().get("capacity").asInt()).isEqualTo(1);
        EventEnvelope registered = only(records, firstId, "attendee.registered.v1");
        assertThat(registered.payload().get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(registered.payload().get("municipality").asString()).isEqualTo("almelo");
        EventEnvelope waitlisted = only(records, secondId, "attendee.waitlisted.v1");
        assertThat(waitlisted.payload().get("position").asInt()).isEqualTo(1);
        List<EventEnvelope> changed = all(records, firstId, "registration.changed.v1");
        assertThat(changed).hasSize(2);
        EventEnvelope cancelled = only(records, firstId, "registration.cancelled.v1");
        assertThat(cancelled.payload().get("reason").asString()).isEqualTo("CANCELLED");
        EventEnvelope promoted = only(records, secondId, "attendee.promoted.v1");
        assertThat(promoted.payload().get("confirmedSessions").get(0).asString()).isEqualTo(session);

        records.stream().filter(record -> record.key().equals(firstId) || record.key().equals(secondId))
                .forEach(record -> assertThat(record.value()).as("no personal data in events")
                        .doesNotContain(email).doesNotContain("Attendee ")
                        .doesNotContain(first.get("managementToken").asString()));
    }

    private record HttpResponseJson(JsonNode json) {

        HttpResponseJson(java.net.http.HttpResponse<String> response) {
            this(check(response));
        }

        private static JsonNode check(java.net.http.HttpResponse<String> response) {
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
            return ApiClient.json(response);
        }
    }

    private static EventEnvelope only(List<ConsumerRecord<String, String>> records, String key, String type) {
        List<EventEnvelope> found = all(records, key, type);
        assertThat(found).as("%s of %s", type, key).hasSize(1);
        return found.get(0);
    }

    private static List<EventEnvelope> all(List<ConsumerRecord<String, String>> records, String key, String type) {
        return records.stream().filter(record -> is(record, key, type)).map(record -> {
            EventExamples.assertSameShape(type, record.value());
            return EventJson.read(record.value());
        }).toList();
    }

    private static boolean is(ConsumerRecord<String, String> record, String key, String type) {
        return key.equals(record.key()) && type.equals(EventJson.read(record.value()).type());
    }
}
