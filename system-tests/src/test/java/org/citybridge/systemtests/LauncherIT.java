package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The foundation's vertical slice, end to end: {@code ./citybridge up} starts the packaged jars
 * (Kafka, MongoDB store, identity, four services, gateway); a real login through the gateway gives tokens; an
 * organisation registered in Almelo stays invisible to Antwerpen and reaches the events service
 * through Kafka.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(LaunchedSuite.class)
class LauncherIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static Launcher launcher;
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void suite() {
        launcher = LaunchedSuite.launcher();
    }

    @Test
    @Order(1)
    void everythingIsHealthyAndTheDemoDataIsThere() throws Exception {
        assertThat(launcher.run(60, "status").output()).doesNotContain("not running").doesNotContain("STARTING");
        assertThat(get("/actuator/health", null).body()).contains("UP");

        HttpResponse<String> organisations = get("/api/organisations?size=100", launcher.token("officer@almelo"));
        assertThat(organisations.statusCode()).isEqualTo(200);
        assertThat(organisations.body()).contains("ATIB Almelo").contains("Universiteit Twente");
        assertThat(get("/api/municipalities", launcher.token("officer@muenster")).body())
                .contains("\"almelo\"").contains("\"antwerpen\"").contains("\"muenster\"").contains("506000");
    }

    @Test
    @Order(2)
    void theVerticalSliceThroughTheGateway() throws Exception {
        String almelo = launcher.token("officer@almelo");
        String antwerpen = launcher.token("officer@antwerpen");
        String name = "Stichting Slice " + UUID.randomUUID();

        HttpResponse<String> created = send(HttpRequest.newBuilder(uri("/api/organisations"))
                .header("Authorization", "Bearer " + almelo).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + name
                        + "\",\"kind\":\"CIVIL_SOCIETY\",\"municipality\":\"antwerpen\"}")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode body = JSON.readTree(created.body());
        String id = body.get("id").asString();
        assertThat(body.get("municipality").asString()).isEqualTo("almelo");
        assertThat(created.headers().firstValue("Location")).hasValue("/api/organisations/" + id);
        assertThat(created.headers().firstValue("X-Request-Id")).isPresent();

        assertThat(get("/api/organisations?size=100", almelo).body()).contains(id);
        HttpResponse<String> foreign = get("/api/organisations/" + id, antwerpen);
        assertThat(foreign.statusCode()).isEqualTo(404);
        assertThat(foreign.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/organisations?size=100", antwerpen).body()).doesNotContain(id);

        // organisation.registered.v1 travels through Kafka into the events service's read model.
        String organiser = launcher.token("organiser@almelo");
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> get("/api/congresses/organisations?size=100", organiser).body().contains(id));
        assertThat(get("/api/congresses/organisations?size=100", launcher.token("organiser@muenster")).body())
                .doesNotContain(id);
    }

    @Test
    @Order(3)
    void noTokenIs401ProblemAtTheGateway() throws Exception {
        HttpResponse<String> response = get("/api/organisations", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    @Order(4)
    void thePublishedPactsSignatoriesAndPdfArePublicThroughTheGateway() throws Exception {
        String pact = "/api/pacts/demo-almelo-pact-2011";

        HttpResponse<String> signatories = get(pact + "/signatories", null);
        assertThat(signatories.statusCode()).as(signatories.body()).isEqualTo(200);
        assertThat(signatories.body()).contains("ATIB Almelo").doesNotContain("@example.org");

        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(uri(pact + "/pdf")).timeout(Duration.ofSeconds(30))
                .build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        assertThat(get(pact + "/signatories.csv", null).statusCode()).isEqualTo(401);
        assertThat(get(pact + "/signatories.csv", launcher.token("officer@antwerpen")).statusCode()).isEqualTo(404);
    }

    @Test
    @Order(5)
    void aServiceThatIsDownGives503ProblemWithRetryAfterAndTheRestKeepsWorking() throws Exception {
        String token = launcher.token("officer@almelo");
        long pid = Long.parseLong(Files.readString(launcher.pidFile("actions-service")).trim());
        ProcessHandle actions = ProcessHandle.of(pid).orElseThrow();
        actions.destroy();
        actions.onExit().get(java.util.concurrent.TimeUnit.SECONDS.toMillis(60), java.util.concurrent.TimeUnit.MILLISECONDS);

        HttpResponse<String> response = get("/api/programmes", token);

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/organisations", token).statusCode()).isEqualTo(200);

        Launcher.Result started = launcher.run(240, "start", "actions");
        assertThat(started.exitCode()).as(started.output()).isZero();
        assertThat(get("/api/programmes", token).statusCode()).as("back without restarting anything else")
                .isEqualTo(200);
    }

    /** The admin's commands for the event path answer on the running suite. */
    @Test
    @Order(6)
    void theOutboxAndDeadLetterCommandsAnswer() {
        Launcher.Result outbox = launcher.run(60, "outbox", "organisations");
        assertThat(outbox.exitCode()).as(outbox.output()).isZero();
        assertThat(outbox.output()).contains("pendingAggregates").contains("parked");
        Launcher.Result deadLetters = launcher.run(60, "dlt", "list", "events");
        assertThat(deadLetters.exitCode()).as(deadLetters.output()).isZero();
        assertThat(deadLetters.output().trim()).startsWith("[");
        Launcher.Result replay = launcher.run(60, "dlt", "replay", "events");
        assertThat(replay.exitCode()).as(replay.output()).isZero();
        assertThat(replay.output()).contains("\"replayed\"");
        assertThat(launcher.run(60, "outbox", "nothing").exitCode()).isNotZero();
    }

    /**
     * The demo programmes through the gateway, and the partner check while organisations-service is
     * stopped: an organisation the local read model knows still saves; one it does not know is a 503.
     */
    @Test
    @Order(7)
    void actionsWorkThroughTheGatewayAndPartnersAreCheckedWhileOrganisationsServiceIsDown() throws Exception {
        String antwerpen = launcher.token("officer@antwerpen");
        String diversity = "/api/actions?programme=demo-programme-antwerpen-diversiteit-2011-2012&size=100";
        Awaitility.await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> get(diversity, antwerpen).body().contains("\"total\":19"));
        HttpResponse<byte[]> pdf = http.send(HttpRequest.newBuilder(uri(
                "/api/reports/demo-programme-almelo-kleurrijk-2010-Q1/pdf")).header("Authorization", "Bearer "
                        + launcher.token("officer@almelo")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

        Launcher.Result stopped = launcher.run(120, "stop", "organisations");
        assertThat(stopped.exitCode()).as(stopped.output()).isZero();
        try {
            String programme = JSON.readTree(post("/api/programmes", """
                    {"title": "Zonder organisaties", "period": {"start": "2012-01-01", "end": "2012-12-31"},
                     "goals": [{"number": 1, "title": "Doorgaan"}]}""", antwerpen, 201)).get("id").asString();
            post("/api/programmes/" + programme + "/actions", """
                    {"title": "Met JAC", "goal": 1, "partners": ["demo-antwerpen-jac"]}""", antwerpen, 201);
            HttpResponse<String> unknown = send(HttpRequest.newBuilder(uri("/api/programmes/" + programme + "/actions"))
                    .header("Authorization", "Bearer " + antwerpen).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            "{\"title\": \"Met onbekende\", \"partners\": [\"nobody-" + UUID.randomUUID() + "\"]}")));
            assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(503);
            assertThat(unknown.headers().firstValue("Retry-After")).isPresent();
        } finally {
            Launcher.Result started = launcher.run(240, "start", "organisations");
            assertThat(started.exitCode()).as(started.output()).isZero();
        }
    }

    private static String post(String path, String json, String token, int expected) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        return response.body();
    }

    private static URI uri(String path) {
        return URI.create(launcher.gateway() + path);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
