package org.citybridge.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9's findings at the services of the launched suite (their JVMs as small as the launcher
 * makes them): eight 50 MB bodies at once once ran organisations-service out of memory; malformed
 * query strings, request lines and {@code /error} answered 500 or Tomcat's HTML. Sent straight to
 * each service's port, over a plain socket, as the gateway is not what is tested here.
 */
@ExtendWith(LaunchedSuite.class)
class OversizedAndMalformedIT {

    private static final long FIFTY_MB = 50L * 1024 * 1024;
    private static final List<String> SERVICES = List.of("ORGANISATIONS_PORT", "ACTIONS_PORT", "KNOWLEDGE_PORT",
            "EVENTS_PORT");

    private static Launcher launcher;
    private static String officer;

    @BeforeAll
    static void suite() {
        launcher = LaunchedSuite.launcher();
        officer = launcher.token("officer@almelo");
    }

    @Test
    void eight50MbBodiesAtOnceAre413AndOrganisationsServiceStaysWell() throws IOException {
        int port = launcher.port("ORGANISATIONS_PORT");
        Path log = launcher.logs().resolve("organisations-service.log");
        int linesBefore = Files.readAllLines(log).size();
        String start = "{\"name\":\"Big\",\"kind\":\"SCHOOL\",\"description\":\"";
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<CompletableFuture<Response>> sent = IntStream.range(0, 8)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> post(port, "/api/organisations", start, FIFTY_MB, i % 2 == 1), clients))
                    .toList();
            for (CompletableFuture<Response> response : sent) {
                assertProblem(response.join(), 413);
            }
        } finally {
            clients.shutdownNow();
        }

        assertThat(send(port, "GET /actuator/health HTTP/1.1").body()).contains("\"status\":\"UP\"");
        Response created = post(port, "/api/organisations",
                "{\"name\":\"After the flood\",\"kind\":\"SCHOOL\",\"visibility\":\"NETWORK\"}", -1, false);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        List<String> lines = Files.readAllLines(log);
        assertThat(lines.subList(linesBefore, lines.size()))
                .noneMatch(line -> line.contains(" ERROR ") || line.contains("OutOfMemoryError")
                        || line.startsWith("\tat "));
    }

    @Test
    void malformedRequestsAre400ProblemsAtEveryService() {
        for (String service : SERVICES) {
            int port = launcher.port(service);
            for (String requestLine : List.of("GET /api/nothing?x=%ff HTTP/1.1", "GET /api/nothing?%ff=1 HTTP/1.1",
                    "GET /api/nothing?q%5B%24regex%5D=.* HTTP/1.1", "GET /api/nothing?x=%00 HTTP/1.1",
                    "GET /api/nothing?q[$regex]=.* HTTP/1.1", "GET /api/%ff HTTP/1.1")) {
                assertProblem(send(port, requestLine), 400);
            }
            assertProblem(send(port, "GET /error HTTP/1.1"), 404);
        }
    }

    private static void assertProblem(Response response, int status) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.head().toLowerCase(Locale.ROOT)).contains("content-type: application/problem+json");
        assertThat(response.body()).contains("\"requestId\"").doesNotContain("timestamp").doesNotContain("<html");
    }

    record Response(int status, String head, String body) {
    }

    private static Response send(int port, String requestLine) {
        return exchange(port, requestLine + "\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + officer + "\r\n\r\n", null, 0, false);
    }

    /** A body of {@code length} bytes, {@code start} then spaces; -1 sends {@code start} alone. */
    private static Response post(int port, String path, String start, long length, boolean chunked) {
        long size = length < 0 ? start.getBytes(StandardCharsets.UTF_8).length : length;
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Content-Type: application/json\r\nAuthorization: Bearer " + officer + "\r\n"
                + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + size) + "\r\n\r\n";
        return exchange(port, head, start, size, chunked);
    }

    private static Response exchange(int port, String head, String start, long length, boolean chunked) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            // Written while the answer is read: a service that refuses early closes before taking it all.
            CompletableFuture<Void> writing = start == null ? CompletableFuture.completedFuture(null)
                    : CompletableFuture.runAsync(() -> {
                        try {
                            writeBody(out, start, length, chunked);
                        } catch (IOException refusedMidway) {
                            // The service answered and closed: what a limit should do.
                        }
                    });
            Response response = read(socket.getInputStream());
            writing.cancel(true);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeBody(OutputStream out, String start, long length, boolean chunked) throws IOException {
        byte[] first = start.getBytes(StandardCharsets.UTF_8);
        byte[] filler = new byte[64 * 1024];
        Arrays.fill(filler, (byte) ' ');
        long left = length;
        for (byte[] piece = first; left > 0; piece = filler) {
            int size = (int) Math.min(piece.length, left);
            if (chunked) {
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write(piece, 0, size);
            if (chunked) {
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            left -= size;
        }
        if (chunked) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
        out.flush();
    }

    /** Status line and headers, then the body up to the close (or its declared length). */
    private static Response read(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b == -1) {
                throw new IOException("Closed mid-head: " + head);
            }
            head.write(b);
            matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
        }
        String headText = head.toString(StandardCharsets.ISO_8859_1);
        int status = Integer.parseInt(headText.substring(9, 12));
        String lower = headText.toLowerCase(Locale.ROOT);
        int at = lower.indexOf("content-length:");
        byte[] body;
        if (at >= 0) {
            int end = lower.indexOf("\r\n", at);
            body = in.readNBytes(Integer.parseInt(headText.substring(at + 15, end).trim()));
        } else {
            body = in.readAllBytes();
        }
        return new Response(status, headText, new String(body, StandardCharsets.UTF_8));
    }
}
