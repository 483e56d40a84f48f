package org.citybridge.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.citybridge.platform.test.ApiClient;
import org.citybridge.platform.test.TestTokens;

import tools.jackson.databind.JsonNode;

/** Congresses and registrations made through the API, as an organiser and attendees would. */
public final class EventsClient {

    public static final String TOPIC = "citybridge.events";
    public static final String TOKEN = "X-Registration-Token";
    /** A start far enough ahead that registration is open, and well before the year 2100. */
    public static final Instant START = Instant.now().plus(Duration.ofDays(60)).truncatedTo(ChronoUnit.HOURS);

    private final ApiClient api;

    public EventsClient(int port) {
        this.api = ApiClient.onPort(port);
    }

    public ApiClient api() {
        return api;
    }

    /** A published PUBLIC congress of {@code city} with public registration and two sessions at the same time. */
    public JsonNode congress(String city, int capacity, int sessionCapacity, String extraJson) {
        String body = """
                {"title": {"nl": "Congres %s", "en": "Congress %s"},
                 "description": {"nl": "Kennisoverdracht tussen gemeenten"},
                 "startsAt": "%s", "endsAt": "%s", "capacity": %d, "publicRegistration": true, "visibility": "PUBLIC",
                 "sessions": [
                   {"title": {"nl": "Workshop onderwijs"}, "startsAt": "%s", "endsAt": "%s", "room": "Zaal 1", "capacity": %d,
                    "speakers": ["Projectteam KleurRijk"]},
                   {"title": {"nl": "Workshop werk"}, "startsAt": "%s", "endsAt": "%s", "room": "Zaal 2", "capacity": %d},
                   {"title": {"nl": "Slotdebat"}, "startsAt": "%s", "endsAt": "%s", "room": "Grote zaal", "capacity": %d}
                 ]%s}
                """.formatted(UUID.randomUUID(), UUID.randomUUID(), START, START.plus(Duration.ofHours(8)), capacity,
                START, START.plus(Duration.ofHours(2)), sessionCapacity,
                START.plus(Duration.ofHours(1)), START.plus(Duration.ofHours(3)), sessionCapacity,
                START.plus(Duration.ofHours(4)), START.plus(Duration.ofHours(5)), sessionCapacity,
                extraJson == null ? "" : ", " + extraJson);
        HttpResponse<String> created = api.post("/api/congresses", body, TestTokens.organiser(city));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return ApiClient.json(created);
    }

    public static String sessionId(JsonNode congress, int index) {
        return congress.get("sessions").get(index).get("id").asString();
    }

    public HttpResponse<String> register(String congressId, String email, String extraJson) {
        return api.post("/api/congresses/" + congressId + "/registrations", registration(email, extraJson), null);
    }

    public static String registration(String email, String extraJson) {
        return """
                {"name": "Attendee %s", "email": "%s", "organisation": "Stichting Samen", "municipality": "Almelo",
                 "language": "nl", "consentToList": true%s}
                """.formatted(email, email, extraJson == null ? "" : ", " + extraJson);
    }

    /** Registers and expects it to be made. */
    public JsonNode registered(String congressId, String email, String extraJson) {
        HttpResponse<String> response = register(congressId, email, extraJson);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return ApiClient.json(response);
    }

    public HttpResponse<String> get(JsonNode registration) {
        return get(registration.get("code").asString(), registration.get("managementToken").asString());
    }

    public HttpResponse<String> get(String code, String token) {
        HttpRequest.Builder request = api.request("/api/registrations/" + code, null).GET();
        if (token != null) {
            request.header(TOKEN, token);
        }
        return api.send(request);
    }

    public JsonNode current(JsonNode registration) {
        HttpResponse<String> response = get(registration);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response);
    }

    public HttpResponse<String> cancel(JsonNode registration) {
        return api.send(api.request("/api/registrations/" + registration.get("code").asString(), null)
                .header(TOKEN, registration.get("managementToken").asString()).DELETE());
    }

    public HttpResponse<String> changeSessions(JsonNode registration, String sessionsJson) {
        return api.send(api.request("/api/registrations/" + registration.get("code").asString(), null)
                .header(TOKEN, registration.get("managementToken").asString())
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"sessions\": " + sessionsJson + "}")));
    }

    public HttpResponse<String> accept(JsonNode registration) {
        return api.send(api.request("/api/registrations/" + registration.get("code").asString() + "/accept", null)
                .header(TOKEN, registration.get("managementToken").asString())
                .POST(HttpRequest.BodyPublishers.noBody()));
    }

    public static String email() {
        return "a-" + UUID.randomUUID() + "@example.org";
    }
}
