package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

        // Raw sockets: Java 17's HttpClient never completes a request with Expect: 100-continue that is answered
        // with a final status (JDK-8286171), and without it may fail writing the body the gateway refused unread.
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            answers.add(CompletableFuture.supplyAsync(GatewayEdgeIT::postFiftyMegabytes));
        }
        for (CompletableFuture<String> answer : answers) {
            String response = answer.join();
            assertThat(response).startsWith("HTTP/1.1 413 ").contains("application/problem+json")
                    .contains("\"status\":413").contains("\"requestId\":");
        }

        assertThat(get("/api/organisations?size=1", officer).statusCode()).isEqualTo(200);
        assertThat(errorLines("gateway")).isEqualTo(gatewayErrors);
        assertThat(errorLines("organisations-service")).isEqualTo(serviceErrors);
    }

    /** Declares 50 MB, sends the first 64 KB of them, and reads what the gateway answers. */
    private static String postFiftyMegabytes() {
        URI gateway = URI.create(launcher.gateway());
        try (Socket socket = new Socket(gateway.getHost(), gateway.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/organisations HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + officer
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + 50 * 1024 * 1024 + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(new byte[64 * 1024]);
            out.flush();
            return readResponse(socket.getInputStream());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // The status line, the headers and Content-Length bytes of body: whether the connection stays open after is
    // the gateway's business.
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last4 = 0;
        int b;
        while (last4 != 0x0D0A0D0A && (b = in.read()) >= 0) {
            head.write(b);
            last4 = (last4 << 8) | b;
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
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
