package org.citybridge.gateway.body;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import ch.qos.logback.classic.Level;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.citybridge.gateway.routing.Downstream;
import org.citybridge.gateway.test.DownstreamStub;
import org.citybridge.gateway.test.DownstreamStub.RecordedRequest;
import org.citybridge.gateway.test.Downstreams;
import org.citybridge.gateway.test.GatewayIntegrationTest;
import org.citybridge.gateway.test.LogCapture;
import org.citybridge.gateway.test.RawHttp;
import org.citybridge.gateway.test.RawHttp.Response;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bodies over the limit (1 MB, 12 MB for multipart) are refused at the gateway with 413 problem+json, whether
 * their length is declared or they come in chunks, and never reach the service. Raw sockets, so the test decides
 * exactly which bytes are sent and when it stops.
 */
class RequestBodyLimitTest extends GatewayIntegrationTest {

    private static final int MB = 1024 * 1024;
    private static final int CHUNK = 64 * 1024;

    @LocalServerPort
    int gatewayPort;

    private RawHttp raw;
    private final String token = Downstreams.TOKENS.validFor("body-limits-" + UUID.randomUUID());

    @BeforeEach
    void rawClient() {
        raw = new RawHttp(gatewayPort);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeItsBodyIsSent() {
        String path = "/api/organisations/" + UUID.randomUUID();

        // Only the headers: the answer must not wait for a body the gateway has no business reading.
        Response response = raw.send(RawHttp.latin1(head("POST", path, "application/json")
                + "Content-Length: " + (MB + 1) + "\r\n\r\n"));

        assertTooLarge(response, path, MB);
        assertThat(stub(Downstream.ORGANISATIONS).countRequestsTo(path)).isZero();
    }

    /**
     * Nor is the rest of a refused body read and thrown away: the answer says Connection: close and the gateway
     * closes the connection after it, so the client's next read finds it closed (a reset, as unsent bytes of the
     * body were still on their way) instead of waiting while the gateway reads 50 MB it has refused.
     */
    @Test
    void afterRefusingTheGatewayClosesTheConnectionInsteadOfReadingTheRest() throws IOException {
        String path = "/api/organisations/" + UUID.randomUUID();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), gatewayPort)) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write(RawHttp.latin1(head("POST", path, "application/json")
                    + "Content-Length: " + 50 * MB + "\r\n\r\n"));
            socket.getOutputStream().write(new byte[CHUNK]);

            Response response = RawHttp.read(socket.getInputStream());

            assertTooLarge(response, path, MB);
            assertThat(response.header("Connection")).isEqualTo("close");
            assertThat(endOfStream(socket)).isTrue();
        }
    }

    private static boolean endOfStream(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        }
        catch (SocketException reset) {
            return true;
        }
    }

    @Test
    void aClientThatAsksBeforeSendingGetsThe413InsteadOfAGoAhead() {
        String path = "/api/organisations/" + UUID.randomUUID();

        Response response = raw.send(RawHttp.latin1(head("POST", path, "application/json")
                + "Expect: 100-continue\r\nContent-Length: " + 50 * MB + "\r\n\r\n"));

        assertTooLarge(response, path, MB);
    }

    @Test
    void aChunkedBodyIsRefusedOnceItPassesTheLimit() {
        String path = "/api/actions/" + UUID.randomUUID();

        Response response = raw.exchange(out -> sendChunked(out, head("POST", path, "application/json"), MB + CHUNK, false));

        assertTooLarge(response, path, MB);
        assertThat(stub(Downstream.ACTIONS).countRequestsTo(path)).isZero();
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheServiceWhole() {
        String path = "/api/actions/" + UUID.randomUUID();

        Response response = raw.exchange(out -> sendChunked(out, head("POST", path, "application/json"), MB - 10, true));

        assertThat(response.status()).isEqualTo(200);
        RecordedRequest received = stub(Downstream.ACTIONS).lastRequestTo(path).orElseThrow();
        assertThat(received.body()).hasSize(MB - 10).matches("x*");
        assertThat(received.header("Content-Length")).isEqualTo(String.valueOf(MB - 10));
        assertThat(received.header("Transfer-Encoding")).isNull();
    }

    @Test
    void aBodyOfExactlyTheLimitPasses() {
        String path = "/api/programmes/" + UUID.randomUUID();
        byte[] body = new byte[MB];
        Arrays.fill(body, (byte) 'x');

        Response response = raw.exchange(out -> {
            out.write(RawHttp.latin1(head("PUT", path, "application/json") + "Content-Length: " + MB + "\r\n\r\n"));
            out.write(body);
        });

        assertThat(response.status()).isEqualTo(200);
        assertThat(stub(Downstream.ACTIONS).lastRequestTo(path).orElseThrow().body()).hasSize(MB);
    }

    @Test
    void multipartUploadsHaveTheirOwnLargerLimit() {
        String logo = "/api/organisations/" + UUID.randomUUID() + "/logo";
        byte[] fiveMegabytes = new byte[5 * MB];
        Arrays.fill(fiveMegabytes, (byte) 'x');

        Response accepted = raw.exchange(out -> {
            out.write(RawHttp.latin1(head("POST", logo, "multipart/form-data; boundary=b")
                    + "Content-Length: " + fiveMegabytes.length + "\r\n\r\n"));
            out.write(fiveMegabytes);
        });
        Response refused = raw.send(RawHttp.latin1(head("POST", logo, "multipart/form-data; boundary=b")
                + "Content-Length: " + (12 * MB + 1) + "\r\n\r\n"));
        Response chunkedRefused = raw.exchange(
                out -> sendChunked(out, head("POST", logo, "multipart/form-data; boundary=b"), 12 * MB + CHUNK, false));

        assertThat(accepted.status()).isEqualTo(200);
        assertTooLarge(refused, logo, 12 * MB);
        assertTooLarge(chunkedRefused, logo, 12 * MB);
        assertThat(stub(Downstream.ORGANISATIONS).countRequestsTo(logo)).isEqualTo(1);
    }

    @Test
    void concurrentOversizedBodiesAreEachRefusedAndTheGatewayStaysHealthy() {
        List<String> paths = new ArrayList<>();
        List<CompletableFuture<Response>> answers = new ArrayList<>();
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try (LogCapture log = LogCapture.start()) {
            for (int i = 0; i < 12; i++) {
                String path = "/api/practices/" + UUID.randomUUID();
                paths.add(path);
                boolean chunked = i % 2 == 0;
                answers.add(CompletableFuture.supplyAsync(() -> chunked
                        ? raw.exchange(out -> sendChunked(out, head("POST", path, "application/json"), 2 * MB, false))
                        : raw.exchange(out -> {
                            out.write(RawHttp.latin1(head("POST", path, "application/json")
                                    + "Content-Length: " + 50 * MB + "\r\n\r\n"));
                            // Part of the 50 MB, as a client that starts sending at once would.
                            out.write(new byte[CHUNK]);
                        }), clients));
            }
            for (int i = 0; i < answers.size(); i++) {
                assertTooLarge(answers.get(i).join(), paths.get(i), MB);
            }

            client.get().uri("/actuator/health").exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.status").isEqualTo("UP");
            paths.forEach(path -> assertThat(stub(Downstream.KNOWLEDGE).countRequestsTo(path)).isZero());
            assertThat(log.atLeast(Level.ERROR)).isEmpty();
            assertThat(log.events(LogCapture.from(RequestBodyLimitWebFilter.class.getName())))
                    .hasSize(12)
                    .allSatisfy(event -> {
                        assertThat(event.getLevel()).isEqualTo(Level.WARN);
                        assertThat(event.getThrowableProxy()).isNull();
                    });
        }
        finally {
            clients.shutdownNow();
        }
        // The same client goes on being served normally.
        String after = "/api/practices/" + UUID.randomUUID();
        client.post().uri(after).header("Authorization", bearer(token)).bodyValue("{\"title\":\"ok\"}")
                .exchange().expectStatus().isOk();
    }

    private String head(String method, String path, String contentType) {
        return method + " " + path + " HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: " + contentType + "\r\n";
    }

    /** A chunked body of the given size; unfinished (no last chunk) unless asked, as a client still sending is. */
    /**
     * Sends a chunked body, and stops when the gateway has closed the connection: it answers 413 as soon as the
     * limit is passed and closes, and a client still sending then gets a reset, after which the 413 waits in its
     * receive buffer (a client should stop sending at an early answer, RFC 9112 section 9.6). Under load the
     * reset came before the last chunk was written.
     */
    private static void sendChunked(OutputStream out, String head, int size, boolean finish) throws IOException {
        out.write(RawHttp.latin1(head + "Transfer-Encoding: chunked\r\n\r\n"));
        byte[] chunk = new byte[CHUNK];
        Arrays.fill(chunk, (byte) 'x');
        try {
            for (int sent = 0; sent < size; sent += CHUNK) {
                int length = Math.min(CHUNK, size - sent);
                out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(chunk, 0, length);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            if (finish) {
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            }
        } catch (SocketException closedByTheGateway) {
            // Read the answer it sent before closing.
        }
    }

    private static void assertTooLarge(Response response, String path, int limit) {
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.body())
                .contains("\"status\":413")
                .contains("\"instance\":\"" + path + "\"")
                .contains("\"requestId\":\"" + response.header("X-Request-Id") + "\"")
                .contains(limit + " bytes");
    }

    private static DownstreamStub stub(Downstream downstream) {
        return Downstreams.stub(downstream);
    }
}
