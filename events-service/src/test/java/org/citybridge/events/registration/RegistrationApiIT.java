package org.citybridge.events.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.citybridge.events.EventsClient;
import org.citybridge.events.TestMail;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.StackTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.awaitility.Awaitility.await;

/** Registration without an account, through the API, with its places, wait lists and mails. */
@StackTest
class RegistrationApiIT {

    @LocalServerPort
    int port;

    @Test
    void aPersonRegistersWithoutAnAccountAndManagesItWithTheToken() {
        EventsClient client = new EventsClient(port);
        JsonNode congress = client.congress("almelo", 10, 10, null);
        String session = EventsClient.sessionId(congress, 0);
        String email = EventsClient.email();

        JsonNode made = client.registered(congress.get("id").asString(), email,
                "\"sessions\": [\"" + session + "\"], \"dietaryNeeds\": \"vegetarisch\"");

        assertThat(made.get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(made.get("position").isNull()).isTrue();
        assertThat(made.get("code").asString()).matches("[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(made.get("managementToken").asString()).hasSizeGreaterThan(30);
        assertThat(made.get("sessions").get(0).get("status").asString()).isEqualTo("CONFIRMED");

        JsonNode seen = client.current(made);
        assertThat(seen.get("email").asString()).isEqualTo(email);
        assertThat(seen.get("dietaryNeeds").asString()).isEqualTo("vegetarisch");
        assertThat(seen.get("managementToken").isNull()).as("shown once, never again").isTrue();
        String code = made.get("code").asString();
        assertThat(client.get(code, null).statusCode()).as("no token").isEqualTo(404);
        assertThat(client.get(code, "wrong-token").statusCode()).as("wrong token").isEqualTo(404);
        assertThat(client.get(code.toLowerCase().replace("-", ""), made.get("managementToken").asString())
                .statusCode()).as("a code typed in lower case without the dash").isEqualTo(200);

        JsonNode congressNow = ApiClient.json(client.api().get("/api/congresses/public/" + congress.get("id").asString(),
                null));
        assertThat(congressNow.get("freePlaces").asInt()).isEqualTo(9);
        assertThat(congressNow.get("sessions").get(0).get("freePlaces").asInt()).isEqualTo(9);

        assertThat(client.cancel(made).statusCode()).isEqualTo(204);
        assertThat(client.current(made).get("status").asString()).isEqualTo("CANCELLED");
        assertThat(client.cancel(made).statusCode()).as("cancelling again changes nothing").isEqualTo(204);
        congressNow = ApiClient.json(client.api().get("/api/congresses/public/" + congress.get("id").asString(), null));
        assertThat(congressNow.get("freePlaces").asInt()).isEqualTo(10);
        assertThat(congressNow.get("sessions").get(0).get("freePlaces").asInt()).isEqualTo(10);
    }

    @Test
    void whenFullPeopleWaitInOrderAndACancellationPromotesTheFirstWithAMail() {
        EventsClient client = new EventsClient(port);
        String congress = client.congress("almelo", 2, 2, null).get("id").asString();
        JsonNode first = client.registered(congress, EventsClient.email(), null);
        client.registered(congress, EventsClient.email(), null);
        String waitingEmail = EventsClient.email();
        JsonNode waiting1 = client.registered(congress, waitingEmail, "\"language\": \"de\"");
        JsonNode waiting2 = client.registered(congress, EventsClient.email(), null);

        assertThat(waiting1.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(waiting1.get("position").asInt()).isEqualTo(1);
        assertThat(waiting2.get("position").asInt()).isEqualTo(2);

        assertThat(client.cancel(first).statusCode()).isEqualTo(204);

        assertThat(client.current(waiting1).get("status").asString()).isEqualTo("CONFIRMED");
        JsonNode stillWaiting = client.current(waiting2);
        assertThat(stillWaiting.get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(stillWaiting.get("position").asInt()).as("the position handed out stays").isEqualTo(2);
        assertThat(stillWaiting.get("placeInLine").asInt()).as("one ahead left the line").isEqualTo(1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(TestMail.to(waitingEmail)).extracting(TestMail.Received::subject)
                .anySatisfy(subject -> assertThat(subject).startsWith("Warteliste"))
                .anySatisfy(subject -> assertThat(subject).startsWith("Ein Platz für Sie")));

        // The promoted person cancels too: the place goes on to the next (pretix #1163).
        assertThat(client.cancel(waiting1).statusCode()).isEqualTo(204);
        assertThat(client.current(waiting2).get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void eachSessionHasItsOwnCapacityAndWaitList() {
        EventsClient client = new EventsClient(port);
        JsonNode congress = client.congress("almelo", 10, 1, null);
        String id = congress.get("id").asString();
        String workshop = EventsClient.sessionId(congress, 0);
        String debate = EventsClient.sessionId(congress, 2);
        JsonNode first = client.registered(id, EventsClient.email(), "\"sessions\": [\"" + workshop + "\"]");
        JsonNode second = client.registered(id, EventsClient.email(),
                "\"sessions\": [\"" + workshop + "\", \"" + debate + "\"]");

        assertThat(second.get("status").asString()).as("a place at the congress").isEqualTo("CONFIRMED");
        assertThat(second.get("sessions").get(0).get("status").asString()).isEqualTo("WAITLISTED");
        assertThat(second.get("sessions").get(0).get("position").asInt()).isEqualTo(1);
        assertThat(second.get("sessions").get(1).get("status").asString()).isEqualTo("CONFIRMED");

        HttpResponse<String> changed = client.changeSessions(first, "[\"" + debate + "\"]");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(ApiClient.json(changed).get("sessions").get(0).get("status").asString())
                .as("the debate's one place was taken").isEqualTo("WAITLISTED");

        JsonNode promoted = client.current(second);
        assertThat(promoted.get("sessions").get(0).get("status").asString())
                .as("the workshop place the first person left went to the second").isEqualTo("CONFIRMED");
    }

    @Test
    void twoSessionsAtTheSameTimeCannotBothBeChosen() {
        EventsClient client = new EventsClient(port);
        JsonNode congress = client.congress("almelo", 10, 10, null);
        HttpResponse<String> response = client.register(congress.get("id").asString(), EventsClient.email(),
                "\"sessions\": [\"" + EventsClient.sessionId(congress, 0) + "\", \""
                        + EventsClient.sessionId(congress, 1) + "\"]");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("sessions");
        assertThat(client.register(congress.get("id").asString(), EventsClient.email(),
                "\"sessions\": [\"no-such-session\"]").statusCode()).isEqualTo(400);
    }

    @Test
    void theSameEmailTwiceGetsAConflictPointingToTheFirstRegistration() {
        EventsClient client = new EventsClient(port);
        String congress = client.congress("almelo", 5, 5, null).get("id").asString();
        String email = EventsClient.email();
        JsonNode first = client.registered(congress, email, null);

        HttpResponse<String> again = client.register(congress, email.toUpperCase(), null);

        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = ApiClient.json(again);
        assertThat(problem.get("code").asString()).isEqualTo(first.get("code").asString());
        assertThat(problem.get("registration").asString()).isEqualTo("/api/registrations/" + first.get("code").asString());
        assertThat(problem.get("requestId").asString()).as("as every problem carries").isNotBlank();
        assertThat(ApiClient.json(client.api().get("/api/congresses/public/" + congress, null)).get("freePlaces")
                .asInt()).as("no second place").isEqualTo(4);
    }

    @Test
    void aRetriedRegistrationWithTheSameIdempotencyKeyGetsTheSameAnswer() {
        EventsClient client = new EventsClient(port);
        String congress = client.congress("almelo", 5, 5, null).get("id").asString();
        String body = EventsClient.registration(EventsClient.email(), null);
        String key = "retry-" + UUID.randomUUID();
        HttpRequest.Builder request = client.api().request("/api/congresses/" + congress + "/registrations", null)
                .header("Content-Type", "application/json").header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body));

        HttpResponse<String> first = client.api().send(request);
        HttpResponse<String> retry = client.api().send(request);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(ApiClient.json(retry).get("code").asString()).isEqualTo(ApiClient.json(first).get("code").asString());
        assertThat(ApiClient.json(client.api().get("/api/congresses/public/" + congress, null)).get("freePlaces")
                .asInt()).isEqualTo(4);
    }

    @Test
    void registrationIsOnlyForPublishedPublicCongressesWithPublicRegistration() {
        EventsClient client = new EventsClient(port);
        String draft = client.congress("almelo", 5, 5, "\"draft\": true").get("id").asString();
        String closed = client.congress("almelo", 5, 5, "\"publicRegistration\": false").get("id").asString();
        String network = client.congress("almelo", 5, 5, "\"visibility\": \"NETWORK\"").get("id").asString();

        assertThat(client.register(draft, EventsClient.email(), null).statusCode()).isEqualTo(409);
        assertThat(client.register(closed, EventsClient.email(), null).statusCode()).isEqualTo(409);
        assertThat(client.register(network, EventsClient.email(), null).statusCode()).isEqualTo(404);
        assertThat(client.register("no-such-congress", EventsClient.email(), null).statusCode()).isEqualTo(404);
    }

    @Test
    void invalidFormsAre400WithTheFields() {
        EventsClient client = new EventsClient(port);
        String congress = client.congress("almelo", 5, 5, null).get("id").asString();
        HttpResponse<String> response = client.api().post("/api/congresses/" + congress + "/registrations",
                "{\"name\": \"\", \"email\": \"not-an-email\", \"language\": \"fr\"}", null);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("email").contains("name").contains("language");
    }
}
