package org.citybridge.actions;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.citybridge.platform.event.EventJson;
import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.EventExamples;
import org.citybridge.platform.test.TestTokens;
import org.citybridge.platform.test.TopicProbe;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Programmes and actions made through the API, as an officer would, for the tests of this service. */
public final class ActionsClient {

    public static final String TOPIC = "citybridge.actions";
    /** Announced events must be newer than anything the read models saw of the same aggregate. */
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis());

    private final ApiClient api;

    public ActionsClient(int port) {
        this.api = ApiClient.onPort(port);
    }

    public ApiClient api() {
        return api;
    }

    /** A programme of the city with Almelo's four main goals, under a title unique to the test. */
    public String programme(String city, String visibility) {
        return id(api.post("/api/programmes", """
                {"title": "KleurRijk %s", "period": {"start": "2010-01-01", "end": "2011-12-31"},
                 "goals": [{"number": 1, "title": "Gedeelde visie op integratie"},
                           {"number": 2, "title": "Netwerkvorming"},
                           {"number": 3, "title": "Wetenschappelijke onderbouwing"},
                           {"number": 4, "title": "Kennisoverdracht tussen gemeenten"}],
                 "successFactors": ["Budget en fte", "Monitoring via reguliere PC-cyclus"],
                 "weighting": "BUDGET", "visibility": "%s"}
                """.formatted(UUID.randomUUID(), visibility), TestTokens.officer(city)));
    }

    public String action(String city, String programme, String json) {
        return id(api.post("/api/programmes/" + programme + "/actions", json, TestTokens.officer(city)));
    }

    public HttpResponse<String> put(String path, String json, String token, String ifMatch) {
        HttpRequest.Builder request = api.request(path, token).PUT(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return api.send(request);
    }

    public HttpResponse<String> delete(String path, String token) {
        return api.send(api.request(path, token).DELETE());
    }

    public JsonNode get(String path, String city) {
        HttpResponse<String> response = api.get(path, TestTokens.officer(city));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    /**
     * Puts organisations-service's documented example of {@code type} on its topic, about the given
     * organisation (or, for a pact, the given city), as organisations-service would.
     */
    public static String announce(String type, String aggregateId, String municipality) {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(EventExamples.read(type));
        String eventId = UUID.randomUUID().toString();
        event.put("id", eventId);
        event.put("aggregateId", aggregateId);
        event.put("municipality", municipality);
        event.put("sequence", SEQUENCE.incrementAndGet());
        ObjectNode payload = (ObjectNode) event.get("payload");
        payload.put("id", aggregateId);
        payload.put("municipality", municipality);
        TopicProbe.send("citybridge.organisations", aggregateId, event.toString());
        return eventId;
    }

    public static String id(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created).get("id").asString();
    }
}
