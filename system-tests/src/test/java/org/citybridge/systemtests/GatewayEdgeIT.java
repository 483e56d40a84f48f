package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 9's findings at the gateway, on the launched suite: oversized bodies, malformed addresses, the fallback
 * routes and /error, each answered by the gateway as a 4xx problem without an error in its log or the service's.
 */
@ExtendWith(LaunchedSuite.class)
class GatewayEdgeIT {

    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Launcher launcher;
    private static String officer;

    @BeforeAll
    static void suite() {
        launcher = LaunchedSuite.launcher();
        officer = launcher.token("officer@almelo");
    }

    @Test
    void concurrentOversizedBodiesAre413ProblemsAndTheServiceNeverSeesThem() throws Exception {
        long gatewayErrors = errorLines("gateway");
        long serviceErrors = errorLines("organisations-service");
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];

        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            // Expect: 100-continue lets the gateway answer before the 50 MB are on the wire, as it should.
            answers.add(http.sendAsync(HttpRequest.newBuilder(uri("/api/organisations"))
                    .timeout(Duration.ofSeconds(60)).expectContinue(true)
                    .header("Authorization", "Bearer " + officer).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(fiftyMegabytes)).build(), HttpResponse.BodyHandlers.ofString()));
        }
        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            assertProblem(answer.join(), 413);
        }

        assertThat(get("/api/organisations?size=1", officer).statusCode()).isEqualTo(200);
        assertThat(errorLines("gateway")).isEqualTo(gatewayErrors);
        assertThat(errorLines("organisations-service")).isEqualTo(serviceErrors);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/organisations?x=%ff", "/api/organisations?%ff=1", "/api/organisations?q[$regex]=.*",
            "/api/%ff", "/%00", "/api/organisations/%c0%af"})
    void malformedAddressesAre400ProblemsAtTheGateway(String path) throws Exception {
        long gatewayErrors = errorLines("gateway");

        assertProblem(get(path, officer), 400);
        assertThat(errorLines("gateway")).isEqualTo(gatewayErrors);
    }

    @Test
    void theFallbacksAreNotThereForCallersAndErrorIsNoRoute() throws Exception {
        assertProblem(get("/fallback/organisations", null), 404);
        assertProblem(get("/fallback/events", officer), 404);
        assertProblem(get("/error", null), 401);
        HttpResponse<String> error = get("/error", officer);
        assertProblem(error, 403);
        assertThat(error.body()).doesNotContain("timestamp");
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        String requestId = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(response.body()).contains("\"requestId\":\"" + requestId + "\"");
    }

    private static long errorLines(String component) throws IOException {
        Path log = launcher.logs().resolve(component + ".log");
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains(" ERROR ")).count();
        }
    }

    private static URI uri(String path) {
        return URI.create(launcher.gateway() + path);
    }

    private static HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
