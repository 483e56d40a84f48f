package org.citybridge.organisations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citybridge.organisations.organisation.OrganisationsApi.ADMIN;
import static org.citybridge.organisations.organisation.OrganisationsApi.ALMELO;
import static org.citybridge.organisations.organisation.OrganisationsApi.ALMELO_ORGANISER;
import static org.citybridge.organisations.organisation.OrganisationsApi.ANTWERPEN;
import static org.citybridge.organisations.organisation.OrganisationsApi.awaitEvents;
import static org.citybridge.organisations.organisation.OrganisationsApi.eventTypes;
import static org.citybridge.organisations.organisation.OrganisationsApi.json;
import static org.citybridge.organisations.organisation.OrganisationsApi.problem;
import static org.citybridge.organisations.organisation.OrganisationsApi.quote;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.citybridge.platform.event.EventEnvelope;
import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** Reading with an ETag, full updates with If-Match, deactivation, and the events they cause. */
@StackTest
class OrganisationUpdateIT {

    @LocalServerPort
    int port;

    OrganisationsApi api;

    @BeforeEach
    void api() {
        api = OrganisationsApi.onPort(port);
    }

    @Test
    void anUpdateWithTheReadETagReplacesTheFieldsAndEmitsOneUpdatedEvent() {
        String id = api.register("Before update " + UUID.randomUUID(), "CIVIL_SOCIETY", "NETWORK");
        HttpResponse<String> read = api.get("/api/organisations/" + id, ALMELO);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"0\"");

        String name = "After update " + UUID.randomUUID();
        HttpResponse<String> updated = api.put("/api/organisations/" + id, fullBody(name, "anna@example.org"), ALMELO,
                "\"0\"");

        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
        assertThat(updated.headers().firstValue("ETag")).hasValue("\"1\"");
        JsonNode body = json(api.get("/api/organisations/" + id, ALMELO));
        assertThat(body.get("name").asString()).isEqualTo(name);
        assertThat(body.get("kind").asString()).isEqualTo("SCHOOL");
        assertThat(body.get("visibility").asString()).isEqualTo("PUBLIC");
        assertThat(body.get("address").get("city").asString()).isEqualTo("Almelo");
        assertThat(body.get("contactPersons").get(0).get("email").asString()).isEqualTo("anna@example.org");
        assertThat(body.get("communities").get(0).asString()).isEqualTo("ouders");

        List<ConsumerRecord<String, String>> events = awaitEvents(id, "organisation.updated.v1");
        assertThat(events).hasSize(1);
        EventExamples.assertSameShape("organisation.updated.v1", events.get(0).value());
        EventEnvelope envelope = EventJson.read(events.get(0).value());
        assertThat(envelope.municipality()).isEqualTo("almelo");
        assertThat(envelope.payload().get("name").asString()).isEqualTo(name);
        assertThat(envelope.payload().has("contactPersons")).as("no personal data on the topic").isFalse();
        assertThat(eventTypes(id)).containsExactly("organisation.registered.v1", "organisation.updated.v1");
    }

    @Test
    void theSameUpdateAgainChangesNothingAndEmitsNothing() {
        String id = api.register("Repeated " + UUID.randomUUID(), "CIVIL_SOCIETY", "NETWORK");
        String body = fullBody("Repeated update " + UUID.randomUUID(), "anna@example.org");
        assertThat(api.put("/api/organisations/" + id, body, ALMELO, "\"0\"").statusCode()).isEqualTo(200);

        HttpResponse<String> again = api.put("/api/organisations/" + id, body, ALMELO, "\"1\"");

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.headers().firstValue("ETag")).hasValue("\"1\"");
        // A later change is published after any earlier one of the same organisation (one partition, in order).
        assertThat(api.action("/api/organisations/" + id + "/deactivate", ALMELO, null).statusCode()).isEqualTo(200);
        awaitEvents(id, "organisation.deactivated.v1");
        assertThat(eventTypes(id)).containsExactly("organisation.registered.v1", "organisation.updated.v1",
                "organisation.deactivated.v1");
    }

    @Test
    void aStaleIfMatchGets412AndAMissingOne428() {
        String id = api.register("Contended " + UUID.randomUUID(), "CIVIL_SOCIETY", "PRIVATE");
        String winner = "Winner " + UUID.randomUUID();
        assertThat(api.put("/api/organisations/" + id, fullBody(winner, null), ALMELO, "\"0\"").statusCode())
                .isEqualTo(200);

        problem(api.put("/api/organisations/" + id, fullBody("Loser", null), ALMELO, "\"0\""), 412);
        problem(api.put("/api/organisations/" + id, fullBody("Loser", null), ALMELO, "W/\"1\""), 412);
        problem(api.put("/api/organisations/" + id, fullBody("Loser", null), ALMELO, null), 428);
        problem(api.action("/api/organisations/" + id + "/deactivate", ALMELO, "\"0\""), 412);

        JsonNode stored = json(api.get("/api/organisations/" + id, ALMELO));
        assertThat(stored.get("name").asString()).isEqualTo(winner);
        assertThat(stored.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(api.put("/api/organisations/" + id, fullBody("Any version", null), ALMELO, "\"7\", \"1\"")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void invalidInputGets400WithFieldErrors() {
        String id = api.register("Validated " + UUID.randomUUID(), "CIVIL_SOCIETY", "PRIVATE");
        String invalid = """
                {"name": " ", "kind": "SCHOOL", "website": "not a url",
                 "address": {"country": "Nederland"},
                 "contactPersons": [{"name": "", "email": "not-an-email", "phone": "call me"}]}
                """;

        List<String> fields = problem(api.put("/api/organisations/" + id, invalid, ALMELO, "\"0\""), 400);

        assertThat(fields).contains("name", "visibility", "website", "address.country", "contactPersons[0].name",
                "contactPersons[0].email", "contactPersons[0].phone");
        assertThat(problem(api.put("/api/organisations/" + id, fullBody("x", "anna@localhost"), ALMELO, "\"0\""), 400))
                .containsExactly("contactPersons[0].email");
        HttpResponse<String> badKind = api.put("/api/organisations/" + id,
                "{\"name\":\"x\",\"kind\":\"PUB\",\"visibility\":\"PRIVATE\"}", ALMELO, "\"0\"");
        assertThat(problem(badKind, 400)).containsExactly("kind");
        assertThat(badKind.body()).contains("SELF_ORGANISATION");
        assertThat(problem(api.post("/api/organisations", "{\"name\":\"x\",\"kind\":\"SCHOOL\","
                + "\"contactPersons\":[{\"name\":\"A\",\"email\":\"a@b\"}]}", ALMELO), 400))
                .containsExactly("contactPersons[0].email");
        assertThat(json(api.get("/api/organisations/" + id, ALMELO)).get("name").asString()).startsWith("Validated ");
    }

    /** The admin reads what the network shares and, owning no city, changes none of it (docs/platform.md). */
    @Test
    void anotherCityAndTheAdminMayReadASharedOrganisationButNotChangeIt() {
        String id = api.register("Shared, not theirs " + UUID.randomUUID(), "CIVIL_SOCIETY", "NETWORK");

        assertThat(api.get("/api/organisations/" + id, ANTWERPEN).statusCode()).isEqualTo(200);
        problem(api.put("/api/organisations/" + id, fullBody("Taken over", null), ANTWERPEN, "\"0\""), 403);
        problem(api.action("/api/organisations/" + id + "/deactivate", ANTWERPEN, null), 403);
        problem(api.put("/api/organisations/" + id, fullBody("Organiser edit", null), ALMELO_ORGANISER, "\"0\""), 403);

        assertThat(api.get("/api/organisations/" + id, ADMIN).statusCode()).isEqualTo(200);
        problem(api.action("/api/organisations/" + id + "/deactivate", ADMIN, null), 403);
        problem(api.put("/api/organisations/" + id, fullBody("Admin edit", null), ADMIN, "\"0\""), 403);

        JsonNode unchanged = json(api.get("/api/organisations/" + id, ALMELO));
        assertThat(unchanged.get("name").asString()).startsWith("Shared, not theirs ");
        assertThat(unchanged.get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void deactivatingAndReactivatingEmitOneEventEachShapedLikeTheExamples() {
        String id = api.register("Seasonal " + UUID.randomUUID(), "SELF_ORGANISATION", "NETWORK");

        HttpResponse<String> deactivated = api.action("/api/organisations/" + id + "/deactivate", ALMELO, "\"0\"");
        assertThat(deactivated.statusCode()).as(deactivated.body()).isEqualTo(200);
        assertThat(json(deactivated).get("status").asString()).isEqualTo("INACTIVE");
        assertThat(deactivated.headers().firstValue("ETag")).hasValue("\"1\"");
        HttpResponse<String> again = api.action("/api/organisations/" + id + "/deactivate", ALMELO, null);
        assertThat(again.headers().firstValue("ETag")).hasValue("\"1\"");
        HttpResponse<String> reactivated = api.action("/api/organisations/" + id + "/reactivate", ALMELO, null);
        assertThat(json(reactivated).get("status").asString()).isEqualTo("ACTIVE");

        List<ConsumerRecord<String, String>> reactivations = awaitEvents(id, "organisation.reactivated.v1");
        EventExamples.assertSameShape("organisation.reactivated.v1", reactivations.get(0).value());
        List<ConsumerRecord<String, String>> deactivations = awaitEvents(id, "organisation.deactivated.v1");
        EventExamples.assertSameShape("organisation.deactivated.v1", deactivations.get(0).value());
        assertThat(EventJson.read(deactivations.get(0).value()).payload().get("status").asString())
                .isEqualTo("INACTIVE");
        assertThat(eventTypes(id)).containsExactly("organisation.registered.v1", "organisation.deactivated.v1",
                "organisation.reactivated.v1");
    }

    @Test
    void registeringAnswersWithTheETagAndStoresAddressAndContactPersons() {
        HttpResponse<String> created = api.post("/api/organisations", fullBody("Complete " + UUID.randomUUID(),
                "jan@example.org"), ALMELO);

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("ETag")).hasValue("\"0\"");
        JsonNode body = json(created);
        assertThat(body.get("address").get("postalCode").asString()).isEqualTo("7600 XA");
        assertThat(body.get("contactPersons").get(0).get("role").asString()).isEqualTo("contactpersoon");
        assertThat(body.get("publiclyListed").asBoolean()).isFalse();
        assertThat(body.get("logo").isNull()).isTrue();
    }

    static String fullBody(String name, String email) {
        return "{\"name\":" + quote(name) + ",\"kind\":\"SCHOOL\",\"visibility\":\"PUBLIC\","
                + "\"address\":{\"street\":\"Voorbeeldstraat 1\",\"postalCode\":\"7600 XA\",\"city\":\"Almelo\","
                + "\"country\":\"NL\"},\"website\":\"https://school.example.org\",\"communities\":[\"ouders\"],"
                + "\"contactPersons\":[{\"name\":\"Anna Voorbeeld\",\"role\":\"contactpersoon\",\"email\":"
                + (email == null ? "null" : quote(email)) + ",\"phone\":\"+31 546 000 001\"}]}";
    }
}
