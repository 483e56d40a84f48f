package org.citybridge.platform.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP/1.1 over a plain socket, for what a well-behaved client cannot send: bytes that are not
 * valid in a request line or header, and bodies far larger than the service accepts. The response
 * is read while the body is still being written, as a server may answer (413) and close before
 * taking it all.
 */
public final class RawHttp {

    /** A response as it came off the wire: status, headers (names lower case) and body. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3}).*");
    private static final int TIMEOUT_MILLIS = 30_000;

    private final int port;

    private RawHttp(int port) {
        this.port = port;
    }

    public static RawHttp onPort(int port) {
        return new RawHttp(port);
    }

    /** Sends the head exactly as given (request line and headers, without the blank line) and no body. */
    public Response send(byte[] head) {
        return exchange(head, out -> {
        });
    }

    /** A request line and headers written as ISO-8859-1, so every char is one byte on the wire. */
    public Response send(String head) {
        return send(head.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Declares {@code length} bytes of JSON up front (Content-Length) and streams them: {@code prefix}, then spaces. */
    public Response postWithLength(String path, String authorization, String prefix, long length) {
        return post(path, "Content-Type: application/json\r\n" + auth(authorization), prefix, length, false);
    }

    /** Streams {@code length} bytes of JSON in chunks without saying how many there will be. */
    public Response postChunked(String path, String authorization, String extraHeaders, String prefix, long length) {
        return post(path, "Content-Type: application/json\r\n" + auth(authorization) + extraHeaders, prefix, length,
                true);
    }

    /**
     * Streams a body of {@code length} bytes: {@code prefix}, then spaces.
     *
     * @param headers header lines, each ending in CRLF (Content-Type, Authorization, ...)
     * @param chunked chunked transfer encoding instead of a Content-Length
     */
    public Response post(String path, String headers, String prefix, long length, boolean chunked) {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\n" + headers
                + (chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + length) + "\r\nConnection: close";
        return exchange(head.getBytes(StandardCharsets.ISO_8859_1), out -> stream(out, prefix, length, chunked));
    }

    private interface BodyWriter {
        void write(OutputStream out) throws IOException;
    }

    private Response exchange(byte[] head, BodyWriter body) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            out.write(head);
            out.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            CompletableFuture<Void> writing = CompletableFuture.runAsync(() -> {
                try {
                    body.write(out);
                    out.flush();
                } catch (IOException refusedMidway) {
                    // The server answered and closed before taking the whole body: what a limit should do.
                }
            });
            Response response = read(socket.getInputStream());
            socket.shutdownInput();
            writing.cancel(true);
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void stream(OutputStream out, String prefix, long length, boolean chunked) throws IOException {
        byte[] start = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] filler = new byte[64 * 1024];
        Arrays.fill(filler, (byte) ' ');
        long left = length;
        boolean first = true;
        while (left > 0) {
            byte[] piece = first ? start : filler;
            int size = (int) Math.min(piece.length, left);
            if (chunked) {
                out.write((Integer.toHexString(size) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            out.write(piece, 0, size);
            if (chunked) {
                out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
            }
            left -= size;
            first = false;
        }
        if (chunked) {
            out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static Response read(InputStream in) throws IOException {
        String statusLine = line(in);
        Matcher status = STATUS_LINE.matcher(statusLine);
        if (!status.matches()) {
            throw new IOException("Not an HTTP/1.1 status line: " + statusLine);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.put(header.substring(0, colon).trim().toLowerCase(Locale.ROOT), header.substring(colon + 1).trim());
        }
        byte[] body;
        if (headers.containsKey("content-length")) {
            body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            ByteArrayOutputStream chunks = new ByteArrayOutputStream();
            for (int size = Integer.parseInt(line(in).trim(), 16); size > 0;
                    size = Integer.parseInt(line(in).trim(), 16)) {
                chunks.write(in.readNBytes(size));
                line(in);
            }
            body = chunks.toByteArray();
        } else {
            body = in.readAllBytes();
        }
        return new Response(Integer.parseInt(status.group(1)), headers, new String(body, StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("Connection closed mid-response after: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static String auth(String authorization) {
        return authorization == null ? "" : "Authorization: " + authorization + "\r\n";
    }
}
