package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A congress of the browser test's own, set up through the API as organiser@almelo: happening now (its tickets
 * are valid at the door today), with public registration, and registrations made anonymously as a visitor would
 * (waiting out the gateway's limit for anonymous writes rather than failing on it).
 */
final class CongressFixture {

    static final String ORGANISER = "organiser@almelo";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1).build();

    /** A registration as its holder knows it: the code, and the management token the API gave once. */
    record Registration(String id, String code, String managementToken) {
    }

    private final String api;
    private final String token;
    final String id;
    final String title;

    private CongressFixture(String api, String token, String id, String title) {
        this.api = api;
        this.token = token;
        this.id = id;
        this.title = title;
    }

    /** Starts within the hour (doors open two hours before), ends in five: registration is still open. */
    static CongressFixture happeningNow(String name) {
        String api = BrowserSuite.api();
        String token = BrowserSuite.token(ORGANISER);
        String title = name + " " + UUID.randomUUID().toString().substring(0, 8);
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
        Map<String, Object> congress = Map.of(
                "title", Map.of("en", title, "nl", title),
                "startsAt", start.toString(),
                "endsAt", start.plus(4, ChronoUnit.HOURS).toString(),
                "capacity", 50,
                "publicRegistration", true,
                "visibility", "PUBLIC",
                "sessions", List.of(Map.of("title", Map.of("en", "Opening"), "startsAt", start.toString(),
                        "endsAt", start.plus(1, ChronoUnit.HOURS).toString(), "room", "Zaal 1", "capacity", 50)));
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(api + "/api/congresses"))
                .header("Authorization", "Bearer " + token), "POST", congress);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new CongressFixture(api, token, json(created).get("id").asString(), title);
    }

    /** A congress the test made otherwise (through the pages). */
    static CongressFixture existing(String id) {
        return new CongressFixture(BrowserSuite.api(), BrowserSuite.token(ORGANISER), id, null);
    }

    /** Registers a visitor (no token), as the public form does. */
    Registration register(String name) {
        Map<String, Object> form = Map.of("name", name, "email",
                name.toLowerCase().replaceAll("[^a-z]", "") + "-" + UUID.randomUUID().toString().substring(0, 6)
                        + "@example.org", "language", "en", "consentToList", false);
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        // CI's gateway limits anonymous writes per address, and AbuseIT may just have used them up.
        await("registration past the gateway's rate limit").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(3)).until(() -> {
                    answer.set(send(HttpRequest.newBuilder(URI.create(api + "/api/congresses/" + id + "/registrations")),
                            "POST", form));
                    return answer.get().statusCode() != 429;
                });
        assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(201);
        JsonNode made = json(answer.get());
        return new Registration(made.get("id").asString(), made.get("code").asString(),
                made.get("managementToken").asString());
    }

    /** The secret the registration's QR code carries; asked until the registration's place is decided. */
    String ticketSecret(Registration registration) {
        AtomicReference<String> secret = new AtomicReference<>();
        await("ticket of " + registration.code()).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    HttpResponse<String> ticket = send(HttpRequest.newBuilder(
                            URI.create(api + "/api/registrations/" + registration.code() + "/ticket"))
                            .header("X-Registration-Token", registration.managementToken()), "GET", null);
                    if (ticket.statusCode() != 200) {
                        return false;
                    }
                    secret.set(json(ticket).get("secret").asString());
                    return true;
                });
        return secret.get();
    }

    void cancel(Registration registration) {
        AtomicReference<HttpResponse<String>> answer = new AtomicReference<>();
        await("cancellation past the gateway's rate limit").atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofSeconds(3)).until(() -> {
                    answer.set(send(HttpRequest.newBuilder(URI.create(api + "/api/registrations/" + registration.code()))
                            .header("X-Registration-Token", registration.managementToken()), "DELETE", null));
                    return answer.get().statusCode() != 429;
                });
        assertThat(answer.get().statusCode()).as(answer.get().body()).isBetween(200, 204);
    }

    /** The registration's status as the organiser's attendee list has it ("CONFIRMED", ...), or null when absent. */
    String statusOf(Registration registration) {
        JsonNode attendees = json(send(HttpRequest.newBuilder(URI.create(api + "/api/congresses/" + id
                + "/attendees?size=100")).header("Authorization", "Bearer " + token), "GET", null));
        for (JsonNode attendee : attendees.get("items")) {
            if (attendee.get("code").asString().equals(registration.code())) {
                return attendee.get("status").asString();
            }
        }
        return null;
    }

    /** How many people the server has checked in on any of the congress's lists. */
    long checkedIn() {
        JsonNode counts = json(send(HttpRequest.newBuilder(URI.create(api + "/api/congresses/" + id
                + "/check-in-counts")).header("Authorization", "Bearer " + token), "GET", null));
        long total = 0;
        for (JsonNode list : counts.get("lists")) {
            total += list.get("checkedIn").asLong();
        }
        return total;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request, String method, Object body) {
        try {
            HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            return HTTP.send(request.method(method, publisher).header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }
}
